#include "proof/ProofBoardModel.h"
#include "model/CoreWording.h"

#include "proof/ProofStatusStyle.h"

#include <QBrush>
#include <QFont>

namespace tessera {

ProofBoardModel::ProofBoardModel(QObject* parent) : QStandardItemModel(parent) {
    setObjectName(QStringLiteral("proofBoardModel"));
    setHorizontalHeaderLabels({tr("Charge / element"), tr("Role"), tr("Status"), tr("Evidence"), tr("Gaps")});
}

QString ProofBoardModel::roleText(const QString& role) {
    if (role == QLatin1String("action"))
        return tr("Action");
    if (role == QLatin1String("means"))
        return tr("Means");
    if (role == QLatin1String("purpose"))
        return tr("Purpose");
    if (role == QLatin1String("jurisdiction"))
        return tr("Jurisdiction");
    return tr("Other");
}

void ProofBoardModel::setBoard(const ProofBoardResult& board) {
    m_board = board;
    removeRows(0, rowCount());
    for (const ChargeProof& cp : m_board.charges) {
        QString who = tr("offender %1").arg(cp.offenderLabel);
        if (cp.victimId)
            who += tr(", victim %1").arg(cp.victimLabel);
        auto* head = new QStandardItem(tr("Charge %1: %2 — %3 (%4)").arg(cp.id).arg(cp.citation, cp.title, who));
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        int independent = 0, required = 0;
        for (const ElementProof& e : cp.elements)
            if (e.required) {
                ++required;
                independent += e.status == QLatin1String("independent") ? 1 : 0;
            }
        const QString summary = tr("%1 of %2 required elements proven independently").arg(independent).arg(required);
        QList<QStandardItem*> headRow{head, new QStandardItem, new QStandardItem(summary), new QStandardItem,
                                      new QStandardItem};
        for (QStandardItem* item : headRow) {
            item->setEditable(false);
            item->setData(cp.id, ChargeIdRole);
            item->setData(head->text() + QStringLiteral(". ") + summary, Qt::AccessibleTextRole);
        }
        for (const ElementProof& e : cp.elements) {
            const QString statusLabel = ProofStatusStyle::label(e.status);
            const QString evidence = tr("%n event(s)", nullptr, static_cast<int>(e.events.size())) +
                                     QStringLiteral(" · ") +
                                     tr("%n exhibit(s)", nullptr, static_cast<int>(e.exhibits.size()));
            const QString gaps = e.suggestions.isEmpty() ? QString()
                                                         : tr("%n suggestion(s): ", nullptr,
                                                              static_cast<int>(e.suggestions.size())) +
                                                               CoreWording::translate(e.suggestions.first());
            auto* name = new QStandardItem(e.id + QStringLiteral(" — ") + e.text);
            auto* role = new QStandardItem(roleText(e.role));
            auto* status = new QStandardItem(e.required || e.status == QLatin1String("not-required")
                                                 ? statusLabel
                                                 : statusLabel + tr(" (not counted)"));
            status->setBackground(ProofStatusStyle::background(e.status));
            status->setForeground(QBrush(Qt::black));
            status->setToolTip(ProofStatusStyle::explanation(e.status));
            auto* ev = new QStandardItem(evidence);
            auto* gap = new QStandardItem(gaps);
            QStringList suggestions;
            for (const QString& s : e.suggestions)
                suggestions << CoreWording::translate(s);
            gap->setToolTip(suggestions.join(QLatin1Char('\n')));
            name->setToolTip(e.note.isEmpty() ? e.text : e.text + QStringLiteral("\n\n") + CoreWording::translate(e.note));
            const QString spoken = tr("Element %1, %2: %3. %4. %5")
                                       .arg(e.id, roleText(e.role), ProofStatusStyle::text(e.status), evidence,
                                            e.suggestions.isEmpty() ? tr("No gaps listed")
                                                                    : tr("%n gap suggestion(s)", nullptr,
                                                                         static_cast<int>(e.suggestions.size())));
            QList<QStandardItem*> row{name, role, status, ev, gap};
            for (QStandardItem* item : row) {
                item->setEditable(false);
                item->setData(cp.id, ChargeIdRole);
                item->setData(e.id, ElementIdRole);
                item->setData(e.status, StatusRole);
                item->setData(spoken, Qt::AccessibleTextRole);
            }
            head->appendRow(row);
        }
        appendRow(headRow);
    }
}

const ChargeProof* ProofBoardModel::chargeAt(const QModelIndex& index) const {
    if (!index.isValid())
        return nullptr;
    const qint64 id = index.data(ChargeIdRole).toLongLong();
    for (const ChargeProof& cp : m_board.charges)
        if (cp.id == id)
            return &cp;
    return nullptr;
}

const ElementProof* ProofBoardModel::elementAt(const QModelIndex& index) const {
    const ChargeProof* cp = chargeAt(index);
    const QString id = index.data(ElementIdRole).toString();
    if (!cp || id.isEmpty())
        return nullptr;
    for (const ElementProof& e : cp->elements)
        if (e.id == id)
            return &e;
    return nullptr;
}

QModelIndex ProofBoardModel::indexOf(qint64 chargeId, const QString& elementId) const {
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex head = index(r, 0);
        if (head.data(ChargeIdRole).toLongLong() != chargeId)
            continue;
        if (elementId.isEmpty())
            return head;
        for (int c = 0; c < rowCount(head); ++c) {
            const QModelIndex child = index(c, 0, head);
            if (child.data(ElementIdRole).toString() == elementId)
                return child;
        }
    }
    return {};
}

} // namespace tessera
