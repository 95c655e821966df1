// The interface language (issue 9 point 4): English built in, Spanish from resources/translations, chosen in Tools.
#pragma once

#include <QMenu>
#include <QString>

namespace tessera {

/**
 * Loads and chooses the interface language. Translations are Qt Linguist files (resources/translations/tessera_*.ts,
 * compiled to .qm and built in under :/i18n); Qt's own strings (standard buttons, file dialogs) come from the system's
 * qtbase_*.qm when the qt6-translations-l10n package is installed. The choice is kept in QSettings "ui/language"
 * ("" = the system's language) and takes effect at the next start, when every window is built in it.
 */
class InterfaceLanguage {
public:
    /// The languages offered: code ("" for the system's) → name in that language.
    static QList<QPair<QString, QString>> available();
    /// The saved choice ("" = system).
    static QString saved();
    /// Saves a choice for the next start. `code` must be "" or one of available().
    static void save(const QString& code);
    /// Installs the translators for the saved choice on the running application; returns the language in effect
    /// ("en" when no translation matched). Call once, after QApplication exists and before any window is built.
    static QString install();
    /// Installs the translators for `code` ("en", "es"…); returns false when Tessera has no translation for it.
    static bool installFor(const QString& code);
    /// True when the interface is in a language other than English: the writing prompts (English rules) say so.
    static bool promptsLanguageDiffers();
};

/// Tools → Language: the available languages as checkable entries; a change is saved and a note says it applies at
/// the next start.
class InterfaceLanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit InterfaceLanguageMenu(QWidget* parent = nullptr);
};

} // namespace tessera
