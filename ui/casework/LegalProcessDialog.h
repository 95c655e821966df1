#pragma once

#include "casework/LegalProcessRepository.h"
#include "model/IdentifierRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tessera {

class OptionalDateEdit;

/**
 * New legal process: kind (with its statute), provider, served / due / end dates, scope (identifiers ticked from the
 * case's, a window of days) and the lead it serves. A preservation request's end is shown as served + 90 days
 * (18 U.S.C. 2703(f)(2)) unless an end date is given; a delayed-notice order needs its end date.
 */
class LegalProcessDialog : public QDialog {
    Q_OBJECT

public:
    /// `identifiers` with display labels (person label and value; a protected person's shown by pseudonym only),
    /// `leads` as (id, title) pairs.
    LegalProcessDialog(const QVector<QPair<Identifier, QString>>& identifiers, const QVector<QPair<qint64, QString>>& leads,
                       QWidget* parent = nullptr);
    /// The answers, ready for LegalProcessRepository::add.
    NewLegalProcess answers() const;

private:
    void validate();
    QComboBox* m_kind;
    QLineEdit* m_provider;
    OptionalDateEdit* m_served;
    OptionalDateEdit* m_due;
    OptionalDateEdit* m_expires;
    QListWidget* m_identifiers;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QComboBox* m_lead;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
