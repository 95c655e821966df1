// Recently opened cases (issue 9 point 2): paths only, and the person can switch the list off.
#pragma once

#include <QMenu>
#include <QStringList>

namespace tessera {

/**
 * The "Open recent" menu and its list. Only file paths are kept, in QSettings ("recentCases/paths", at most
 * kMaxEntries, newest first) — never a title, a name or anything read from inside a case (DESIGN §3). Switching
 * "Remember recent cases" off clears the list and stops recording ("recentCases/enabled").
 */
class RecentCasesMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 8;

    explicit RecentCasesMenu(QWidget* parent = nullptr);

    /// Whether opened cases are remembered (default true).
    static bool enabled();
    /// Switches remembering on or off; off clears the list.
    static void setEnabled(bool on);
    /// The remembered paths, newest first (missing files included: the menu greys them out).
    static QStringList paths();
    /// Puts `path` (made absolute) first. Does nothing when remembering is off.
    static void remember(const QString& path);
    /// Forgets every path.
    static void clear();

signals:
    /// The person chose a remembered case.
    void openRequested(const QString& path);

private:
    void rebuild();
};

} // namespace tessera
