#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class Case;
class LintedTextEdit;

/**
 * Records one entry of the benefit ledger for a victim or witness: kind, date, exact decimal amount, note. Where
 * Continued Presence is recorded the dialog says it is never conditioned on cooperation (DHS, Continued Presence).
 * The ledger is append-only and disclosed to the prosecutor (Giglio); a mistake is corrected by a new entry, so there
 * is no undo.
 */
class BenefitDialog : public QDialog {
    Q_OBJECT

public:
    BenefitDialog(Case& c, qint64 personId, QWidget* parent = nullptr);
    void accept() override;
    /// The display name of a benefit kind ("continued-presence" → "Continued Presence request").
    static QString kindText(const QString& kind);
    /// The id recorded, 0 until accepted.
    qint64 recordedId() const { return m_recordedId; }

private:
    void updateState();

    Case& m_case;
    qint64 m_personId;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QLineEdit* m_amount;
    LintedTextEdit* m_note;
    QLabel* m_cpNote;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
    qint64 m_recordedId = 0;
};

} // namespace tessera
