#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

namespace tessera {

/**
 * Every message box the UI shows goes through here, so a test can pre-answer it instead of blocking on a modal
 * dialog (STYLE: GUI tests have seams). Texts are final display text, already translated by the caller; they name
 * files and fields but never hold a cell's value (DESIGN §3).
 */
class MessageBoxes {
public:
    /// What a test sees of a message box: its icon, title, main text and detailed text.
    struct Shown {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString details;
    };
    /// Answers a message box without showing it; returns the button "pressed".
    using Hook = std::function<QMessageBox::StandardButton(const Shown&)>;

    /// Installs (or, with an empty function, removes) the hook for tests.
    static void setTestHook(Hook hook);

    /**
     * Shows a message box (or asks the hook) and returns the button pressed. `buttonTexts` renames standard
     * buttons, e.g. {Open, tr("Open folder")}.
     */
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, const QString& details = {},
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton,
                                            const QList<QPair<QMessageBox::StandardButton, QString>>& buttonTexts = {});

    static void information(QWidget* parent, const QString& title, const QString& text, const QString& details = {}) {
        show(parent, QMessageBox::Information, title, text, details);
    }
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {}) {
        show(parent, QMessageBox::Warning, title, text, details);
    }
};

} // namespace tessera
