#pragma once

#include "case/Case.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class LintedLineEdit;
class TimeZoneComboBox;

/**
 * Asks for what a new case needs (CLI `create`): where to save it (the suggested file name comes from the case
 * number, never from a person's name: DESIGN §3), title, case number, display zone, phone region, agency,
 * investigator and a passphrase entered twice (at least kMinPassphraseLength characters, not echoed).
 * The OK button stays off, with the reason shown, until everything needed is there.
 */
class NewCaseDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMinPassphraseLength = 8;

    /// `folder` is where the suggested file goes (default: the Documents folder).
    explicit NewCaseDialog(QWidget* parent = nullptr, const QString& folder = {});
    ~NewCaseDialog() override;

    QString casePath() const;
    /// The settings entered; kdf is left at its default for the caller to choose.
    NewCaseOptions options() const;
    QString passphrase() const;
    /// What is still missing or wrong, one line; empty when the case can be created.
    QString problem() const;

    /// A file name for a case number: letters, digits, '.', '_' and '-' kept, the rest '-', then ".tessera".
    static QString suggestedFileName(const QString& caseNumber);

private:
    void browse();
    void updateSuggestion();
    void validate();

    QString m_folder;
    bool m_pathChosen = false;
    LintedLineEdit* m_title;
    QLineEdit* m_caseNumber;
    QLineEdit* m_path;
    TimeZoneComboBox* m_zone;
    QLineEdit* m_region;
    QLineEdit* m_agency;
    QLineEdit* m_investigator;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QPushButton* m_create;
};

} // namespace tessera
