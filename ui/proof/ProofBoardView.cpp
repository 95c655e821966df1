#include "proof/ProofBoardView.h"
#include "model/CoreWording.h"

#include "packet/ProtectedIdentityRedactor.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "common/CaseErrorText.h"
#include "common/MessageBoxes.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/ExhibitRepository.h"
#include "model/PersonRepository.h"
#include "people/VocabularyText.h"
#include "proof/AddChargeCommand.h"
#include "proof/AddChargeDialog.h"
#include "proof/LinkElementCommand.h"
#include "proof/LinkEventDialog.h"
#include "proof/ProofBoardModel.h"
#include "proof/ProofStatusStyle.h"
#include "statutes/StatuteCatalog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tessera {

namespace {

enum EvidenceRole { EvidenceKindRole = Qt::UserRole + 1, EvidenceIdRole };

QLabel* legendChip(const QString& status, QWidget* parent) {
    auto* chip = new QLabel(ProofStatusStyle::label(status), parent);
    chip->setObjectName(QStringLiteral("legend-%1").arg(status));
    const QColor bg = ProofStatusStyle::background(status);
    chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: black; border: 1px solid #9e9e9e; "
                                       "border-radius: 3px; padding: 1px 6px; }")
                            .arg(bg.name()));
    chip->setToolTip(ProofStatusStyle::explanation(status));
    return chip;
}

QLabel* sectionLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setBuddy(buddy);
    return l;
}

} // namespace

ProofBoardView::ProofBoardView(QWidget* parent)
    : QWidget(parent), m_model(new ProofBoardModel(this)), m_undo(new QUndoStack(this)), m_burden(new QLabel(this)),
      m_tree(new QTreeView(this)), m_detailsTitle(new QLabel(this)), m_details(new QLabel(this)),
      m_evidence(new QListWidget(this)), m_gaps(new QListWidget(this)) {
    setObjectName(QStringLiteral("proofBoardView"));
    setAccessibleName(tr("Proof board"));

    m_burden->setObjectName(QStringLiteral("victimBurdenLabel"));
    m_burden->setTextFormat(Qt::PlainText);
    m_burden->setWordWrap(true);
    QFont big = m_burden->font();
    big.setBold(true);
    m_burden->setFont(big);

    m_addCharge = new QPushButton(tr("Add &charge…"), this);
    m_addCharge->setObjectName(QStringLiteral("addChargeButton"));
    m_addCharge->setToolTip(tr("Apply a statute template to an offender (and victim)"));
    m_linkEvent = new QPushButton(tr("&Link event…"), this);
    m_linkEvent->setObjectName(QStringLiteral("linkEventButton"));
    m_linkEvent->setToolTip(tr("Link an event to the chosen element as proof of it"));
    m_showEvidence = new QPushButton(tr("Show in &timeline"), this);
    m_showEvidence->setObjectName(QStringLiteral("showEvidenceButton"));
    m_showEvidence->setToolTip(tr("Select the chosen element's events in the timeline (Enter)"));

    m_certify = new QPushButton(tr("Record &authentication…"), this);
    m_certify->setObjectName(QStringLiteral("proofCertifyButton"));
    m_certify->setToolTip(tr("Record how the exhibit pending authentication can be admitted (certificate, notice date, "
                             "custodian or officer)"));
    m_leadFromGap = new QPushButton(tr("New l&ead from gap…"), this);
    m_leadFromGap->setObjectName(QStringLiteral("proofLeadFromGapButton"));
    m_leadFromGap->setToolTip(tr("A lead that would close the chosen element's gap, in one step"));

    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionProofUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionProofRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    addAction(m_redoAction);
    auto* undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("proofUndoButton"));
    undoButton->setDefaultAction(m_undoAction);
    undoButton->setAccessibleName(tr("Undo the last proof-board edit"));
    auto* redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("proofRedoButton"));
    redoButton->setDefaultAction(m_redoAction);
    redoButton->setAccessibleName(tr("Redo the proof-board edit"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addCharge);
    buttons->addWidget(m_linkEvent);
    buttons->addWidget(m_showEvidence);
    buttons->addWidget(m_leadFromGap);
    buttons->addWidget(m_certify);
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addStretch(1);
    // Two rows, so that the legend never sets the dock's minimum width beyond a laptop screen's share.
    auto* legend = new QGridLayout;
    auto* legendTitle = new QLabel(tr("Status:"), this);
    legend->addWidget(legendTitle, 0, 0);
    int chip = 0;
    for (const char* s : {"independent", "pending-authentication", "victim-only", "unsupported", "not-required"}) {
        legend->addWidget(legendChip(QString::fromLatin1(s), this), chip / 3, 1 + chip % 3);
        ++chip;
    }
    legend->setColumnStretch(4, 1);

    m_tree->setObjectName(QStringLiteral("proofBoardTree"));
    m_tree->setAccessibleName(tr("Charges and their elements"));
    m_tree->setAccessibleDescription(
        tr("Each element shows its status in words. Press Enter to select its evidence in the timeline."));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm(font());
    m_tree->header()->resizeSection(ProofBoardModel::Element, fm.horizontalAdvance(QLatin1Char('M')) * 22);
    m_tree->header()->resizeSection(ProofBoardModel::Role, fm.horizontalAdvance(QStringLiteral("Jurisdiction  ")));
    m_tree->header()->resizeSection(ProofBoardModel::Status,
                                    fm.horizontalAdvance(QStringLiteral("◐ Pending authentication (not counted)")));
    m_tree->header()->resizeSection(ProofBoardModel::Evidence, fm.horizontalAdvance(QStringLiteral("10 events · 10 exhibits ")));

    m_detailsTitle->setObjectName(QStringLiteral("proofDetailsTitle"));
    m_detailsTitle->setTextFormat(Qt::PlainText);
    m_detailsTitle->setWordWrap(true);
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    m_detailsTitle->setFont(titleFont);
    m_details->setObjectName(QStringLiteral("proofDetails"));
    m_details->setAccessibleName(tr("Element and charging notes"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::StrongFocus);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("proofDetailsScroll"));
    detailsScroll->setAccessibleName(tr("Element and charging notes"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);

    m_evidence->setObjectName(QStringLiteral("proofEvidenceList"));
    m_evidence->setAccessibleName(tr("Supporting events and exhibits"));
    m_evidence->setAccessibleDescription(tr("Press Enter to select the entry in the timeline."));
    m_evidence->setWordWrap(true);
    m_gaps->setObjectName(QStringLiteral("proofGapList"));
    m_gaps->setAccessibleName(tr("What would close the gaps"));
    m_gaps->setWordWrap(true);
    m_gaps->setAlternatingRowColors(true);
    m_evidence->setAlternatingRowColors(true);

    auto* details = new QWidget(this);
    auto* dl = new QVBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_detailsTitle);
    dl->addWidget(detailsScroll, 1);
    auto* evidenceBox = new QWidget(this);
    auto* el = new QVBoxLayout(evidenceBox);
    el->setContentsMargins(0, 0, 0, 0);
    el->addWidget(sectionLabel(tr("Supporting &evidence (Enter selects it in the timeline)"), m_evidence, evidenceBox));
    el->addWidget(m_evidence, 1);
    auto* gapBox = new QWidget(this);
    auto* gl = new QVBoxLayout(gapBox);
    gl->setContentsMargins(0, 0, 0, 0);
    gl->addWidget(sectionLabel(tr("What would close the &gaps"), m_gaps, gapBox));
    gl->addWidget(m_gaps, 1);
    auto* lists = new QSplitter(Qt::Horizontal, this);
    lists->setObjectName(QStringLiteral("proofListsSplitter"));
    lists->setChildrenCollapsible(false);
    lists->addWidget(evidenceBox);
    lists->addWidget(gapBox);

    // Tree on top, then the chosen element's notes, then its evidence and gaps side by side.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("proofSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(details);
    split->addWidget(lists);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_burden);
    layout->addLayout(buttons);
    layout->addLayout(legend);
    layout->addWidget(split, 1);

    connect(m_addCharge, &QPushButton::clicked, this, &ProofBoardView::addChargeInteractive);
    connect(m_linkEvent, &QPushButton::clicked, this, &ProofBoardView::linkEventInteractive);
    connect(m_showEvidence, &QPushButton::clicked, this, &ProofBoardView::showChosenInTimeline);
    connect(m_certify, &QPushButton::clicked, this, &ProofBoardView::certifyChosen);
    connect(m_leadFromGap, &QPushButton::clicked, this, &ProofBoardView::leadFromChosenGap);
    connect(m_evidence, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        const ElementProof* el = m_model->elementAt(m_tree->currentIndex());
        m_certify->setEnabled(m_case && ((item && item->data(EvidenceKindRole).toString() == QLatin1String("exhibit")) ||
                                         (el && el->status == QLatin1String("pending-authentication"))));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProofBoardView::onCurrentChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_model->elementAt(index))
            showChosenInTimeline();
    });
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (m_model->elementAt(index))
            showChosenInTimeline();
    });
    connect(m_evidence, &QListWidget::itemActivated, this, &ProofBoardView::onEvidenceActivated);
    setCase(nullptr, QString());
}

ProofBoardView::~ProofBoardView() = default;

void ProofBoardView::setCase(Case* c, const QString& displayZone) {
    m_case = c;
    m_zone = displayZone;
    m_undo->clear();
    m_eventText.clear();
    m_exhibitText.clear();
    if (!m_case) {
        m_model->setBoard({});
        m_burden->setText(tr("No case open."));
    }
    m_addCharge->setEnabled(m_case != nullptr);
    m_linkEvent->setEnabled(m_case != nullptr);
    if (m_case)
        refresh();
    else
        onCurrentChanged();
}

void ProofBoardView::refresh() {
    if (!m_case)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const qint64 chargeId = current.isValid() ? current.data(ProofBoardModel::ChargeIdRole).toLongLong() : 0;
    const QString elementId = current.isValid() ? current.data(ProofBoardModel::ElementIdRole).toString() : QString();
    try {
        QTimeZone zone(m_zone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        m_eventText.clear();
        // The GUI shows people by pseudonym and has no reveal: a summary that names a protected person shows the
        // pseudonym too ("[V-1]", as in a production).
        const ProtectedIdentityRedactor redactor(m_case->db());
        for (const EventSummary& e : EventRepository::list(m_case->db())) {
            const QString day = QDateTime::fromMSecsSinceEpoch(e.lowerUtcUs / 1000, zone).date().toString(Qt::ISODate);
            m_eventText.insert(e.id, tr("Event %1 · %2 · %3 · %4")
                                         .arg(e.id)
                                         .arg(e.edtf.isEmpty() ? day : e.edtf, VocabularyText::category(e.category),
                                              redactor.redact(e.summary)));
        }
        m_exhibitText.clear();
        m_exhibitsWithoutPath.clear();
        for (const Exhibit& x : ExhibitRepository::list(m_case->db())) {
            if (x.authenticationMethod.isEmpty() && !x.victimSourced) // what pending-authentication waits for
                m_exhibitsWithoutPath.insert(x.id);
            QString auth = x.authenticationMethod.isEmpty() ? tr("no authentication path recorded")
                                                            : tr("admitted by %1").arg(x.authenticationMethod);
            if (x.authenticationVictimDependent)
                auth += tr(", through the victim");
            m_exhibitText.insert(x.id, tr("Exhibit %1 · %2 · %3 · %4%5")
                                           .arg(x.id)
                                           .arg(CoreWording::kind(x.kind), x.title.isEmpty() ? x.originalFileName : x.title, auth,
                                                x.victimSourced ? tr(" · victim-sourced") : QString()));
        }
        m_model->setBoard(ProofBoard::build(*m_case));
    } catch (const CaseError& e) {
        report(e, tr("build the proof board"));
        return;
    }
    m_tree->expandAll();
    updateBurden();
    if (!selectElement(chargeId, elementId)) {
        // Choose the first element that is not independent: where the work is.
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex head = m_model->index(r, 0);
            for (int c = 0; c < m_model->rowCount(head); ++c) {
                const QModelIndex child = m_model->index(c, 0, head);
                const QString status = child.data(ProofBoardModel::StatusRole).toString();
                if (status != QLatin1String("independent") && status != QLatin1String("not-required")) {
                    m_tree->setCurrentIndex(child);
                    return;
                }
            }
        }
        if (m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0));
    }
    onCurrentChanged();
}

bool ProofBoardView::selectElement(qint64 chargeId, const QString& elementId) {
    if (!chargeId)
        return false;
    const QModelIndex index = m_model->indexOf(chargeId, elementId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    onCurrentChanged();
    return true;
}

void ProofBoardView::updateBurden() {
    const ProofBoardResult& b = m_model->board();
    if (b.charges.isEmpty()) {
        m_burden->setText(tr("No charges yet. Add a charge to see, element by element, how the case is proven "
                             "without resting on the victim."));
        return;
    }
    m_burden->setText(tr("Victim burden: %1% — %2 of %3 required elements rest on victim-sourced evidence alone. "
                         "Internal work product: never part of a discovery production.")
                          .arg(qRound(b.victimBurden * 100.0))
                          .arg(b.victimOnlyElements)
                          .arg(b.requiredElements));
    m_burden->setAccessibleName(m_burden->text());
}

QString ProofBoardView::chargingNotes(const ChargeProof& cp) const {
    QStringList lines;
    lines << tr("Limitation: %1").arg(cp.limitation);
    lines << (cp.earliestChargeableDate
                  ? tr("Earliest chargeable date: conduct on or after %1")
                        .arg(cp.earliestChargeableDate->toString(Qt::ISODate))
                  : tr("Earliest chargeable date: none (no fixed limitation period in the template)"));
    for (const DistrictSuggestion& d : cp.districts)
        lines << (d.district.isEmpty() ? tr("Venue suggestion: %1 → no district (%2)").arg(d.place, d.note)
                                       : tr("Venue suggestion: %1 → %2 (%3)").arg(d.place, d.district, d.note));
    if (cp.districts.isEmpty())
        lines << tr("Venue suggestion: none yet (no event of this charge has a place).");
    lines << tr("Venue: %1").arg(cp.venue);
    if (!cp.suggestedStatutes.isEmpty())
        lines << tr("Also consider: %1").arg(cp.suggestedStatutes.join(QStringLiteral(", ")));
    if (!cp.minorNote.isEmpty())
        lines << tr("Age: %1").arg(cp.minorNote);
    return lines.join(QStringLiteral("\n"));
}

void ProofBoardView::onCurrentChanged() {
    m_evidence->clear();
    m_gaps->clear();
    const QModelIndex index = m_tree->currentIndex();
    const ChargeProof* cp = m_model->chargeAt(index);
    const ElementProof* el = m_model->elementAt(index);
    m_showEvidence->setEnabled(el && !el->events.isEmpty());
    m_certify->setEnabled(m_case && el && el->status == QLatin1String("pending-authentication"));
    m_leadFromGap->setEnabled(m_case && el && el->required && el->status != QLatin1String("independent") &&
                              el->status != QLatin1String("not-required"));
    m_linkEvent->setEnabled(m_case && !m_model->board().charges.isEmpty());
    if (!cp) {
        m_detailsTitle->setText(m_case ? tr("Choose a charge or an element.") : QString());
        m_details->clear();
        return;
    }
    if (!el) {
        m_detailsTitle->setText(tr("Charge %1: %2 — %3").arg(cp->id).arg(cp->citation, cp->title));
        m_details->setText(chargingNotes(*cp));
        QVector<qint64> events;
        for (const ElementProof& e : cp->elements)
            for (qint64 ev : e.events)
                if (!events.contains(ev))
                    events << ev;
        for (qint64 ev : events) {
            auto* item = new QListWidgetItem(m_eventText.value(ev, tr("Event %1").arg(ev)), m_evidence);
            item->setData(EvidenceKindRole, QStringLiteral("event"));
            item->setData(EvidenceIdRole, ev);
        }
        return;
    }
    m_detailsTitle->setText(tr("%1 — %2: %3").arg(el->id, ProofBoardModel::roleText(el->role),
                                                  ProofStatusStyle::label(el->status)));
    QStringList text{el->text, ProofStatusStyle::explanation(el->status)};
    if (!el->note.isEmpty())
        text << tr("Note: %1").arg(CoreWording::translate(el->note));
    text << QString() << tr("Charge %1: %2").arg(cp->id).arg(cp->citation) << chargingNotes(*cp);
    m_details->setText(text.join(QLatin1Char('\n')));
    for (qint64 ev : el->events) {
        auto* item = new QListWidgetItem(m_eventText.value(ev, tr("Event %1").arg(ev)), m_evidence);
        item->setData(EvidenceKindRole, QStringLiteral("event"));
        item->setData(EvidenceIdRole, ev);
        for (const auto& pair : el->support)
            if (pair.first == ev) {
                auto* x = new QListWidgetItem(QStringLiteral("    ") + m_exhibitText.value(pair.second, tr("Exhibit %1").arg(pair.second)),
                                              m_evidence);
                x->setData(EvidenceKindRole, QStringLiteral("exhibit"));
                x->setData(EvidenceIdRole, pair.second);
                x->setData(Qt::AccessibleTextRole, tr("supports event %1: %2").arg(ev).arg(m_exhibitText.value(pair.second)));
            }
    }
    for (qint64 x : el->contradicting) {
        auto* item = new QListWidgetItem(tr("Contradicting (disclose): %1").arg(m_exhibitText.value(x, tr("Exhibit %1").arg(x))),
                                         m_evidence);
        item->setData(EvidenceKindRole, QStringLiteral("contradicting"));
        item->setData(EvidenceIdRole, x);
    }
    if (el->events.isEmpty())
        new QListWidgetItem(tr("No event is linked to this element yet (Link event…)."), m_evidence);
    for (const QString& s : el->suggestions)
        new QListWidgetItem(CoreWording::translate(s), m_gaps);
    if (el->suggestions.isEmpty())
        new QListWidgetItem(el->status == QLatin1String("independent") ? tr("No gap: proven independently.")
                                                                       : tr("Nothing to suggest."),
                            m_gaps);
}

void ProofBoardView::showChosenInTimeline() {
    const QModelIndex index = m_tree->currentIndex();
    if (const ElementProof* el = m_model->elementAt(index)) {
        if (!el->events.isEmpty())
            emit showInTimeline(el->events, {});
        return;
    }
    if (const ChargeProof* cp = m_model->chargeAt(index)) {
        QVector<qint64> events;
        for (const ElementProof& e : cp->elements)
            for (qint64 ev : e.events)
                if (!events.contains(ev))
                    events << ev;
        if (!events.isEmpty())
            emit showInTimeline(events, {});
    }
}

void ProofBoardView::certifyChosen() {
    if (!m_case)
        return;
    const QListWidgetItem* item = m_evidence->currentItem();
    if (item && item->data(EvidenceKindRole).toString() == QLatin1String("exhibit")) {
        emit certifyRequested(item->data(EvidenceIdRole).toLongLong());
        return;
    }
    qint64 exhibit = 0;
    if (const ElementProof* el = m_model->elementAt(m_tree->currentIndex()))
        for (const auto& pair : el->support)
            if (!exhibit && m_exhibitsWithoutPath.contains(pair.second))
                exhibit = pair.second;
    emit certifyRequested(exhibit);
}

void ProofBoardView::leadFromChosenGap() {
    const QModelIndex index = m_tree->currentIndex();
    if (const ElementProof* el = m_model->elementAt(index))
        emit leadFromGapRequested(index.data(ProofBoardModel::ChargeIdRole).toLongLong(), el->id);
}

void ProofBoardView::onEvidenceActivated() {
    const QListWidgetItem* item = m_evidence->currentItem();
    if (!item || !m_case)
        return;
    const QString kind = item->data(EvidenceKindRole).toString();
    const qint64 id = item->data(EvidenceIdRole).toLongLong();
    if (kind == QLatin1String("event")) {
        emit showInTimeline({id}, {});
        return;
    }
    const ElementProof* el = m_model->elementAt(m_tree->currentIndex());
    if (!el)
        return;
    // An exhibit: the events of this element it supports, and the records of it they were promoted from.
    QVector<qint64> events, records;
    try {
        for (const auto& pair : el->support)
            if (pair.second == id) {
                events << pair.first;
                records += ProofBoard::supportingRecords(m_case->db(), pair.first, id);
            }
    } catch (const CaseError& e) {
        report(e, tr("find the exhibit's records"));
        return;
    }
    if (!events.isEmpty() || !records.isEmpty())
        emit showInTimeline(events, records);
}

qint64 ProofBoardView::addCharge(const QString& statuteId, qint64 offenderId, std::optional<qint64> victimId) {
    if (!m_case)
        return 0;
    try {
        const StatuteCatalog catalog = StatuteCatalog::load();
        const Statute* st = catalog.find(statuteId);
        if (!st)
            throw CaseError(ErrorKind::Usage, tr("There is no statute template %1.").arg(statuteId));
        const qint64 id = ChargeRepository::add(*m_case, *st, offenderId, victimId);
        m_undo->push(new AddChargeCommand(
            m_case, *st, offenderId, victimId, id, [this] { refresh(); emit caseChanged(); },
            [this](const CaseError& e) { report(e, tr("change the charges")); }));
        refresh();
        selectElement(id, QString());
        emit caseChanged();
        return id;
    } catch (const CaseError& e) {
        report(e, tr("add the charge"));
    }
    return 0;
}

bool ProofBoardView::linkEvent(qint64 chargeId, const QString& elementId, qint64 eventId) {
    if (!m_case)
        return false;
    try {
        for (const ElementLink& l : ChargeRepository::links(m_case->db(), chargeId))
            if (l.elementId == elementId && l.eventId == eventId) {
                MessageBoxes::information(this, tr("Link event"),
                                          tr("Event %1 is already linked to %2 of charge %3.")
                                              .arg(eventId)
                                              .arg(elementId)
                                              .arg(chargeId));
                return false;
            }
        ChargeRepository::linkElement(*m_case, chargeId, elementId, eventId);
        m_undo->push(new LinkElementCommand(
            m_case, chargeId, elementId, eventId, [this] { refresh(); emit caseChanged(); },
            [this](const CaseError& e) { report(e, tr("change the element links")); }));
        refresh();
        selectElement(chargeId, elementId);
        emit caseChanged();
        return true;
    } catch (const CaseError& e) {
        report(e, tr("link the event"));
    }
    return false;
}

void ProofBoardView::addChargeInteractive() {
    if (!m_case)
        return;
    QVector<Statute> statutes;
    QVector<AddChargeDialog::PersonChoice> offenders, victims;
    try {
        statutes = StatuteCatalog::load().statutes();
        for (const Person& p : PersonRepository::list(m_case->db())) {
            const QString label = tr("%1 — %2").arg(p.label(), VocabularyText::roles(p.roles));
            if (p.roles.contains(QStringLiteral("offender")) || p.roles.contains(QStringLiteral("suspect")))
                offenders.append({p.id, label});
            if (p.roles.contains(QStringLiteral("victim")))
                victims.append({p.id, label});
        }
    } catch (const CaseError& e) {
        report(e, tr("prepare the charge"));
        return;
    }
    AddChargeDialog dialog(statutes, offenders, victims, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addCharge(dialog.statuteId(), dialog.offenderId(), dialog.victimId());
}

void ProofBoardView::linkEventInteractive() {
    if (!m_case)
        return;
    QVector<EventSummary> events;
    try {
        events = EventRepository::list(m_case->db());
    } catch (const CaseError& e) {
        report(e, tr("list the events"));
        return;
    }
    const QModelIndex index = m_tree->currentIndex();
    const qint64 chargeId = index.isValid() ? index.data(ProofBoardModel::ChargeIdRole).toLongLong() : 0;
    const QString elementId = index.isValid() ? index.data(ProofBoardModel::ElementIdRole).toString() : QString();
    LinkEventDialog dialog(m_model->board().charges, events, m_zone, chargeId, elementId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    linkEvent(dialog.chargeId(), dialog.elementId(), dialog.eventId());
}

void ProofBoardView::report(const CaseError& error, const QString& action) {
    QString text = CaseErrorText::describe(error, action);
    if (error.kind() == ErrorKind::Usage || error.kind() == ErrorKind::BadInput)
        text += QStringLiteral("\n\n") + error.message();
    MessageBoxes::warning(this, tr("Proof board"), text);
}

} // namespace tessera
