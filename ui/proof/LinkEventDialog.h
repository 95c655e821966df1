#pragma once

#include "analysis/ProofBoard.h"
#include "model/EventRepository.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace tessera {

/**
 * Asks which event proves which element of which charge: the "element link" of the GUI. Charges and their elements
 * come from the proof board; events are listed in time order (date, category, summary) and can be narrowed by typing
 * in the list (type-ahead). Nothing is written here; the proof board view makes the link as an undoable command.
 */
class LinkEventDialog : public QDialog {
    Q_OBJECT

public:
    /// `displayZone` formats event times. `chargeId`/`elementId` preselect (e.g. the element chosen on the board).
    LinkEventDialog(const QVector<ChargeProof>& charges, const QVector<EventSummary>& events,
                    const QString& displayZone, qint64 chargeId = 0, const QString& elementId = {},
                    QWidget* parent = nullptr);

    qint64 chargeId() const;
    QString elementId() const;
    /// The chosen event, or 0.
    qint64 eventId() const;
    /// Chooses an event by id (tests, prefill); false when it is not listed.
    bool setEventId(qint64 id);
    /// Chooses a charge and element (tests, prefill); false when not listed.
    bool setElement(qint64 chargeId, const QString& elementId);

private:
    void fillElements();
    void validate();

    QVector<ChargeProof> m_charges;
    QComboBox* m_charge;
    QComboBox* m_element;
    QListWidget* m_events;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
