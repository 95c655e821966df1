#include "casework/CertifyExhibitDialog.h"
#include "model/CoreWording.h"

#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"
#include "common/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

CertifyExhibitDialog::CertifyExhibitDialog(const QVector<Exhibit>& exhibits, qint64 preselect, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("certifyExhibitDialog"));
    setWindowTitle(tr("Record authentication"));
    m_exhibit = new QComboBox(this);
    m_exhibit->setObjectName(QStringLiteral("certifyExhibitCombo"));
    int chosen = -1;
    for (const Exhibit& x : exhibits) {
        const QString how = x.authenticationMethod.isEmpty() ? tr("no authentication recorded")
                                                             : tr("admitted by %1").arg(x.authenticationMethod);
        m_exhibit->addItem(tr("Exhibit %1 · %2 · %3 · %4")
                               .arg(x.id)
                               .arg(CoreWording::kind(x.kind), x.title.isEmpty() ? x.originalFileName : x.title, how),
                           x.id);
        if (chosen < 0 && (preselect ? x.id == preselect : x.authenticationMethod.isEmpty() && !x.victimSourced))
            chosen = m_exhibit->count() - 1;
    }
    if (chosen >= 0)
        m_exhibit->setCurrentIndex(chosen);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("certifyMethodCombo"));
    m_method->addItem(tr("Certified business record — FRE 803(6), 902(11)"), QStringLiteral("business-record"));
    m_method->addItem(tr("Hash certificate of a device or file copy — FRE 902(14)"), QStringLiteral("hash-certificate"));
    m_method->addItem(tr("Custodian who will testify — FRE 901(b)(1)"), QStringLiteral("custodian"));
    m_method->addItem(tr("Officer who will testify — FRE 901(b)(1)"), QStringLiteral("officer"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("certifyCertificateEdit"));
    m_certificate->setPlaceholderText(tr("the signed certificate (PDF, image or text)"));
    m_certificate->setAccessibleName(tr("Certificate file"));
    markNotProse(m_certificate); // a path
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("certifyBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the certificate file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_certificate, 1);
    fileRow->addWidget(m_browse);
    m_notice = new OptionalDateEdit(tr("Served"), this);
    m_notice->setObjectName(QStringLiteral("certifyNoticeEdit"));
    m_notice->setAccessibleFieldName(tr("Notice served on the adverse party"));
    m_witness = new QLineEdit(this);
    m_witness->setObjectName(QStringLiteral("certifyWitnessEdit"));
    m_witness->setPlaceholderText(tr("a role or a name — never a victim's name"));
    m_witness->setAccessibleName(tr("Witness"));
    markNotProse(m_witness); // a name or role
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    styleProblemLabel(m_hint, QStringLiteral("certifyHint"));
    auto* note = new QLabel(tr("The certificate is stored in the case as its own exhibit, with its SHA-256 and chain of "
                               "custody. Undo puts the exhibit's previous authentication back; the certificate stays in "
                               "the case."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Exhibit:"), m_exhibit);
    form->addRow(tr("&Admitted as:"), m_method);
    auto* certificateLabel = new QLabel(tr("&Certificate:"), this); // a row of two widgets: name its editor
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, fileRow);
    form->addRow(tr("&Notice served:"), m_notice);
    form->addRow(tr("&Witness:"), m_witness);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_hint);
    layout->addWidget(okCancelButtons(this, tr("&Record"), QStringLiteral("certifyOkButton"), &m_ok));
    connect(m_browse, &QPushButton::clicked, this, &CertifyExhibitDialog::browse);
    connect(m_method, &QComboBox::currentIndexChanged, this, &CertifyExhibitDialog::refreshHints);
    connect(m_exhibit, &QComboBox::currentIndexChanged, this, &CertifyExhibitDialog::refreshHints);
    connect(m_certificate, &QLineEdit::textChanged, this, &CertifyExhibitDialog::refreshHints);
    connect(m_notice, &OptionalDateEdit::changed, this, &CertifyExhibitDialog::refreshHints);
    setMinimumWidth(640);
    refreshHints();
}

void CertifyExhibitDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the certificate"), QString(),
                                                      tr("Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_certificate->setText(path);
}

void CertifyExhibitDialog::refreshHints() {
    const QString method = m_method->currentData().toString();
    const bool certified = method == QLatin1String("business-record") || method == QLatin1String("hash-certificate");
    m_certificate->setEnabled(certified);
    m_browse->setEnabled(certified);
    m_notice->setEnabled(certified);
    QStringList hints;
    if (m_exhibit->count() == 0)
        hints << tr("The case has no exhibit yet.");
    if (certified && m_certificate->text().trimmed().isEmpty())
        hints << tr("No certificate attached yet: the record can be admitted without a witness only with the signed "
                    "certificate.");
    if (certified && !m_notice->hasDate())
        hints << tr("No notice date yet: FRE 902(11) and 902(14) need written notice to the adverse party before trial.");
    m_hint->setText(hints.join(QLatin1Char('\n')));
    m_hint->setVisible(!hints.isEmpty());
    m_ok->setEnabled(m_exhibit->count() > 0);
}

qint64 CertifyExhibitDialog::exhibitId() const { return m_exhibit->currentData().toLongLong(); }

Certification CertifyExhibitDialog::certification() const {
    Certification c;
    c.method = m_method->currentData().toString();
    const bool certified = c.method == QLatin1String("business-record") || c.method == QLatin1String("hash-certificate");
    if (certified) {
        c.certificateFile = m_certificate->text().trimmed();
        c.noticeServed = m_notice->text();
    }
    c.witness = m_witness->text().trimmed();
    return c;
}

} // namespace tessera
