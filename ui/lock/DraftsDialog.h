#pragma once

#include "case/DraftStore.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tessera {

class Case;

/**
 * "Drafts kept when the case locked or closed" (issue 8 §1): the text that was half-typed when the case locked or
 * closed (quit, SIGTERM, logout), listed by
 * window and field. Opening the same window again puts a draft back into its field by itself; here a draft can be
 * read, copied (as protected text: SecretClipboard) or discarded. Case → Drafts kept when the case locked or closed…, and
 * offered after unlocking when there are any.
 */
class DraftsDialog : public QDialog {
    Q_OBJECT
public:
    /// Lists the drafts of `c`. Throws CaseError on storage errors.
    DraftsDialog(Case& c, QWidget* parent = nullptr);
    /// How many drafts are listed.
    int count() const;

signals:
    /// A draft was discarded (the main window refreshes its own note of drafts).
    void draftsChanged();

private:
    void reload();
    void showCurrent();
    void copyCurrent();
    void discardCurrent();
    Case& m_case;
    QVector<Draft> m_drafts;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace tessera
