#include "checkpoints/VictimActionDialogs.h"

#include "case/CaseError.h"
#include "checkpoints/VictimOutreach.h"
#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

namespace {

QLabel* intro(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

PhotographDialog::PhotographDialog(Case& c, qint64 personId, const QString& personLabel, QWidget* parent)
    : QDialog(parent), m_case(c), m_personId(personId), m_file(new QLineEdit(this)), m_subject(new QComboBox(this)),
      m_title(new LintedLineEdit(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("photographDialog"));
    setWindowTitle(tr("Add a photograph — %1").arg(personLabel));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro(tr("A photograph of %1's injuries, tattoos or branding, taken with their agreement. It is "
                               "stored encrypted in the case as their exhibit, titled by pseudonym. If they later "
                               "withdraw, it is sealed and flagged for the prosecutor, never destroyed.")
                                .arg(personLabel),
                            this));
    m_file->setObjectName(QStringLiteral("photographFile"));
    m_file->setAccessibleName(tr("Photograph file"));
    markNotProse(m_file); // a path
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("photographBrowse"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_subject->setObjectName(QStringLiteral("photographSubject"));
    m_subject->addItem(tr("Injuries"), QStringLiteral("injuries"));
    m_subject->addItem(tr("Tattoo"), QStringLiteral("tattoo"));
    m_subject->addItem(tr("Branding"), QStringLiteral("branding"));
    m_subject->addItem(tr("Other mark"), QStringLiteral("other"));
    m_title->setObjectName(QStringLiteral("photographTitle"));
    m_title->setPlaceholderText(tr("Photograph (subject) of %1").arg(personLabel));
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Shows:"), m_subject);
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);
    styleProblemLabel(m_problem, QStringLiteral("photographProblem"));
    layout->addWidget(m_problem);
    QPushButton* ok = nullptr;
    layout->addWidget(okCancelButtons(this, tr("&Add photograph"), QStringLiteral("addPhotographButton"), &ok));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Photograph"), {},
                                                          tr("Images (*.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
}

void PhotographDialog::setFilePath(const QString& path) { m_file->setText(path); }

void PhotographDialog::accept() {
    try {
        m_exhibitId = VictimPhotographs::add(m_case, m_file->text().trimmed(), m_personId,
                                             m_subject->currentData().toString(), m_title->text());
    } catch (const CaseError& e) {
        m_problem->setText(e.message());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

ContactDialog::ContactDialog(Case& c, qint64 personId, const QString& personLabel, QWidget* parent)
    : QDialog(parent), m_case(c), m_personId(personId), m_channel(new QComboBox(this)),
      m_when(new QDateTimeEdit(QDateTime::currentDateTime(), this)), m_purpose(new LintedLineEdit(this)),
      m_safeNote(new LintedTextEdit(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Record a contact — %1").arg(personLabel));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro(tr("Reach %1 only in the way they chose, at the times they said are safe: people who "
                               "exploit others often watch phones and messages. Once a defense lawyer is involved, "
                               "contact may go through victim-witness staff. The channel and the safe-contact note "
                               "are never part of a production.")
                                .arg(personLabel),
                            this));
    m_channel->setObjectName(QStringLiteral("contactChannel"));
    m_channel->setEditable(true);
    markNotProse(m_channel->lineEdit()); // a channel, chosen or typed in a few words
    m_channel->lineEdit()->setAccessibleName(tr("Channel"));
    for (const QString& ch : {tr("phone call"), tr("text message"), tr("e-mail"), tr("in person"),
                              tr("through the advocate"), tr("through victim-witness staff")})
        m_channel->addItem(ch);
    m_channel->setCurrentIndex(-1);
    m_channel->lineEdit()->setPlaceholderText(tr("the way they chose"));
    m_when->setObjectName(QStringLiteral("contactWhen"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_purpose->setObjectName(QStringLiteral("contactPurpose"));
    m_purpose->setPlaceholderText(tr("e.g. notice of a court date, a check-in"));
    m_safeNote->setObjectName(QStringLiteral("contactSafeNote"));
    m_safeNote->setPlaceholderText(tr("How it was made safe: the hour, a code word, a safe third person"));
    m_safeNote->setMaximumHeight(80);
    m_safeNote->setTabChangesFocus(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&When (local time):"), m_when);
    form->addRow(tr("&About:"), m_purpose);
    form->addRow(tr("&Safe-contact note:"), m_safeNote);
    layout->addLayout(form);
    styleProblemLabel(m_problem, QStringLiteral("contactProblem"));
    layout->addWidget(m_problem);
    QPushButton* ok = nullptr;
    layout->addWidget(okCancelButtons(this, tr("&Record contact"), QStringLiteral("recordContactButton"), &ok));
}

void ContactDialog::accept() {
    NewContact n;
    n.personId = m_personId;
    n.channel = m_channel->currentText().trimmed();
    n.contactedUtcUs = m_when->dateTime().toMSecsSinceEpoch() * 1000;
    n.purpose = m_purpose->text();
    n.safeNote = m_safeNote->toPlainText();
    try {
        m_contactId = ContactLog::add(m_case, n);
    } catch (const CaseError& e) {
        m_problem->setText(e.message());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

MediaRequestDialog::MediaRequestDialog(Case& c, qint64 personId, const QString& personLabel, QWidget* parent)
    : QDialog(parent), m_case(c), m_personId(personId), m_received(new QDateEdit(QDate::currentDate(), this)),
      m_outlet(new QLineEdit(this)), m_request(new LintedTextEdit(this)), m_response(new LintedTextEdit(this)),
      m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("mediaRequestDialog"));
    setWindowTitle(tr("Record a media request — %1").arg(personLabel));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro(tr("A request from the press that concerns %1. They decide whether they speak or are "
                               "mentioned; the agency controls its own releases. Press releases can identify people "
                               "indirectly: describe the offender's conduct without identifying details.")
                                .arg(personLabel),
                            this));
    m_received->setObjectName(QStringLiteral("mediaReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_outlet->setObjectName(QStringLiteral("mediaOutlet"));
    markNotProse(m_outlet); // a name of an outlet
    m_outlet->setPlaceholderText(tr("newspaper, station or reporter's outlet"));
    m_request->setObjectName(QStringLiteral("mediaRequest"));
    m_request->setPlaceholderText(tr("What was asked"));
    m_request->setMaximumHeight(70);
    m_request->setTabChangesFocus(true);
    m_response->setObjectName(QStringLiteral("mediaResponse"));
    m_response->setPlaceholderText(tr("The agency's answer"));
    m_response->setMaximumHeight(70);
    m_response->setTabChangesFocus(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Received:"), m_received);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Request:"), m_request);
    form->addRow(tr("Re&sponse:"), m_response);
    layout->addLayout(form);
    styleProblemLabel(m_problem, QStringLiteral("mediaProblem"));
    layout->addWidget(m_problem);
    QPushButton* ok = nullptr;
    layout->addWidget(okCancelButtons(this, tr("&Record request"), QStringLiteral("recordMediaButton"), &ok));
}

void MediaRequestDialog::accept() {
    MediaRequest m;
    m.personId = m_personId;
    m.received = m_received->date().toString(Qt::ISODate);
    m.outlet = m_outlet->text();
    m.request = m_request->toPlainText();
    m.response = m_response->toPlainText();
    try {
        m_requestId = MediaRequestLog::add(m_case, m);
    } catch (const CaseError& e) {
        m_problem->setText(e.message());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace tessera
