// The agency profile for contested terms (issue 5 point 2), chosen in the GUI and remembered on this machine.
#pragma once

#include <QMenu>

namespace tessera {

/**
 * Tools → Writing prompts: one checkable entry per agency profile of resources/language/profiles.json (the
 * description as tooltip), the bundled default first. Choosing one switches WritingPrompts for every linted field and
 * re-checks the open ones. The choice is kept in QSettings under "writingPrompts/profile" — a profile name, never case
 * data (DESIGN §3).
 */
class WritingPromptsMenu : public QMenu {
    Q_OBJECT
public:
    explicit WritingPromptsMenu(QWidget* parent = nullptr);

    /// Applies the profile saved in QSettings, if it still exists (otherwise the bundled default stays). Call once at
    /// start-up.
    static void restoreSavedProfile();
    /// Switches to `profile` (empty: the bundled default), saves it, and re-checks every open linted field. Throws
    /// language::LanguageRulesError for an unknown profile.
    static void choose(const QString& profile);

private:
    void rebuild();
};

} // namespace tessera
