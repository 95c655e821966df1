#include "proof/LinkEventDialog.h"

#include "common/DialogParts.h"
#include "people/VocabularyText.h"
#include "proof/ProofBoardModel.h"
#include "proof/ProofStatusStyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tessera {

LinkEventDialog::LinkEventDialog(const QVector<ChargeProof>& charges, const QVector<EventSummary>& events,
                                 const QString& displayZone, qint64 chargeId, const QString& elementId,
                                 QWidget* parent)
    : QDialog(parent), m_charges(charges), m_charge(new QComboBox(this)), m_element(new QComboBox(this)),
      m_events(new QListWidget(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("linkEventDialog"));
    setWindowTitle(tr("Link an event to an element"));
    setMinimumSize(680, 420);

    m_charge->setObjectName(QStringLiteral("linkCharge"));
    m_charge->setAccessibleName(tr("Charge"));
    for (const ChargeProof& cp : m_charges)
        m_charge->addItem(tr("Charge %1: %2 — %3").arg(cp.id).arg(cp.citation, cp.offenderLabel), cp.id);
    m_element->setObjectName(QStringLiteral("linkElement"));
    m_element->setAccessibleName(tr("Element"));

    QTimeZone zone(displayZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    m_events->setObjectName(QStringLiteral("linkEventList"));
    m_events->setAccessibleName(tr("Events, in time order"));
    m_events->setUniformItemSizes(true);
    for (const EventSummary& e : events) {
        const QString day =
            QDateTime::fromMSecsSinceEpoch(e.lowerUtcUs / 1000, zone).date().toString(Qt::ISODate);
        QString text = tr("Event %1 · %2 (%3) · %4 · %5")
                           .arg(e.id)
                           .arg(day, e.edtf, VocabularyText::category(e.category), e.summary);
        if (!e.place.isEmpty())
            text += tr(" · %1").arg(e.place);
        auto* item = new QListWidgetItem(text, m_events);
        item->setData(Qt::UserRole, e.id);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Charge:"), m_charge);
    form->addRow(tr("&Element:"), m_element);
    auto* eventsLabel = new QLabel(tr("E&vent that proves it:"), this);
    eventsLabel->setBuddy(m_events);
    styleProblemLabel(m_problem, QStringLiteral("linkEventProblem"));
    auto* buttons = okCancelButtons(this, tr("&Link"), QStringLiteral("linkEventOk"), &m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(eventsLabel);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_charge, &QComboBox::currentIndexChanged, this, [this] {
        fillElements();
        validate();
    });
    connect(m_element, &QComboBox::currentIndexChanged, this, &LinkEventDialog::validate);
    connect(m_events, &QListWidget::currentRowChanged, this, &LinkEventDialog::validate);
    connect(m_events, &QListWidget::itemActivated, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    fillElements();
    if (chargeId)
        setElement(chargeId, elementId);
    validate();
}

void LinkEventDialog::fillElements() {
    m_element->clear();
    const int i = m_charge->currentIndex();
    if (i < 0 || i >= m_charges.size())
        return;
    for (const ElementProof& e : m_charges.at(i).elements)
        m_element->addItem(tr("%1 (%2) — %3 — %4")
                               .arg(e.id, ProofBoardModel::roleText(e.role), ProofStatusStyle::text(e.status), e.text),
                           e.id);
}

qint64 LinkEventDialog::chargeId() const {
    return m_charge->currentData().toLongLong();
}

QString LinkEventDialog::elementId() const {
    return m_element->currentData().toString();
}

qint64 LinkEventDialog::eventId() const {
    const QListWidgetItem* item = m_events->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool LinkEventDialog::setEventId(qint64 id) {
    for (int r = 0; r < m_events->count(); ++r)
        if (m_events->item(r)->data(Qt::UserRole).toLongLong() == id) {
            m_events->setCurrentRow(r);
            return true;
        }
    return false;
}

bool LinkEventDialog::setElement(qint64 chargeId, const QString& elementId) {
    const int c = m_charge->findData(chargeId);
    if (c < 0)
        return false;
    m_charge->setCurrentIndex(c);
    if (elementId.isEmpty())
        return true;
    const int e = m_element->findData(elementId);
    if (e < 0)
        return false;
    m_element->setCurrentIndex(e);
    return true;
}

void LinkEventDialog::validate() {
    QString problem;
    if (m_charge->count() == 0)
        problem = tr("Add a charge first.");
    else if (m_events->count() == 0)
        problem = tr("There are no events yet: record an event first (tessera-cli event add, or promote records).");
    else if (eventId() == 0)
        problem = tr("Choose the event that proves this element.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace tessera
