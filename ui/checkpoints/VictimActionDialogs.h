#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class Case;
class LintedLineEdit;
class LintedTextEdit;

/**
 * Adds a photograph of a person's injuries, tattoos or branding as their exhibit (VictimPhotographs: kind
 * victim-photograph, titled by pseudonym). Core asks the `photographs` choice; open it after the gate
 * (VictimChoicesDialog::ensureAllowed). A held choice is shown in the problem line, nothing is written.
 */
class PhotographDialog : public QDialog {
    Q_OBJECT

public:
    PhotographDialog(Case& c, qint64 personId, const QString& personLabel, QWidget* parent = nullptr);
    void setFilePath(const QString& path);
    qint64 exhibitId() const { return m_exhibitId; }
    void accept() override;

private:
    Case& m_case;
    qint64 m_personId;
    QLineEdit* m_file;
    QComboBox* m_subject;
    LintedLineEdit* m_title;
    QLabel* m_problem;
    qint64 m_exhibitId = 0;
};

/**
 * Records a contact with a person in the way they chose (ContactLog): the channel, what it was about, how it was made
 * safe. Core asks the `contact` choice. The safe-contact note is never produced. Their safe-contact details are not
 * shown here; "Show contact details…" on their page shows them (gated and audited).
 */
class ContactDialog : public QDialog {
    Q_OBJECT

public:
    ContactDialog(Case& c, qint64 personId, const QString& personLabel, QWidget* parent = nullptr);
    qint64 contactId() const { return m_contactId; }
    void accept() override;

private:
    Case& m_case;
    qint64 m_personId;
    QComboBox* m_channel;
    QDateTimeEdit* m_when;
    LintedLineEdit* m_purpose;
    LintedTextEdit* m_safeNote;
    QLabel* m_problem;
    qint64 m_contactId = 0;
};

/**
 * Records a media or press request concerning a person (MediaRequestLog) and the agency's answer. Core asks the
 * `media` choice; the dialog reminds that statements describe the offender's conduct without identifying details.
 */
class MediaRequestDialog : public QDialog {
    Q_OBJECT

public:
    MediaRequestDialog(Case& c, qint64 personId, const QString& personLabel, QWidget* parent = nullptr);
    qint64 requestId() const { return m_requestId; }
    void accept() override;

private:
    Case& m_case;
    qint64 m_personId;
    QDateEdit* m_received;
    QLineEdit* m_outlet;
    LintedTextEdit* m_request;
    LintedTextEdit* m_response;
    QLabel* m_problem;
    qint64 m_requestId = 0;
};

} // namespace tessera
