#include "checkpoints/CheckpointGateDialog.h"
#include "model/CoreWording.h"

#include "common/SecretClipboard.h"

#include "case/Case.h"
#include "checkpoints/CheckpointCatalog.h"
#include "checkpoints/RecordCheckpointCommand.h"
#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"
#include "common/OptionalDateEdit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUndoStack>
#include <QShowEvent>
#include <QVBoxLayout>

namespace tessera {

namespace {
QLabel* wrapped(const QString& text, QWidget* parent, const QString& objectName = {}) {
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    return l;
}
} // namespace

CheckpointGateDialog::CheckpointGateDialog(Case& c, qint64 personId, const QString& personLabel, const QString& pointId,
                                           QUndoStack* undoStack, QWidget* parent)
    : QDialog(parent), m_case(c), m_personId(personId), m_point(CheckpointCatalog::builtIn().find(pointId)),
      m_undo(undoStack), m_answers(new QButtonGroup(this)), m_agreed(new QRadioButton(tr("Agreed"), this)),
      m_declined(new QRadioButton(tr("Declined"), this)), m_deferred(new QRadioButton(tr("Not now — ask later"), this)),
      m_advocate(new QCheckBox(tr("An advocate or support person is present"), this)),
      m_note(new LintedTextEdit(this)), m_alternatives(new QGroupBox(tr("Other ways to build the case"), this)),
      m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("checkpointGateDialog"));
    Q_ASSERT(m_point);
    setWindowTitle(tr("%1 — %2").arg(personLabel, m_point ? CoreWording::translate(m_point->title) : pointId));
    setMinimumWidth(620);
    auto* layout = new QVBoxLayout(this);

    auto* title = wrapped(CoreWording::translate(m_point->title), this, QStringLiteral("gateTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto* question = wrapped(tr("Ask %1: “%2”").arg(personLabel, CoreWording::translate(m_point->question)), this, QStringLiteral("gateQuestion"));
    layout->addWidget(question);
    layout->addWidget(wrapped(tr("Who decides: %1").arg(m_point->whoDecides), this));

    auto* explainBox = new QGroupBox(tr("First explain — tick each point once it is explained"), this);
    explainBox->setObjectName(QStringLiteral("explainChecklist"));
    auto* explainLayout = new QVBoxLayout(explainBox);
    for (int i = 0; i < m_point->explain.size(); ++i) {
        // Long items wrap: a checkbox does not, so its text sits in a label beside the box.
        auto* box = new QCheckBox(explainBox);
        box->setObjectName(QStringLiteral("explainItem%1").arg(i));
        box->setAccessibleName(m_point->explain[i]);
        auto* row = new QHBoxLayout;
        row->addWidget(box, 0, Qt::AlignTop);
        auto* label = wrapped(m_point->explain[i], explainBox);
        label->setBuddy(box);
        row->addWidget(label, 1);
        explainLayout->addLayout(row);
        m_explain << box;
        connect(box, &QCheckBox::toggled, this, &CheckpointGateDialog::updateState);
    }
    layout->addWidget(explainBox);
    layout->addWidget(wrapped(tr("Changing their mind: %1").arg(m_point->withdrawalHow), this));
    if (m_point->neverConditionedOnCooperation) {
        auto* cp = wrapped(tr("Continued Presence is never conditioned on cooperation. Never offer, delay or withhold "
                              "it as leverage."),
                           this, QStringLiteral("neverConditionedNote"));
        QFont bold = cp->font();
        bold.setBold(true);
        cp->setFont(bold);
        layout->addWidget(cp);
    }

    auto* answerBox = new QGroupBox(tr("Their answer"), this);
    auto* answerLayout = new QHBoxLayout(answerBox);
    m_agreed->setObjectName(QStringLiteral("answerAgreed"));
    m_declined->setObjectName(QStringLiteral("answerDeclined"));
    m_deferred->setObjectName(QStringLiteral("answerDeferred"));
    for (QRadioButton* b : {m_agreed, m_declined, m_deferred}) {
        m_answers->addButton(b);
        answerLayout->addWidget(b);
        connect(b, &QRadioButton::toggled, this, &CheckpointGateDialog::updateState);
    }
    answerLayout->addStretch(1);
    layout->addWidget(answerBox);

    if (m_point->scoped) {
        m_scopeBox = new QGroupBox(tr("What they agreed to (leave open for no limit)"), this);
        m_scopeBox->setObjectName(QStringLiteral("scopeBox"));
        auto* form = new QFormLayout(m_scopeBox);
        m_scopeFrom = new OptionalDateEdit(tr("From"), m_scopeBox);
        m_scopeFrom->setObjectName(QStringLiteral("scopeFrom"));
        m_scopeTo = new OptionalDateEdit(tr("To"), m_scopeBox);
        m_scopeTo->setObjectName(QStringLiteral("scopeTo"));
        m_scopeItems = new QLineEdit(m_scopeBox);
        m_scopeItems->setObjectName(QStringLiteral("scopeItems"));
        markNotProse(m_scopeItems); // a list of apps or items, not prose
        m_scopeItems->setPlaceholderText(tr("e.g. WhatsApp, Photos — separated by commas"));
        form->addRow(tr("First date:"), m_scopeFrom);
        form->addRow(tr("Last date:"), m_scopeTo);
        form->addRow(tr("Only these items:"), m_scopeItems);
        layout->addWidget(m_scopeBox);
        connect(m_scopeFrom, &OptionalDateEdit::changed, this, &CheckpointGateDialog::updateState);
        connect(m_scopeTo, &OptionalDateEdit::changed, this, &CheckpointGateDialog::updateState);
    }

    m_advocate->setObjectName(QStringLiteral("advocatePresent"));
    layout->addWidget(m_advocate);
    m_note->setObjectName(QStringLiteral("gateNote"));
    SecretClipboard::protectField(m_note); // safe-contact times and ways: copied with the secret hint
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note (optional; stays in the case, never in a production)"));
    m_note->setMaximumHeight(70);
    m_note->setTabChangesFocus(true);
    layout->addWidget(m_note);

    m_alternatives->setObjectName(QStringLiteral("alternativesBox"));
    auto* altLayout = new QVBoxLayout(m_alternatives);
    altLayout->addWidget(wrapped(tr("Declining is their right and never blocks the work on the offender. "
                                    "These sources can answer the same questions:"),
                                 m_alternatives));
    for (const QString& a : m_point->ifDeclined)
        altLayout->addWidget(wrapped(QStringLiteral("• ") + a, m_alternatives));
    layout->addWidget(m_alternatives);

    styleProblemLabel(m_problem, QStringLiteral("gateProblem"));
    layout->addWidget(m_problem);
    layout->addWidget(okCancelButtons(this, tr("&Record"), QStringLiteral("recordDecisionButton"), &m_record));
    updateState();
}

NewCheckpointDecision CheckpointGateDialog::decision() const {
    NewCheckpointDecision d;
    d.personId = m_personId;
    d.point = m_point->id;
    d.decision = m_agreed->isChecked()     ? QStringLiteral("agreed")
                 : m_declined->isChecked() ? QStringLiteral("declined")
                 : m_deferred->isChecked() ? QStringLiteral("deferred")
                                           : QString();
    bool allExplained = !m_explain.isEmpty();
    for (const QCheckBox* b : m_explain)
        allExplained = allExplained && b->isChecked();
    d.explained = allExplained;
    d.advocatePresent = m_advocate->isChecked();
    d.note = m_note->toPlainText().trimmed();
    if (m_scopeBox && m_agreed->isChecked()) {
        d.scopeFrom = m_scopeFrom->text();
        d.scopeTo = m_scopeTo->text();
        for (const QString& item : m_scopeItems->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty())
                d.scopeItems << item.trimmed();
    }
    return d;
}

void CheckpointGateDialog::updateState() {
    const NewCheckpointDecision d = decision();
    const bool no = m_declined->isChecked();
    m_alternatives->setVisible(no || m_deferred->isChecked());
    if (m_scopeBox)
        m_scopeBox->setEnabled(m_agreed->isChecked());
    QString problem;
    if (d.decision.isEmpty())
        problem = tr("Choose their answer.");
    else if (d.decision == QLatin1String("agreed") && !d.explained)
        problem = tr("Tick each point once it is explained: an agreement is informed.");
    else if (!d.scopeFrom.isEmpty() && !d.scopeTo.isEmpty() && d.scopeFrom > d.scopeTo)
        problem = tr("The first date is after the last date.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_record)
        m_record->setEnabled(problem.isEmpty());
    if (isVisible())
        fitHeight();
}

void CheckpointGateDialog::fitHeight() {
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void CheckpointGateDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    fitHeight();
}

void CheckpointGateDialog::accept() {
    auto* cmd = new RecordCheckpointCommand(m_case, decision(),
                                            tr("Record %1: %2").arg(CoreWording::translate(m_point->title), decision().decision));
    QString error;
    if (!cmd->execute(&error)) {
        delete cmd;
        m_problem->setText(error);
        m_problem->setVisible(true);
        return;
    }
    m_recordedId = cmd->lastEntryId();
    if (m_undo)
        m_undo->push(cmd);
    else
        delete cmd;
    QDialog::accept();
}

} // namespace tessera
