#include "common/WritingPromptsMenu.h"

#include "common/InterfaceLanguage.h"
#include "common/LintedTextEdit.h"
#include "language/LanguageRules.h"

#include <QActionGroup>
#include <QApplication>
#include <QSettings>

namespace tessera {
namespace {

const char* const kProfileKey = "writingPrompts/profile";

} // namespace

WritingPromptsMenu::WritingPromptsMenu(QWidget* parent) : QMenu(tr("&Writing prompts"), parent) {
    setObjectName(QStringLiteral("menuWritingPrompts"));
    setToolTipsVisible(true);
    rebuild();
    connect(this, &QMenu::aboutToShow, this, &WritingPromptsMenu::rebuild);
}

void WritingPromptsMenu::rebuild() {
    clear();
    auto* group = new QActionGroup(this);
    const language::LanguageRules& rules = language::LanguageRules::builtIn();
    const QString current = WritingPrompts::profile().isEmpty() ? rules.defaultProfile() : WritingPrompts::profile();
    auto* heading = addAction(tr("Agency profile for contested terms:"));
    heading->setEnabled(false);
    for (const language::Profile& p : rules.profiles()) {
        QAction* a = addAction(p.name == rules.defaultProfile() ? tr("%1 (default)").arg(p.name) : p.name);
        a->setObjectName(QStringLiteral("actionWritingProfile_") + p.name);
        a->setCheckable(true);
        a->setChecked(p.name == current);
        a->setToolTip(p.description);
        group->addAction(a);
        const QString name = p.name;
        connect(a, &QAction::triggered, this, [name] { choose(name); });
    }
    addSeparator();
    if (InterfaceLanguage::promptsLanguageDiffers()) {
        auto* english = addAction(tr("The writing prompts check English text: rules for other languages are not written yet."));
        english->setObjectName(QStringLiteral("writingPromptsEnglishOnly"));
        english->setEnabled(false);
    }
    auto* note = addAction(tr("Prompts are advice while writing: they never block saving and are never stored."));
    note->setEnabled(false);
}

void WritingPromptsMenu::restoreSavedProfile() {
    const QString saved = QSettings().value(QLatin1String(kProfileKey)).toString();
    if (saved.isEmpty())
        return;
    try {
        WritingPrompts::setProfile(saved);
    } catch (const language::LanguageRulesError&) {
        QSettings().remove(QLatin1String(kProfileKey)); // a profile that no longer exists: the default stays
    }
}

void WritingPromptsMenu::choose(const QString& profile) {
    WritingPrompts::setProfile(profile);
    QSettings().setValue(QLatin1String(kProfileKey), profile);
    for (QWidget* w : QApplication::allWidgets()) {
        if (auto* text = qobject_cast<LintedTextEdit*>(w))
            text->relintAll();
        else if (auto* line = qobject_cast<LintedLineEdit*>(w))
            line->relint();
    }
}

} // namespace tessera
