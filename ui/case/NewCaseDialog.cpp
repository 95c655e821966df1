#include "case/NewCaseDialog.h"

#include "ingest/PhoneNormalizer.h"

#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"
#include "common/TimeZoneComboBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tessera {

namespace {

QLineEdit* secretEdit(QWidget* parent, const QString& objectName) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return e;
}

} // namespace

NewCaseDialog::NewCaseDialog(QWidget* parent, const QString& folder)
    : QDialog(parent), m_folder(folder), m_title(new LintedLineEdit(this)), m_caseNumber(new QLineEdit(this)),
      m_path(new QLineEdit(this)), m_zone(new TimeZoneComboBox(this)), m_region(new QLineEdit(this)),
      m_agency(new QLineEdit(this)), m_investigator(new QLineEdit(this)),
      m_passphrase(secretEdit(this, QStringLiteral("newCasePassphrase"))),
      m_repeat(secretEdit(this, QStringLiteral("newCasePassphraseRepeat"))), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New case"));
    setMinimumWidth(560);
    if (m_folder.isEmpty()) {
        m_folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (m_folder.isEmpty() || !QDir(m_folder).exists())
            m_folder = QDir::homePath();
    }

    m_title->setObjectName(QStringLiteral("newCaseTitle"));
    m_title->setPlaceholderText(tr("e.g. Harbor Street investigation"));
    for (QWidget* e : {static_cast<QWidget*>(m_caseNumber), static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_region),
                       static_cast<QWidget*>(m_agency), static_cast<QWidget*>(m_investigator)})
        markNotProse(e); // numbers, paths, codes and names: not prose
    m_caseNumber->setObjectName(QStringLiteral("newCaseNumber"));
    m_caseNumber->setPlaceholderText(tr("e.g. 2024-HT-0117"));
    m_path->setObjectName(QStringLiteral("newCasePath"));
    m_zone->setObjectName(QStringLiteral("newCaseZone"));
    m_zone->setValue(TimeZoneComboBox::systemZoneId());
    m_region->setObjectName(QStringLiteral("newCaseRegion"));
    m_region->setText(QStringLiteral("US"));
    m_region->setMaxLength(2);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    m_region->setToolTip(
        tr("Two-letter country code (ISO 3166) used for phone numbers written without a country code."));
    m_agency->setObjectName(QStringLiteral("newCaseAgency"));
    m_investigator->setObjectName(QStringLiteral("newCaseInvestigator"));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("newCaseBrowse"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* caseBox = new QGroupBox(tr("Case"), this);
    auto* caseForm = new QFormLayout(caseBox);
    caseForm->addRow(tr("&Title:"), m_title);
    caseForm->addRow(tr("Case &number:"), m_caseNumber);
    auto* pathLabel = new QLabel(tr("Case &file:"), this);
    pathLabel->setBuddy(m_path);
    caseForm->addRow(pathLabel, pathRow);
    auto* fileNote = new QLabel(tr("The file name comes from the case number, never from a person's name."), this);
    fileNote->setWordWrap(true);
    fileNote->setForegroundRole(QPalette::PlaceholderText);
    caseForm->addRow(QString(), fileNote);
    caseForm->addRow(tr("&Display time zone:"), m_zone);
    caseForm->addRow(tr("Phone &region:"), m_region);
    caseForm->addRow(tr("&Agency:"), m_agency);
    caseForm->addRow(tr("&Investigator:"), m_investigator);

    auto* passBox = new QGroupBox(tr("Passphrase"), this);
    auto* passForm = new QFormLayout(passBox);
    auto* passNote = new QLabel(tr("The case file is encrypted with this passphrase. Use at least %1 characters. "
                                   "Tessera cannot recover a lost passphrase: keep it safe.")
                                    .arg(kMinPassphraseLength),
                                this);
    passNote->setWordWrap(true);
    passForm->addRow(passNote);
    passForm->addRow(tr("&Passphrase:"), m_passphrase);
    passForm->addRow(tr("&Repeat passphrase:"), m_repeat);

    styleProblemLabel(m_problem, QStringLiteral("newCaseProblem"));

    auto* buttons = okCancelButtons(this, tr("&Create case"), QStringLiteral("createCaseButton"), &m_create);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caseBox);
    layout->addWidget(passBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &NewCaseDialog::browse);
    connect(m_caseNumber, &QLineEdit::textChanged, this, &NewCaseDialog::updateSuggestion);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    for (QLineEdit* e : {static_cast<QLineEdit*>(m_title), m_caseNumber, m_path, m_region, m_passphrase, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &NewCaseDialog::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &NewCaseDialog::validate);

    updateSuggestion();
    validate();
    m_title->setFocus();
}

NewCaseDialog::~NewCaseDialog() {
    m_passphrase->clear();
    m_repeat->clear();
}

QString NewCaseDialog::suggestedFileName(const QString& caseNumber) {
    QString base = caseNumber.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^[-.]+|[-.]+$")));
    if (base.isEmpty())
        base = QStringLiteral("new-case");
    return base + QStringLiteral(".tessera");
}

void NewCaseDialog::updateSuggestion() {
    if (m_pathChosen)
        return;
    m_path->setText(QDir(m_folder).filePath(suggestedFileName(m_caseNumber->text())));
}

void NewCaseDialog::browse() {
    QString start =
        m_path->text().isEmpty() ? QDir(m_folder).filePath(suggestedFileName(m_caseNumber->text())) : m_path->text();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save the new case as"), start, tr("Tessera cases (*.tessera)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite | QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tessera");
    m_pathChosen = true;
    m_path->setText(path);
}

QString NewCaseDialog::problem() const {
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the case a title.");
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return tr("Choose where to save the case file.");
    if (QFileInfo::exists(path))
        return tr("A file already exists there; choose another name. Tessera never overwrites a file.");
    if (!QFileInfo(path).absoluteDir().exists())
        return tr("The folder for the case file does not exist.");
    if (!m_zone->hasValidValue())
        return tr("Choose a display time zone from the list.");
    if (m_region->text().size() != 2)
        return tr("Enter a two-letter phone region, e.g. US.");
    if (!PhoneNormalizer::isKnownRegion(m_region->text()))
        return tr("%1 is not a phone region Tessera knows; enter a two-letter country code, e.g. US, GB or SN.")
            .arg(m_region->text().toUpper());
    if (m_passphrase->text().size() < kMinPassphraseLength)
        return tr("The passphrase needs at least %1 characters.").arg(kMinPassphraseLength);
    if (m_passphrase->text() != m_repeat->text())
        return tr("The two passphrases do not match yet.");
    return {};
}

void NewCaseDialog::validate() {
    const QString p = problem();
    m_problem->setText(p);
    m_create->setEnabled(p.isEmpty());
}

QString NewCaseDialog::casePath() const {
    return QFileInfo(m_path->text().trimmed()).absoluteFilePath();
}

NewCaseOptions NewCaseDialog::options() const {
    NewCaseOptions o;
    o.title = m_title->text().trimmed();
    o.caseNumber = m_caseNumber->text().trimmed();
    o.displayZone = m_zone->value();
    o.region = m_region->text().toUpper();
    o.agency = m_agency->text().trimmed();
    o.investigator = m_investigator->text().trimmed();
    return o;
}

QString NewCaseDialog::passphrase() const {
    return m_passphrase->text();
}

} // namespace tessera
