#include "importer/ImportDialog.h"

#include "ingest/PhoneNormalizer.h"

#include "common/LintedTextEdit.h"

#include "common/DialogParts.h"
#include "common/TimeZoneComboBox.h"
#include "ingest/ImportProfile.h"
#include "ingest/RecordImporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTableWidget>
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
      m_title(new LintedLineEdit(this)), m_problem(new QLabel(this)), m_dateOrder(new QComboBox(this)),
      m_preview(new QTableWidget(this)), m_previewNote(new QLabel(this)),
      m_saveProfile(new QPushButton(tr("&Save profile…"), this)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import records"));
    setMinimumWidth(860);

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
    m_dateOrder->setObjectName(QStringLiteral("importDateOrder"));
    m_dateOrder->setAccessibleName(tr("Date order"));
    m_dateOrder->addItem(tr("Decide per column from its values"), QString());
    m_dateOrder->addItem(tr("Day first (15/04/2023)"), QStringLiteral("dmy"));
    m_dateOrder->addItem(tr("Month first (04/15/2023)"), QStringLiteral("mdy"));
    m_dateOrder->addItem(tr("Year first (2023-04-15)"), QStringLiteral("ymd"));
    form->addRow(tr("&Date order:"), m_dateOrder);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the first rows as they will be read"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setMinimumHeight(220);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);
    m_previewNote->setObjectName(QStringLiteral("importPreviewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    m_saveProfile->setObjectName(QStringLiteral("importSaveProfile"));
    m_saveProfile->setToolTip(tr("Save the profile, the column fields, the date order, the time basis and the region "
                                 "as a profile file for the next return in the same layout (tessera-cli import "
                                 "--profile-file)."));

    auto* note = new QLabel(tr("The file is stored inside the encrypted case exactly as received, with its SHA-256. "
                               "Rows that cannot be read are listed in a report kept in the case (row and field, "
                               "never the value); the rest are imported."),
                            this);
    note->setWordWrap(true);

    styleProblemLabel(m_problem, QStringLiteral("importProblem"));

    auto* buttons = okCancelButtons(this, tr("&Import"), QStringLiteral("importOk"), &m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* previewTitle = new QLabel(tr("<b>Preview</b> — the first rows as they will be read; the first line under "
                                       "the column names says which field each column fills, the second what its "
                                       "values are"),
                                    this);
    previewTitle->setWordWrap(true);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview, 1);
    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_previewNote, 1);
    previewRow->addWidget(m_saveProfile);
    layout->addLayout(previewRow);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportDialog::profileChanged);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::validate);
    connect(m_region, &QLineEdit::textChanged, this, &ImportDialog::validate);
    connect(m_timeBasis, &QComboBox::currentTextChanged, this, &ImportDialog::validate);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::refreshPreview);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ImportDialog::validate);
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportDialog::saveProfileInteractive);
    profileChanged();
}

void ImportDialog::browse() {
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                                      tr("Records (*.csv *.tsv *.txt *.ofx *.qfx *.jsonl *.vcf *.ics "
                                                         "*.eml *.gpx);;All files (*)"),
                                                      nullptr, QFileDialog::DontUseNativeDialog); // a lock can close it
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::setFilePath(const QString& path) {
    m_file->setText(path);
    guessProfile();
    refreshPreview();
}

void ImportDialog::guessProfile() {
    // By extension for the structured formats; for tables, the profile whose header names fill the most fields.
    const QString path = filePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QList<QPair<QString, QString>> bySuffix{
        {QStringLiteral("ofx"), QStringLiteral("ofx")},     {QStringLiteral("qfx"), QStringLiteral("ofx")},
        {QStringLiteral("vcf"), QStringLiteral("vcard")},   {QStringLiteral("ics"), QStringLiteral("ics")},
        {QStringLiteral("eml"), QStringLiteral("eml")},     {QStringLiteral("gpx"), QStringLiteral("gpx")},
        {QStringLiteral("jsonl"), QStringLiteral("timesketch-jsonl")}};
    for (const auto& [ext, name] : bySuffix)
        if (suffix == ext) {
            setProfile(name);
            return;
        }
    if (!QFileInfo(path).isFile())
        return;
    QString best;
    int bestScore = 0;
    for (const ImportProfile& p : ImportProfile::all()) {
        if (p.reader != ImportProfile::Reader::Table && p.reader != ImportProfile::Reader::CallDetail)
            continue;
        ImportOptions o;
        o.profile = p.name;
        const RecordImporter::Preview preview = RecordImporter::preview(path, o, 1, 50); // a quick look per profile
        int score = 0;
        if (p.reader == ImportProfile::Reader::CallDetail) {
            bool all = p.hasHeader;
            for (const QString& c : p.columns)
                all = all && preview.columns.contains(c, Qt::CaseInsensitive);
            score = all ? 100 : 0;
        } else {
            bool fits = true;
            for (const QString& need : p.required) {
                bool any = false;
                for (const QString& alt : need.split(QLatin1Char('|')))
                    any = any || preview.fieldOf.contains(alt);
                fits = fits && any;
            }
            for (const QString& f : preview.fieldOf)
                score += f.isEmpty() ? 0 : 1;
            if (!fits)
                score = 0;
        }
        if (score > bestScore) {
            bestScore = score;
            best = p.name;
        }
    }
    if (!best.isEmpty())
        setProfile(best);
}

namespace {
/// A person's words for a detected column type.
QString kindText(const QString& kind) {
    if (kind == QLatin1String("date-dmy"))
        return ImportDialog::tr("date, day first");
    if (kind == QLatin1String("date-mdy"))
        return ImportDialog::tr("date, month first");
    if (kind == QLatin1String("date-ymd"))
        return ImportDialog::tr("date, year first");
    if (kind == QLatin1String("date-ambiguous"))
        return ImportDialog::tr("date — day or month first?");
    if (kind == QLatin1String("amount-comma"))
        return ImportDialog::tr("amount, decimal comma");
    if (kind == QLatin1String("amount-point"))
        return ImportDialog::tr("amount, decimal point");
    if (kind == QLatin1String("time"))
        return ImportDialog::tr("time of day");
    if (kind == QLatin1String("number"))
        return ImportDialog::tr("number (kept as text)");
    if (kind == QLatin1String("identifier"))
        return ImportDialog::tr("identifier (kept as text)");
    if (kind == QLatin1String("empty"))
        return ImportDialog::tr("empty");
    return ImportDialog::tr("text");
}
} // namespace

void ImportDialog::refreshPreview() {
    m_preview->clear();
    m_previewData = {};
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_columns.clear();
    m_kinds.clear();
    m_autoFields.clear();
    m_previewProblem.clear();
    const QString path = filePath();
    const ImportProfile* profile = ImportProfile::find(m_profile->currentData().toString());
    m_tableProfile = profile && profile->reader == ImportProfile::Reader::Table;
    m_saveProfile->setEnabled(false);
    if (path.isEmpty() || !QFileInfo(path).isFile() || !profile) {
        m_previewNote->setText(tr("Choose a file to see how it will be read."));
        validate();
        return;
    }
    ImportOptions o = options();
    o.mapping.clear(); // the profile's own reading, to mark what the user changed
    const RecordImporter::Preview p = RecordImporter::preview(path, o);
    m_previewProblem = p.problem;
    m_hasHeader = p.hasHeader;
    m_columns = p.columns;
    m_kinds = p.kindOf;
    m_autoFields = p.fieldOf;
    m_preview->setColumnCount(static_cast<int>(p.columns.size()));
    m_preview->setHorizontalHeaderLabels(p.columns);
    m_preview->setRowCount(static_cast<int>(p.rows.size()) + 2);
    QStringList rowLabels{tr("Field"), tr("Type")};
    for (int r = 0; r < p.rows.size(); ++r)
        rowLabels << QString::number(r + 1);
    m_preview->setVerticalHeaderLabels(rowLabels);
    QStringList fields{QString()};
    fields += ImportProfile::tableFieldNames();
    for (int c = 0; c < p.columns.size(); ++c) {
        auto* combo = new QComboBox(m_preview);
        combo->setObjectName(QStringLiteral("importColumnField%1").arg(c + 1));
        combo->setAccessibleName(tr("Field filled by column %1").arg(p.columns[c]));
        for (const QString& f : fields)
            combo->addItem(f.isEmpty() ? tr("— (kept in the original fields)") : f, f);
        combo->setCurrentIndex(std::max(0, combo->findData(p.fieldOf.value(c))));
        combo->setEnabled(m_tableProfile);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::showKinds);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::validate);
        m_preview->setCellWidget(0, c, combo);
        m_preview->setItem(1, c, new QTableWidgetItem);
        for (int r = 0; r < p.rows.size(); ++r)
            m_preview->setItem(r + 2, c, new QTableWidgetItem(p.rows[r].value(c)));
    }
    m_previewData = p;
    showKinds();
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::clamp(m_preview->columnWidth(c), 110, 260));
    QString note = p.delimiter.isNull()
                       ? tr("Read as %1.").arg(p.encoding)
                       : tr("Read as %1, columns separated by “%2”, %3.")
                             .arg(p.encoding, p.delimiter == QLatin1Char('\t') ? tr("tab") : QString(p.delimiter),
                                  p.hasHeader ? tr("first row is the header") : tr("no header row"));
    if (!m_tableProfile)
        note += QLatin1Char(' ') + tr("This profile has a fixed layout; the fields cannot be changed.");
    m_previewNote->setText(note);
    m_saveProfile->setEnabled(true);
    validate();
}

void ImportDialog::showKinds() {
    for (int c = 0; c < m_preview->columnCount() && c < m_previewData.kindOf.size(); ++c) {
        const auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, c));
        const QString kind = RecordImporter::columnKind(m_previewData, c, combo ? combo->currentData().toString() : QString());
        QTableWidgetItem* item = m_preview->item(1, c);
        if (!item)
            continue;
        item->setText(kindText(kind));
        item->setForeground(kind == QLatin1String("date-ambiguous") ? palette().brush(QPalette::Highlight)
                                                                    : palette().brush(QPalette::Text));
    }
}

void ImportDialog::setColumnField(int column, const QString& field) {
    if (auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, column)))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
}

void ImportDialog::setDateOrder(const QString& order) {
    m_dateOrder->setCurrentIndex(std::max(0, m_dateOrder->findData(order)));
}

void ImportDialog::saveProfileInteractive() {
    const QString start = QDir::home().filePath(m_profile->currentData().toString() + QStringLiteral(".tessera-profile.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the import profile as"), start,
                                                      tr("Tessera import profiles (*.json)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        saveProfile(path);
}

bool ImportDialog::saveProfile(const QString& path) {
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(RecordImporter::profileJson(options())).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_problem->setText(tr("The profile could not be saved to %1.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_previewNote->setText(tr("Profile saved as %1.").arg(QFileInfo(path).fileName()));
    return true;
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
    refreshPreview();
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
    else if (!m_region->text().isEmpty() && !PhoneNormalizer::isKnownRegion(m_region->text()))
        problem = tr("%1 is not a phone region Tessera knows; enter a two-letter country code, e.g. US, GB or SN.")
                      .arg(m_region->text().toUpper());
    else if (!m_previewProblem.isEmpty())
        problem = tr("The file cannot be read with this profile: %1").arg(m_previewProblem);
    else if (m_dateOrder->currentData().toString().isEmpty()) {
        for (int c = 0; c < m_kinds.size(); ++c) {
            const auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, c));
            const QString field = combo ? combo->currentData().toString() : QString();
            const bool dateField = field == QLatin1String("date") || field == QLatin1String("datetime") ||
                                   field == QLatin1String("end");
            if (dateField && m_kinds[c] == QLatin1String("date-ambiguous")) {
                problem = tr("Column “%1”: its dates could be day first or month first. Choose the date order.")
                              .arg(m_columns.value(c));
                break;
            }
        }
    }
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
    o.dateOrder = m_dateOrder->currentData().toString();
    if (m_tableProfile) {
        // Every column whose field differs from the profile's own reading becomes a mapping; a field moved away from
        // its default column is mapped to the chosen one, which takes precedence.
        for (int c = 0; c < m_columns.size(); ++c) {
            const auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, c));
            const QString field = combo ? combo->currentData().toString() : QString();
            if (!field.isEmpty() && field != m_autoFields.value(c))
                o.mapping.append({field, m_hasHeader ? m_columns[c] : QString::number(c + 1)});
        }
    }
    if (m_returnOf)
        o.returnOfProcess = m_returnOf->currentData().toLongLong();
    if (m_providedBy)
        o.providedByPerson = m_providedBy->currentData().toLongLong();
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

void ImportDialog::setPeople(const QVector<QPair<qint64, QString>>& people) {
    if (people.isEmpty() || m_providedBy)
        return;
    m_providedBy = new QComboBox(this);
    m_providedBy->setObjectName(QStringLiteral("importProvidedBy"));
    m_providedBy->addItem(tr("(not a person's own device or data)"), 0);
    for (const auto& [id, label] : people)
        m_providedBy->addItem(label, id);
    m_providedBy->setToolTip(tr("The file comes from this person's own phone, account or records (an extraction, their "
                                "contacts, calendar, mail, location log). For a person who was trafficked, their "
                                "device-extraction choice is asked first, and only the dates and apps they agreed to "
                                "are imported. A provider's return about a number is legal process, not this."));
    if (auto* form = findChild<QFormLayout*>())
        form->insertRow(form->rowCount(), tr("From the &device of:"), m_providedBy);
}

} // namespace tessera
