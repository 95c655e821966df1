#include "exporter/ExportDialog.h"

#include "common/LintedTextEdit.h"

#include "common/DialogParts.h"

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
#include <QVBoxLayout>

namespace tessera {

ExportDialog::ExportDialog(const QString& suggestedFolder, QWidget* parent)
    : QDialog(parent), m_folder(new QLineEdit(this)), m_designation(new QComboBox(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export discovery production"));
    setMinimumWidth(620);

    markNotProse(m_folder); // a path
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setText(suggestedFolder);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_designation->setObjectName(QStringLiteral("exportDesignation"));
    m_designation->addItem(tr("Standard"), QStringLiteral("standard"));
    m_designation->addItem(tr("Sensitive — subject to protective order"), QStringLiteral("sensitive"));
    m_designation->addItem(tr("Attorneys' eyes only"), QStringLiteral("aeo"));

    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Designation:"), m_designation);

    auto* note = new QLabel(tr("The production holds the report (cover, summary, offender timeline, people by "
                               "pseudonym, exhibit index, chain of custody), every exhibit exactly as received, a "
                               "manifest with SHA-256 sums and the case's integrity seal. Bates numbers continue from "
                               "the last production.\n\nIt never holds the prosecution memo or the identity key. Tessera's own "
                               "documents (report, manifest, file names) show people whose identity is protected by "
                               "pseudonym only; the exhibits themselves are produced exactly as received, so they can "
                               "hold names or numbers — choose the sensitive designation when they do."),
                            this);
    note->setWordWrap(true);

    styleProblemLabel(m_problem, QStringLiteral("exportProblem"));

    auto* buttons = okCancelButtons(this, tr("&Export"), QStringLiteral("exportOk"), &m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::validate);
    validate();
}

bool ExportDialog::isUsableFolder(const QString& path) {
    if (path.trimmed().isEmpty())
        return false;
    const QFileInfo info(path);
    if (!info.exists())
        return QFileInfo(info.absolutePath()).isDir();
    return info.isDir() && QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

void ExportDialog::browse() {
    const QString start = QFileInfo(m_folder->text()).absolutePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose an empty folder for the production"), start,
                                                          QFileDialog::ShowDirsOnly |
                                                              QFileDialog::DontUseNativeDialog); // a lock can close it
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

void ExportDialog::setFolder(const QString& path) {
    m_folder->setText(path);
}

void ExportDialog::setDesignation(const QString& name) {
    const int index = m_designation->findData(name);
    if (index >= 0)
        m_designation->setCurrentIndex(index);
}

void ExportDialog::validate() {
    QString problem;
    const QString path = m_folder->text().trimmed();
    if (path.isEmpty())
        problem = tr("Choose a folder for the production.");
    else if (!isUsableFolder(path))
        problem = tr("Choose a new folder, or an empty one: a production never mixes with other files.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

ProductionOptions ExportDialog::options() const {
    ProductionOptions o;
    o.outDir = QFileInfo(m_folder->text().trimmed()).absoluteFilePath();
    o.designation = m_designation->currentData().toString();
    return o;
}

} // namespace tessera
