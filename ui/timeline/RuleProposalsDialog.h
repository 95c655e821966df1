#pragma once

#include "analysis/PromotionRules.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QListWidget;
class QPushButton;

namespace tessera {

/**
 * The events the promotion rules propose (PromotionRules::propose, e.g. rule buyer-contact), for the investigator to
 * accept: one checkable line per proposal (day, category, summary, number of records). Nothing is checked at first
 * and nothing is written here; the main window promotes the checked ones as one undoable step.
 */
class RuleProposalsDialog : public QDialog {
    Q_OBJECT

public:
    RuleProposalsDialog(const QVector<EventProposal>& proposals, QWidget* parent = nullptr);

    /// The proposals the investigator checked, in list order.
    QVector<EventProposal> accepted() const;
    /// Checks or unchecks every proposal (tests, and the "check all" button).
    void setAllChecked(bool on);

private:
    void validate();

    QVector<EventProposal> m_proposals;
    QListWidget* m_list;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
