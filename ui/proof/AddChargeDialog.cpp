#include "proof/AddChargeDialog.h"

#include "common/DialogParts.h"
#include "proof/ProofBoardModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

AddChargeDialog::AddChargeDialog(const QVector<Statute>& statutes, const QVector<PersonChoice>& offenders,
                                 const QVector<PersonChoice>& victims, QWidget* parent)
    : QDialog(parent), m_statutes(statutes), m_statute(new QComboBox(this)), m_offender(new QComboBox(this)),
      m_victim(new QComboBox(this)), m_details(new QLabel(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("addChargeDialog"));
    setWindowTitle(tr("Add charge"));
    setMinimumWidth(620);

    m_statute->setObjectName(QStringLiteral("chargeStatute"));
    m_statute->setAccessibleName(tr("Statute template"));
    for (const Statute& s : m_statutes)
        m_statute->addItem(tr("%1 — %2").arg(s.citation, s.title), s.id);
    m_offender->setObjectName(QStringLiteral("chargeOffender"));
    m_offender->setAccessibleName(tr("Offender"));
    for (const PersonChoice& p : offenders)
        m_offender->addItem(p.label, p.id);
    m_victim->setObjectName(QStringLiteral("chargeVictim"));
    m_victim->setAccessibleName(tr("Victim (optional)"));
    m_victim->addItem(tr("(no victim named)"), 0);
    for (const PersonChoice& p : victims)
        m_victim->addItem(p.label, p.id);

    // Read-only template text (not a free-text field): what the charge will ask to be proven.
    m_details->setObjectName(QStringLiteral("chargeTemplateDetails"));
    m_details->setAccessibleName(tr("Elements of the chosen template"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::StrongFocus);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chargeTemplateScroll"));
    scroll->setAccessibleName(tr("Elements of the chosen template"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    scroll->setMinimumHeight(200);

    auto* form = new QFormLayout;
    form->addRow(tr("&Statute:"), m_statute);
    form->addRow(tr("&Offender:"), m_offender);
    form->addRow(tr("&Victim:"), m_victim);

    styleProblemLabel(m_problem, QStringLiteral("addChargeProblem"));
    auto* buttons = okCancelButtons(this, tr("&Add charge"), QStringLiteral("addChargeOk"), &m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What must be proven:"), this));
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_statute, &QComboBox::currentIndexChanged, this, [this] {
        showTemplate();
        validate();
    });
    connect(m_offender, &QComboBox::currentIndexChanged, this, &AddChargeDialog::validate);
    showTemplate();
    validate();
}

QString AddChargeDialog::statuteId() const {
    return m_statute->currentData().toString();
}

qint64 AddChargeDialog::offenderId() const {
    return m_offender->currentData().toLongLong();
}

std::optional<qint64> AddChargeDialog::victimId() const {
    const qint64 id = m_victim->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

bool AddChargeDialog::setStatuteId(const QString& id) {
    const int i = m_statute->findData(id);
    if (i < 0)
        return false;
    m_statute->setCurrentIndex(i);
    return true;
}

void AddChargeDialog::setPeople(qint64 offenderId, qint64 victimId) {
    const int o = m_offender->findData(offenderId);
    if (o >= 0)
        m_offender->setCurrentIndex(o);
    const int v = m_victim->findData(victimId);
    m_victim->setCurrentIndex(v >= 0 ? v : 0);
}

void AddChargeDialog::showTemplate() {
    const int i = m_statute->currentIndex();
    if (i < 0 || i >= m_statutes.size()) {
        m_details->clear();
        return;
    }
    const Statute& s = m_statutes.at(i);
    QStringList lines;
    for (const StatuteElement& e : s.elements)
        lines << tr("• %1 (%2): %3").arg(e.id, ProofBoardModel::roleText(e.role), e.text) +
                     (e.required ? QString() : tr(" — listed, not counted"));
    lines << QString() << tr("Limitation: %1 (%2)").arg(s.limitationText, s.limitationSource);
    lines << tr("Venue: %1").arg(s.venue);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void AddChargeDialog::validate() {
    QString problem;
    if (m_statute->count() == 0)
        problem = tr("No statute templates are available.");
    else if (m_offender->count() == 0)
        problem = tr("Add a person with the role offender or suspect first.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace tessera
