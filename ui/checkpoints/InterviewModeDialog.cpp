#include "checkpoints/InterviewModeDialog.h"
#include "model/CoreWording.h"

#include "common/PaletteColors.h"
#include "lock/AutoLock.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/CheckpointCatalog.h"
#include "checkpoints/CheckpointGateDialog.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/InterviewLedger.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"
#include "model/PersonRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

/// A checkbox whose long text wraps in a label beside it.
QCheckBox* promptRow(QVBoxLayout* layout, const QString& text, const QString& objectName, QWidget* parent) {
    auto* box = new QCheckBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(text);
    auto* label = wrapped(text, parent);
    label->setBuddy(box);
    auto* row = new QHBoxLayout;
    row->addWidget(box, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    layout->addLayout(row);
    return box;
}

} // namespace

QStringList InterviewModeDialog::phases() {
    return {QStringLiteral("before"), QStringLiteral("opening"), QStringLiteral("during"), QStringLiteral("closing")};
}

InterviewModeDialog::InterviewModeDialog(Case& c, qint64 personId, QUndoStack* undoStack, QWidget* parent)
    : QDialog(parent), m_case(c), m_personId(personId), m_undo(undoStack), m_banner(new QLabel(this)),
      m_choiceStatus(new QLabel(this)), m_askInterview(new QPushButton(tr("Ask about the &interview…"), this)),
      m_tabs(new QTabWidget(this)), m_lead(new QLineEdit(this)), m_noteTaker(new QLineEdit(this)),
      m_interpreter(new QLineEdit(this)), m_advocate(new QLineEdit(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("interviewModeDialog"));
    const auto person = PersonRepository::get(c.db(), personId);
    m_label = person ? person->label() : QString::number(personId);
    setWindowTitle(tr("Interview mode — %1").arg(m_label));
    resize(820, 700);
    auto* layout = new QVBoxLayout(this);

    m_banner->setObjectName(QStringLiteral("interviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(8);
    layout->addWidget(m_banner);
    auto* statusRow = new QHBoxLayout;
    m_choiceStatus->setObjectName(QStringLiteral("choiceStatus"));
    m_choiceStatus->setWordWrap(true);
    statusRow->addWidget(m_choiceStatus, 1);
    m_askInterview->setObjectName(QStringLiteral("askInterviewButton"));
    statusRow->addWidget(m_askInterview);
    for (const QString& point : {QStringLiteral("advocate"), QStringLiteral("interpreter"), QStringLiteral("recording")}) {
        const CheckpointPoint* p = CheckpointCatalog::builtIn().find(point);
        auto* b = new QPushButton(p ? CoreWording::translate(p->title).section(QLatin1Char(' '), 0, 0) + QStringLiteral("…") : point, this);
        b->setObjectName(QStringLiteral("ask_%1").arg(point));
        b->setToolTip(tr("Ask about this; it blocks nothing"));
        statusRow->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, point] {
            CheckpointGateDialog gate(m_case, m_personId, m_label, point, m_undo, this);
            gate.exec();
            refreshStatus();
        });
    }
    layout->addLayout(statusRow);
    connect(m_askInterview, &QPushButton::clicked, this, [this] {
        CheckpointGateDialog gate(m_case, m_personId, m_label, QStringLiteral("interview"), m_undo, this);
        gate.exec();
        refreshStatus();
    });

    // Before: who is who, the note-taker, the interpreter's neutrality, the advocate; then the phase prompts.
    auto* people = new QGroupBox(tr("Who is in the room"), this);
    auto* form = new QFormLayout(people);
    m_lead->setObjectName(QStringLiteral("interviewLead"));
    m_lead->setPlaceholderText(tr("agent, prosecutor or forensic interviewer"));
    m_noteTaker->setObjectName(QStringLiteral("interviewNoteTaker"));
    m_noteTaker->setPlaceholderText(tr("one person; every note is discoverable"));
    m_interpreter->setObjectName(QStringLiteral("interviewInterpreter"));
    m_interpreter->setPlaceholderText(tr("leave empty when none is needed"));
    m_advocate->setObjectName(QStringLiteral("interviewAdvocate"));
    m_advocate->setPlaceholderText(tr("leave empty when no advocate is present"));
    for (QLineEdit* e : {m_lead, m_noteTaker, m_interpreter, m_advocate})
        markNotProse(e); // names or roles of people, not prose
    form->addRow(tr("&Leads the interview:"), m_lead);
    form->addRow(tr("Designated &note-taker:"), m_noteTaker);
    form->addRow(tr("I&nterpreter:"), m_interpreter);
    auto* neutralityBox = new QWidget(people);
    auto* nl = new QVBoxLayout(neutralityBox);
    nl->setContentsMargins(0, 0, 0, 0);
    const QStringList neutrality{
        tr("The interpreter has no ties to the person who exploited them — here or in their home country."),
        tr("The interpreter has no ties to the person or to the case, and is not another victim or a family member."),
        tr("The interpreter was briefed beforehand and will keep what is said confidential."),
        tr("The person was asked whether they prefer an interpreter of a particular gender, or by phone.")};
    for (int i = 0; i < neutrality.size(); ++i)
        m_neutrality << promptRow(nl, neutrality[i], QStringLiteral("neutrality%1").arg(i), neutralityBox);
    form->addRow(tr("Neutrality:"), neutralityBox);
    form->addRow(tr("&Advocate present:"), m_advocate);

    const QStringList before{
        tr("Urgent needs come first: food, medical care, sleep, a safe place. An in-depth interview waits until the "
           "person is stable and feels safe."),
        tr("An early short interview only for facts needed for an urgent warrant before evidence disappears."),
        tr("Prior reports read; first responders spoken to; histories checked."),
        tr("A neutral, comfortable place — not a police station or an immigration office where possible."),
        tr("For a minor: a trained forensic interviewer at a Child Advocacy Center, recorded, the team watching from "
           "another room, so the child tells it once."),
        tr("Who leads and who is the single note-taker is decided.")};
    const QStringList opening{
        tr("Everyone introduces themselves and their role."),
        tr("Explain what happens with the information: it cannot be kept from the prosecutor."),
        tr("Promise nothing you cannot guarantee — especially immigration benefits or outcomes."),
        tr("They control breaks, water, where to sit, and when to stop."),
        tr("Plain clothes; no visible weapons or badges where practical."),
        tr("Start by asking whether they are comfortable; “don't guess” and “it's fine to say you don't know”.")};
    const QStringList during{
        tr("Conversational, open-ended questions; no rapid-fire or yes/no questioning."),
        tr("Let them start where they choose; no “why” questions, no “explain to me”, no demand for strict order."),
        tr("It can be easier to describe what happened to others first."),
        tr("Denial, fear, anger, rehearsed answers or loyalty to the trafficker reflect control, not deceit."),
        tr("Fragmented memory and later additions are normal after trauma."),
        tr("Sensory prompts (what did you see, hear, smell) can help."),
        tr("Do not ask “Are you a trafficking victim?” — ask about work, money, freedom to leave, threats."),
        tr("Record their exact words, thoughts and feelings.")};
    const QStringList closing{
        tr("Close with next steps and a contact plan they choose (safe channel, safe times)."),
        tr("Offer referrals — legal, social, mental health; an immigration attorney where status is uncertain."),
        tr("Keep interviews to the minimum needed: every retelling is hard."),
        tr("Keep the door open; people often return several times before they are ready."),
        tr("Tell them how they will be kept informed about the investigation.")};

    auto* beforePage = phasePage(QStringLiteral("before"), before);
    static_cast<QVBoxLayout*>(beforePage->layout())->insertWidget(0, people);
    m_tabs->setObjectName(QStringLiteral("interviewPhases"));
    m_tabs->setAccessibleName(tr("Interview phases"));
    m_tabs->addTab(beforePage, tr("1 · Before"));
    m_tabs->addTab(phasePage(QStringLiteral("opening"), opening), tr("2 · Opening"));
    m_tabs->addTab(phasePage(QStringLiteral("during"), during), tr("3 · During"));
    m_tabs->addTab(phasePage(QStringLiteral("closing"), closing), tr("4 · Closing"));
    layout->addWidget(m_tabs, 1);

    styleProblemLabel(m_problem, QStringLiteral("interviewProblem"));
    layout->addWidget(m_problem);
    layout->addWidget(okCancelButtons(this, tr("&Record the interview"), QStringLiteral("recordInterviewButton"), &m_record));
    for (QLineEdit* e : {m_lead, m_noteTaker, m_interpreter, m_advocate})
        connect(e, &QLineEdit::textChanged, this, &InterviewModeDialog::updateState);
    for (QCheckBox* b : m_neutrality)
        connect(b, &QCheckBox::toggled, this, &InterviewModeDialog::updateState);
    refreshStatus();
}

QWidget* InterviewModeDialog::phasePage(const QString& phase, const QStringList& prompts) {
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Prompts"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Prompts for this phase"));
    auto* inner = new QWidget(scroll);
    auto* l = new QVBoxLayout(inner);
    l->addWidget(wrapped(tr("Tick each prompt as you go; they are kept with the interview record."), inner));
    for (int i = 0; i < prompts.size(); ++i)
        m_prompts[phase] << promptRow(l, prompts[i], QStringLiteral("prompt_%1_%2").arg(phase).arg(i), inner);
    l->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
    return page;
}

void InterviewModeDialog::refreshStatus() {
    if (ClosedCases::isClosed(&m_case)) // the case locked while the gate opened from here was showing
        return;
    Database& db = m_case.db();
    const PolicyAnswer a = VictimChoicePolicy::check(db, VictimAction::RecordInterview, m_personId);
    m_interviewAllowed = a.allowed();
    const int n = InterviewLedger::count(db, m_personId);
    QString banner;
    if (!m_interviewAllowed) {
        banner = a.decision ? tr("%1's interview choice is “%2”. Nothing is recorded until they agree; declining never "
                                 "blocks the work on the offender. Instead: %3")
                                  .arg(m_label, a.state(), a.alternatives.join(QLatin1Char(' ')))
                            : tr("%1 has not been asked about an interview yet. Ask first, and explain what the "
                                 "catalogue lists.")
                                  .arg(m_label);
        m_banner->setStyleSheet(toneBannerStyleSheet(TextTone::Caution, palette()));
    } else if (n > 0) {
        banner = InterviewLedger::repeatWarning(db, m_personId);
        m_banner->setStyleSheet(toneBannerStyleSheet(TextTone::Caution, palette()));
    } else {
        banner = tr("This would be %1's first interview. They agreed to be interviewed; they can stop at any time.")
                     .arg(m_label);
        m_banner->setStyleSheet(toneBannerStyleSheet(TextTone::Calm, palette()));
    }
    m_banner->setText(banner);
    QStringList status;
    status << tr("Interviews so far: %1").arg(n);
    for (const QString& point : {QStringLiteral("advocate"), QStringLiteral("interpreter"), QStringLiteral("recording")}) {
        const auto d = CheckpointLedger::latest(db, m_personId, point);
        const CheckpointPoint* p = CheckpointCatalog::builtIn().find(point);
        status << tr("%1: %2").arg(p ? CoreWording::translate(p->title) : point, d ? d->decision : tr("not asked yet"));
    }
    m_choiceStatus->setText(status.join(QStringLiteral(" · ")));
    m_askInterview->setVisible(!m_interviewAllowed);
    updateState();
}

void InterviewModeDialog::updateState() {
    QString problem;
    if (!m_interviewAllowed)
        problem = tr("The interview choice must be agreed before an interview is recorded.");
    else if (m_lead->text().trimmed().isEmpty())
        problem = tr("Say who leads the interview.");
    else if (m_noteTaker->text().trimmed().isEmpty())
        problem = tr("Name the one designated note-taker.");
    else if (!m_interpreter->text().trimmed().isEmpty())
        for (const QCheckBox* b : m_neutrality)
            if (!b->isChecked())
                problem = tr("Confirm each neutrality question for the interpreter (or reschedule with another).");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_record)
        m_record->setEnabled(problem.isEmpty());
}

void InterviewModeDialog::accept() {
    NewInterview in;
    in.personId = m_personId;
    in.lead = m_lead->text();
    in.noteTaker = m_noteTaker->text();
    in.interpreter = m_interpreter->text();
    in.advocate = m_advocate->text();
    for (const QString& phase : phases()) {
        QJsonArray done;
        const QList<QCheckBox*> boxes = m_prompts.value(phase);
        for (int i = 0; i < boxes.size(); ++i)
            if (boxes[i]->isChecked())
                done.append(i);
        in.prompts.insert(phase, done);
    }
    try {
        InterviewLedger::add(m_case, in);
    } catch (const CaseError& e) {
        m_problem->setText(e.message());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace tessera
