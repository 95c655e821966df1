#include "checkpoints/VictimChoicesDialog.h"
#include "model/CoreWording.h"

#include "common/SecretClipboard.h"
#include "lock/AutoLock.h"

#include "case/Case.h"
#include "checkpoints/BenefitDialog.h"
#include "checkpoints/BenefitLedger.h"
#include "checkpoints/CheckpointCatalog.h"
#include "checkpoints/CheckpointGateDialog.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/InterviewLedger.h"
#include "checkpoints/InterviewModeDialog.h"
#include "checkpoints/RecordCheckpointCommand.h"
#include "checkpoints/VictimActionDialogs.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "checkpoints/VictimOutreach.h"
#include "common/MessageBoxes.h"
#include "case/CaseError.h"
#include "common/MessageBoxes.h"
#include "model/PersonRepository.h"
#include "time/TimeFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tessera {

namespace {

QString decisionText(const QString& d) {
    if (d == QLatin1String("agreed"))
        return VictimChoicesDialog::tr("Agreed");
    if (d == QLatin1String("declined"))
        return VictimChoicesDialog::tr("Declined");
    if (d == QLatin1String("deferred"))
        return VictimChoicesDialog::tr("Not now");
    if (d == QLatin1String("withdrawn"))
        return VictimChoicesDialog::tr("Withdrawn");
    return d;
}

QTableWidget* table(const QStringList& headers, const QString& objectName, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

VictimChoicesDialog::VictimChoicesDialog(Case& c, qint64 personId, QWidget* parent)
    : QDialog(parent), m_case(c), m_personId(personId), m_undo(new QUndoStack(this)),
      m_ledger(table({tr("When (UTC)"), tr("Decision point"), tr("Answer"), tr("Scope"), tr("Explained"),
                      tr("Advocate present"), tr("Recorded by")},
                     QStringLiteral("choiceLedger"), this)),
      m_points(new QComboBox(this)), m_withdraw(new QPushButton(tr("&Withdraw this choice…"), this)),
      m_interviews(new QLabel(this)), m_actions(new QLabel(this)),
      m_benefits(table({tr("Date"), tr("Kind"), tr("Amount"), tr("Note")}, QStringLiteral("benefitLedger"), this)) {
    setObjectName(QStringLiteral("victimChoicesDialog"));
    // A person's choices, safe-contact notes and benefits: copied with the secret hint, cleared after 30 s.
    SecretClipboard::protectField(m_ledger);
    SecretClipboard::protectField(m_benefits);
    m_ledger->setAccessibleName(tr("Choices"));
    m_benefits->setAccessibleName(tr("Benefits"));
    const auto person = PersonRepository::get(c.db(), personId);
    m_label = person ? person->label() : QString::number(personId);
    setWindowTitle(tr("%1 — choices, interviews and benefits").arg(m_label));
    resize(1080, 660);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1's choices, newest last. The latest answer at each point is the one that counts. "
                                "Declining never blocks work on the offender, and services never depend on "
                                "cooperation. This ledger is never part of a production.")
                                 .arg(m_label),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* choices = new QGroupBox(tr("Choices"), this);
    auto* cl = new QVBoxLayout(choices);
    cl->addWidget(m_ledger, 1);
    auto* row = new QHBoxLayout;
    m_points->setObjectName(QStringLiteral("pointCombo"));
    for (const CheckpointPoint& p : CheckpointCatalog::builtIn().points())
        m_points->addItem(CoreWording::translate(p.title), p.id);
    auto* ask = new QPushButton(tr("&Ask about…"), this);
    ask->setObjectName(QStringLiteral("askButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    auto* undo = new QPushButton(tr("&Undo last entry"), this);
    undo->setObjectName(QStringLiteral("undoButton"));
    undo->setToolTip(tr("Adds a correcting entry; nothing is deleted"));
    auto* pointLabel = new QLabel(tr("&Decision point:"), this);
    pointLabel->setBuddy(m_points);
    row->addWidget(pointLabel);
    row->addWidget(m_points, 1);
    row->addWidget(ask);
    row->addWidget(m_withdraw);
    row->addWidget(undo);
    cl->addLayout(row);
    layout->addWidget(choices, 3);

    auto* interviews = new QGroupBox(tr("Interviews"), this);
    auto* il = new QHBoxLayout(interviews);
    m_interviews->setObjectName(QStringLiteral("interviewCount"));
    auto* interviewMode = new QPushButton(tr("&Interview mode…"), this);
    interviewMode->setObjectName(QStringLiteral("interviewModeButton"));
    il->addWidget(m_interviews, 1);
    il->addWidget(interviewMode);
    layout->addWidget(interviews);

    // Actions that touch the person: each goes through the gate of its decision point first.
    auto* actions = new QGroupBox(tr("Actions with %1 (each asks their choice first)").arg(m_label), this);
    actions->setObjectName(QStringLiteral("victimActions"));
    auto* al = new QHBoxLayout(actions);
    m_actions->setObjectName(QStringLiteral("victimActionCounts"));
    m_actions->setWordWrap(true);
    al->addWidget(m_actions, 1);
    const auto actionButton = [&](const QString& text, const QString& name, void (VictimChoicesDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        al->addWidget(b);
    };
    actionButton(tr("Add a p&hotograph…"), QStringLiteral("photographButton"), &VictimChoicesDialog::addPhotograph);
    actionButton(tr("Record a &contact…"), QStringLiteral("contactButton"), &VictimChoicesDialog::recordContact);
    actionButton(tr("Show contact d&etails…"), QStringLiteral("showContactButton"), &VictimChoicesDialog::showContactDetails);
    actionButton(tr("Record a &media request…"), QStringLiteral("mediaButton"), &VictimChoicesDialog::recordMediaRequest);
    layout->addWidget(actions);

    auto* benefits = new QGroupBox(tr("Benefits given or promised (disclosed to the prosecutor as potential Giglio material)"), this);
    auto* bl = new QVBoxLayout(benefits);
    bl->addWidget(m_benefits, 1);
    auto* cpNote = new QLabel(tr("Continued Presence is never conditioned on cooperation."), this);
    cpNote->setObjectName(QStringLiteral("continuedPresenceNote"));
    bl->addWidget(cpNote);
    auto* addBenefit = new QPushButton(tr("Record a &benefit…"), this);
    addBenefit->setObjectName(QStringLiteral("addBenefitButton"));
    bl->addWidget(addBenefit, 0, Qt::AlignRight);
    layout->addWidget(benefits, 2);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    m_ledger->setAccessibleName(tr("%1's choices, oldest first").arg(m_label));
    m_benefits->setAccessibleName(tr("Benefits given or promised to %1").arg(m_label));
    connect(ask, &QPushButton::clicked, this, [this] { askAbout(m_points->currentData().toString()); });
    connect(m_withdraw, &QPushButton::clicked, this, &VictimChoicesDialog::withdrawSelected);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    connect(m_undo, &QUndoStack::indexChanged, this, &VictimChoicesDialog::refresh);
    connect(m_ledger, &QTableWidget::itemSelectionChanged, this, [this] {
        const int r = m_ledger->currentRow();
        bool canWithdraw = false;
        if (r >= 0) {
            const QString point = m_ledger->item(r, 1)->data(Qt::UserRole).toString();
            const auto latest = CheckpointLedger::latest(m_case.db(), m_personId, point);
            const CheckpointPoint* p = CheckpointCatalog::builtIn().find(point);
            // Only the choice that applies now can be withdrawn (an older row is already superseded).
            canWithdraw = latest && latest->id == m_ledger->item(r, 0)->data(Qt::UserRole).toLongLong() &&
                          latest->decision == QLatin1String("agreed") && p && p->withdrawable;
            m_points->setCurrentIndex(m_points->findData(point));
        }
        m_withdraw->setEnabled(canWithdraw);
    });
    connect(interviewMode, &QPushButton::clicked, this, [this] {
        InterviewModeDialog dlg(m_case, m_personId, m_undo, this);
        dlg.exec();
        refresh();
    });
    connect(addBenefit, &QPushButton::clicked, this, [this] {
        BenefitDialog dlg(m_case, m_personId, this);
        if (dlg.exec() == QDialog::Accepted)
            refresh();
    });
    refresh();
}

void VictimChoicesDialog::refresh() {
    if (ClosedCases::isClosed(&m_case)) // the case locked while a dialog opened from here was showing
        return;
    const QVector<CheckpointDecision> list = CheckpointLedger::list(m_case.db(), m_personId);
    QHash<QString, qint64> latest;
    for (const CheckpointDecision& d : list)
        latest.insert(d.point, d.id);
    m_ledger->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const CheckpointDecision& d = list[r];
        const CheckpointPoint* p = CheckpointCatalog::builtIn().find(d.point);
        QStringList scope;
        if (!d.scopeFrom.isEmpty() || !d.scopeTo.isEmpty())
            scope << tr("%1 to %2").arg(d.scopeFrom.isEmpty() ? tr("open") : d.scopeFrom,
                                        d.scopeTo.isEmpty() ? tr("open") : d.scopeTo);
        if (!d.scopeItems.isEmpty())
            scope << d.scopeItems.join(QStringLiteral(", "));
        const bool rules = latest.value(d.point) == d.id;
        const QStringList cells{formatIsoUtc(d.recordedUtcUs).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                p ? CoreWording::translate(p->title) : d.point,
                                decisionText(d.decision) + (rules ? tr(" (applies now)") : QString()),
                                scope.join(QStringLiteral("; ")),
                                d.explained ? tr("yes") : tr("no"),
                                d.advocatePresent ? tr("yes") : tr("no"),
                                d.recordedBy};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 0)
                item->setData(Qt::UserRole, d.id);
            if (col == 1)
                item->setData(Qt::UserRole, d.point);
            if (!rules)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            // Safe-contact details are shown only through "Show contact details…" (gated and audited).
            if (!d.note.isEmpty() && d.point != QLatin1String("contact"))
                item->setToolTip(d.note);
            m_ledger->setItem(r, col, item);
        }
    }
    m_ledger->resizeColumnsToContents();
    m_withdraw->setEnabled(false);

    m_actions->setText(tr("Contacts logged: %1 · Media requests: %2 · Photographs: %3")
                           .arg(ContactLog::list(m_case, m_personId, false).size())
                           .arg(MediaRequestLog::list(m_case.db(), m_personId).size())
                           .arg(VictimPhotographs::count(m_case.db(), m_personId)));
    const int n = InterviewLedger::count(m_case.db(), m_personId);
    m_interviews->setText(n == 0 ? tr("No interviews yet.")
                                 : tr("%n interview(s) so far. Keep interviews to the minimum needed.", nullptr, n));

    const QVector<Benefit> benefits = BenefitLedger::list(m_case.db(), m_personId);
    m_benefits->setRowCount(int(benefits.size()));
    for (int r = 0; r < benefits.size(); ++r) {
        const Benefit& b = benefits[r];
        const QStringList cells{b.date, BenefitDialog::kindText(b.kind), b.amount.isEmpty() ? QStringLiteral("—") : b.amount, b.note};
        for (int col = 0; col < cells.size(); ++col)
            m_benefits->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    m_benefits->resizeColumnsToContents();
}

void VictimChoicesDialog::askAbout(const QString& pointId) {
    CheckpointGateDialog gate(m_case, m_personId, m_label, pointId, m_undo, this);
    gate.exec();
    refresh();
}

void VictimChoicesDialog::withdrawSelected() {
    const int r = m_ledger->currentRow();
    if (r < 0)
        return;
    const QString point = m_ledger->item(r, 1)->data(Qt::UserRole).toString();
    const CheckpointPoint* p = CheckpointCatalog::builtIn().find(point);
    if (!p)
        return;
    const auto answer = MessageBoxes::show(
        this, QMessageBox::Question, tr("Withdraw a choice"),
        tr("Record that %1 withdraws their agreement to “%2”?").arg(m_label, CoreWording::translate(p->title)),
        tr("From now on, no further collection or review under this choice. What was already obtained is kept, "
           "sealed and flagged for the prosecutor — never deleted. %1").arg(p->withdrawalHow),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Withdraw")}});
    if (answer != QMessageBox::Yes)
        return;
    NewCheckpointDecision d;
    d.personId = m_personId;
    d.point = point;
    d.decision = QStringLiteral("withdrawn");
    auto* cmd = new RecordCheckpointCommand(m_case, d, tr("Withdraw %1").arg(CoreWording::translate(p->title)));
    QString error;
    if (!cmd->execute(&error)) {
        delete cmd;
        MessageBoxes::warning(this, tr("Withdraw a choice"), error);
        return;
    }
    m_undo->push(cmd);
    refresh();
}

bool VictimChoicesDialog::ensureAllowed(VictimAction action) {
    PolicyAnswer a = VictimChoicePolicy::check(m_case.db(), action, m_personId);
    if (a.allowed())
        return true;
    // Not asked yet, deferred, declined or withdrawn: ask (again) through the gate of the decision point.
    askAbout(a.point);
    a = VictimChoicePolicy::check(m_case.db(), action, m_personId);
    if (a.allowed())
        return true;
    const CheckpointPoint* p = CheckpointCatalog::builtIn().find(a.point);
    QString text = tr("%1's choice at “%2” is %3, so nothing is recorded. Declining never blocks the work on the "
                      "offender, and nothing already in the case is hidden from the prosecutor.")
                       .arg(m_label, p ? CoreWording::translate(p->title) : a.point, a.state());
    if (!a.alternatives.isEmpty())
        text += QStringLiteral("\n\n") + tr("Instead:") + QStringLiteral("\n• ") + a.alternatives.join(QStringLiteral("\n• "));
    MessageBoxes::information(this, tr("Held by %1's choice").arg(m_label), text);
    return false;
}

void VictimChoicesDialog::addPhotograph() {
    if (!ensureAllowed(VictimAction::Photograph))
        return;
    PhotographDialog dlg(m_case, m_personId, m_label, this);
    if (dlg.exec() == QDialog::Accepted)
        refresh();
}

void VictimChoicesDialog::recordContact() {
    if (!ensureAllowed(VictimAction::ContactPerson))
        return;
    ContactDialog dlg(m_case, m_personId, m_label, this);
    if (dlg.exec() == QDialog::Accepted)
        refresh();
}

void VictimChoicesDialog::showContactDetails() {
    if (!ensureAllowed(VictimAction::ShowContactDetails))
        return;
    try {
        const SafeContactDetails d = ContactLog::viewDetails(m_case, m_personId); // audited as a view
        MessageBoxes::information(this, tr("%1's safe-contact details").arg(m_label),
                                  d.note.isEmpty() ? tr("%1 agreed to be contacted; no details were noted with that "
                                                        "choice.").arg(m_label)
                                                   : d.note + QStringLiteral("\n\n") +
                                                         tr("This view is recorded in the audit log. Never part of a "
                                                            "production."));
    } catch (const CaseError& e) {
        MessageBoxes::warning(this, tr("Tessera"), e.message());
    }
}

void VictimChoicesDialog::recordMediaRequest() {
    if (!ensureAllowed(VictimAction::MediaRelease))
        return;
    MediaRequestDialog dlg(m_case, m_personId, m_label, this);
    if (dlg.exec() == QDialog::Accepted)
        refresh();
}

} // namespace tessera
