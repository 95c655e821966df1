#include "case/RestoreBackupDialog.h"

#include "common/LintedTextEdit.h"

#include "case/CaseBackups.h"
#include "common/DialogParts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

RestoreBackupDialog::RestoreBackupDialog(const QString& casePath, QWidget* parent)
    : QDialog(parent), m_casePath(casePath), m_note(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_out(new QLineEdit(this)), m_passphrase(new QLineEdit(this)), m_problem(new QLabel(this)) {
    setWindowTitle(tr("Restore a backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    m_note->setObjectName(QStringLiteral("restoreBackupNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    auto* intro = new QLabel(tr("Tessera keeps an encrypted copy of the case each time it is opened after a change. "
                                "A backup is restored as a new case file beside the others; the case itself is not "
                                "changed. Backups open with the case's current passphrase."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size")});
    const QLocale locale;
    for (const BackupInfo& b : CaseBackups::list(casePath)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(QDateTime::fromMSecsSinceEpoch(b.createdUtcUs / 1000).toLocalTime(),
                                         QLocale::ShortFormat));
        item->setText(1, locale.formattedDataSize(b.bytes));
        item->setData(0, Qt::UserRole, b.id);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    m_out->setObjectName(QStringLiteral("restoreOutPath"));
    m_out->setAccessibleName(tr("Restore as"));
    markNotProse(m_out); // a path
    const QFileInfo fi(casePath);
    m_out->setText(fi.dir().filePath(fi.completeBaseName() + tr("-restored") + QStringLiteral(".tessera")));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("restoreBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &RestoreBackupDialog::browse);
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browseButton);

    m_passphrase->setObjectName(QStringLiteral("restorePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    auto* form = new QFormLayout;
    form->addRow(tr("Restore &as:"), outRow);
    form->addRow(tr("Case &passphrase:"), m_passphrase);
    styleProblemLabel(m_problem, QStringLiteral("restoreBackupProblem"));
    auto* buttons = okCancelButtons(this, tr("&Restore"), QStringLiteral("restoreBackupOk"), &m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::validate);
    connect(m_out, &QLineEdit::textChanged, this, &RestoreBackupDialog::validate);
    connect(m_passphrase, &QLineEdit::textChanged, this, &RestoreBackupDialog::validate);
    validate();
    resize(560, 420);
}

RestoreBackupDialog::~RestoreBackupDialog() { m_passphrase->clear(); }

QString RestoreBackupDialog::backupId() const {
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}
QString RestoreBackupDialog::outPath() const { return m_out->text().trimmed(); }
QString RestoreBackupDialog::passphrase() const { return m_passphrase->text(); }

void RestoreBackupDialog::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void RestoreBackupDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Restore the backup as"), outPath(),
                                                      tr("Tessera cases (*.tessera)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite |
                                                          QFileDialog::DontUseNativeDialog); // a lock can close it
    if (!path.isEmpty())
        m_out->setText(path);
}

void RestoreBackupDialog::validate() {
    QString problem;
    if (m_list->topLevelItemCount() == 0)
        problem = tr("This case has no backups yet: one is taken the next time it is opened after a change.");
    else if (backupId().isEmpty())
        problem = tr("Choose a backup.");
    else if (outPath().isEmpty())
        problem = tr("Choose where to put the restored case.");
    else if (QFileInfo::exists(outPath()))
        problem = tr("A file already exists there; choose a new name.");
    else if (m_passphrase->text().isEmpty())
        problem = tr("Enter the case passphrase.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace tessera
