#pragma once

#include "analysis/PromotionRules.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class LintedLineEdit;

/**
 * Promotes the records chosen in the timeline to one event (DESIGN §4 "promoted from selected records"): shows the
 * proposal PromotionRules::fromRecords made — when (EDTF, editable), category, summary (linted), place, and the people
 * attributed to the records' parties — for the investigator to correct and accept. Nothing is written here.
 */
class PromoteRecordsDialog : public QDialog {
    Q_OBJECT

public:
    /// `peopleText` names the actors and others (victims by pseudonym), shown read-only.
    PromoteRecordsDialog(const EventProposal& proposal, const QString& peopleText, QWidget* parent = nullptr);

    /// The proposal with the investigator's edits (when, category, summary, place).
    EventProposal proposal() const;
    QString place() const;
    void setSummary(const QString& text);

private:
    void validate();

    EventProposal m_proposal;
    QLineEdit* m_when;
    QComboBox* m_category;
    LintedLineEdit* m_summary;
    QLineEdit* m_place;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
