#pragma once

#include "casework/LeadRepository.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace tessera {

class OptionalDateEdit;

/**
 * New lead, usually from a proof-board gap in one step: choosing a gap fills in the title from its first actionable
 * suggestion ("Get online ads for the action element of charge 1 …"), which the detective can edit. "No element" makes
 * a plain lead. The caller reads the answers and calls LeadRepository.
 */
class NewLeadDialog : public QDialog {
    Q_OBJECT

public:
    /// `gaps` from LeadRepository::gaps(); `preselect` picks one (index into gaps, -1 = the first).
    NewLeadDialog(const QVector<ProofGap>& gaps, int preselect = -1, QWidget* parent = nullptr);
    /// The chosen gap, or nullptr for a lead without an element.
    const ProofGap* gap() const;
    QString title() const;
    QString owner() const;
    QString due() const; ///< YYYY-MM-DD or empty

private:
    void onGapChanged();
    void validate();
    QVector<ProofGap> m_gaps;
    QComboBox* m_gap;
    QLineEdit* m_title;
    QLineEdit* m_owner;
    OptionalDateEdit* m_due;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
