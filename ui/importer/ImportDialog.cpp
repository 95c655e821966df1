#include "importer/ImportDialog.h"

#include "common/LintedTextEdit.h"

#include "common/DialogParts.h"
#include "common/TimeZoneComboBox.h"
#include "ingest/ImportProfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tessera {

namespace {

/// A field with its explanation right under it, as one form row (keeps wrapped notes from leaving gaps).
QWidget* withNote(QWidget* field, QLabel* note) {
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    field->setParent(box);
    note->setParent(box);
    layout->addWidget(field);
    layout->addWidget(note);
    box->setFocusProxy(field);
    return box;
}

} // namespace

ImportDialog::ImportDialog(const QString& caseZone, const QString& caseRegion, QWidget* parent)
    : QDialog(parent), m_file(new QLineEdit(this)), m_profile(new QComboBox(this)),
      m_profileDescription(new QLabel(this)), m_timeBasis(new TimeZoneComboBox(this)), m_region(new QLineEdit(this)),
      m_subscriber(new QLineEdit(this)), m_subscriberLabel(new QLabel(tr("&Whose records:"), this)),
      m_title(new LintedLineEdit(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import records"));
    setMinimumWidth(620);

    for (QWidget* e : {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_region), static_cast<QWidget*>(m_subscriber)})
        markNotProse(e); // a path, a country code, an identifier
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("the file as received, e.g. a carrier's call detail records"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_profile->setObjectName(QStringLiteral("importProfile"));
    for (const ImportProfile& p : ImportProfile::all())
        m_profile->addItem(p.name, p.name);
    m_profileDescription->setObjectName(QStringLiteral("importProfileDescription"));
    m_profileDescription->setWordWrap(true);
    m_profileDescription->setForegroundRole(QPalette::PlaceholderText);

    m_timeBasis->setObjectName(QStringLiteral("importTimeBasis"));
    m_timeBasis->addLeadingEntry(tr("Case zone (assumed) — %1").arg(caseZone), QString());
    m_timeBasis->setCurrentIndex(0);
    auto* basisNote = new QLabel(tr("Choose the zone the source states for its times (carriers often use UTC). If the "
                                    "source does not say, keep the case zone: every record is then marked "
                                    "“zone assumed”. Times that carry their own zone keep it."),
                                 this);
    basisNote->setObjectName(QStringLiteral("importTimeBasisNote"));
    basisNote->setWordWrap(true);
    basisNote->setForegroundRole(QPalette::PlaceholderText);

    m_region->setObjectName(QStringLiteral("importRegion"));
    m_region->setText(caseRegion);
    m_region->setMaxLength(2);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    m_region->setToolTip(tr("Two-letter country code for phone numbers written without a country code."));
    m_subscriber->setObjectName(QStringLiteral("importSubscriber"));
    m_subscriber->setPlaceholderText(tr("the phone number or id these records belong to"));
    m_subscriberLabel->setBuddy(m_subscriber);
    m_title->setObjectName(QStringLiteral("importExhibitTitle"));
    m_title->setPlaceholderText(tr("the file name"));

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Profile:"), withNote(m_profile, m_profileDescription));
    form->addRow(tr("&Time basis:"), withNote(m_timeBasis, basisNote));
    form->addRow(tr("Phone &region:"), m_region);
    form->addRow(m_subscriberLabel, m_subscriber);
    form->addRow(tr("&Exhibit title:"), m_title);

    auto* note = new QLabel(tr("The file is stored inside the encrypted case exactly as received, with its SHA-256. "
                               "Rows that cannot be read are listed in a report kept in the case (row and field, "
                               "never the value); the rest are imported."),
                            this);
    note->setWordWrap(true);

    styleProblemLabel(m_problem, QStringLiteral("importProblem"));

    auto* buttons = okCancelButtons(this, tr("&Import"), QStringLiteral("importOk"), &m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportDialog::profileChanged);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::validate);
    connect(m_region, &QLineEdit::textChanged, this, &ImportDialog::validate);
    connect(m_timeBasis, &QComboBox::currentTextChanged, this, &ImportDialog::validate);
    profileChanged();
}

void ImportDialog::browse() {
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                                      tr("Records (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::setFilePath(const QString& path) {
    m_file->setText(path);
}

void ImportDialog::setProfile(const QString& name) {
    const int index = m_profile->findData(name);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

void ImportDialog::profileChanged() {
    const ImportProfile* p = ImportProfile::find(m_profile->currentData().toString());
    m_profileDescription->setText(p ? p->description : QString());
    const bool needsSubscriber = p && p->name == QLatin1String("cdr-bandicoot");
    m_subscriber->setEnabled(needsSubscriber);
    m_subscriberLabel->setEnabled(needsSubscriber);
    m_subscriber->setToolTip(needsSubscriber ? QString() : tr("This layout names the subscriber on every row."));
    validate();
    // The description's height changes with the profile: let the dialog grow rather than squeeze the notes.
    if (layout()) {
        layout()->activate();
        resize(width(), qMax(height(), sizeHint().height()));
    }
}

void ImportDialog::validate() {
    QString problem;
    const QString path = filePath();
    if (path.isEmpty())
        problem = tr("Choose the file to import.");
    else if (!QFileInfo(path).isFile())
        problem = tr("There is no file at that path.");
    else if (!m_timeBasis->hasValidValue())
        problem = tr("Choose a time basis from the list (a zone, UTC, or the case zone).");
    else if (!m_region->text().isEmpty() && m_region->text().size() != 2)
        problem = tr("Enter a two-letter phone region, e.g. US.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

QString ImportDialog::filePath() const {
    return m_file->text().trimmed();
}

ImportOptions ImportDialog::options() const {
    ImportOptions o;
    o.profile = m_profile->currentData().toString();
    o.timeBasis = m_timeBasis->value();
    o.region = m_region->text().toUpper();
    if (m_subscriber->isEnabled())
        o.subscriber = m_subscriber->text().trimmed();
    o.exhibitTitle = m_title->text().trimmed();
    if (m_returnOf)
        o.returnOfProcess = m_returnOf->currentData().toLongLong();
    return o;
}

void ImportDialog::setLegalProcesses(const QVector<QPair<qint64, QString>>& processes) {
    if (processes.isEmpty() || m_returnOf)
        return;
    m_returnOf = new QComboBox(this);
    m_returnOf->setObjectName(QStringLiteral("importReturnOf"));
    m_returnOf->addItem(tr("(not a return of legal process)"), 0);
    for (const auto& [id, label] : processes)
        m_returnOf->addItem(label, id);
    m_returnOf->setToolTip(tr("Records outside the process's identifiers or time window are kept but quarantined: left "
                              "out of analysis and listed for the prosecutor."));
    if (auto* form = findChild<QFormLayout*>())
        form->insertRow(form->rowCount(), tr("Return &of:"), m_returnOf);
}

} // namespace tessera
