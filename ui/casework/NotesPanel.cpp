#include "casework/NotesPanel.h"

#include "common/CaseErrorText.h"
#include "common/MessageBoxes.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/AddCaseworkEntryCommand.h"
#include "casework/NoteRepository.h"
#include "casework/ReviseNoteCommand.h"
#include "common/LintedTextEdit.h"
#include "model/ExhibitRepository.h"
#include "model/PersonRepository.h"
#include "time/TimeFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tessera {

NotesPanel::NotesPanel(QUndoStack* undo, QWidget* parent) : QWidget(parent), m_undo(undo) {
    setObjectName(QStringLiteral("notesPanel"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("notesTree"));
    m_tree->setHeaderLabels({tr("#"), tr("About"), tr("Version"), tr("Written"), tr("Text")});
    m_tree->setWordWrap(true);
    m_tree->setAccessibleName(tr("Notes and their versions"));
    m_about = new QComboBox(this);
    m_about->setObjectName(QStringLiteral("noteAboutCombo"));
    m_about->setAccessibleName(tr("What the note is about"));
    m_text = new LintedTextEdit(this); // notes are prose: the writing prompts apply
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setPlaceholderText(tr("Write a note; it is kept, with every later version, and produced to the prosecutor."));
    m_text->setMaximumHeight(110);
    m_text->setAccessibleName(tr("Note text"));
    m_add = new QPushButton(tr("Add note"), this);
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    // A short label in the dock (the full words as tooltip): at 1366 px the long one was cut off (new-user trial).
    m_revise = new QPushButton(tr("Save as new version"), this);
    m_revise->setObjectName(QStringLiteral("reviseNoteButton"));
    m_revise->setToolTip(tr("Save the text as a new version of the selected note (earlier versions are kept)"));
    // "About" on a row of its own, wide enough for "The case" and a person's label; the buttons below it.
    m_about->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_about->setMinimumContentsLength(16);
    auto* aboutRow = new QHBoxLayout;
    aboutRow->addWidget(new QLabel(tr("About:"), this));
    aboutRow->addWidget(m_about, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_revise);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_text);
    layout->addLayout(aboutRow);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addNote);
    connect(m_revise, &QPushButton::clicked, this, &NotesPanel::reviseSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_revise->setEnabled(caseIsWritable(m_case) && selectedNoteId() != 0);
        const QTreeWidgetItem* item = m_tree->currentItem();
        if (item && !item->parent())
            m_text->setPlainText(item->data(4, Qt::UserRole).toString());
    });
    refresh(nullptr);
}

void NotesPanel::refresh(Case* c) {
    m_case = c; // the casework panel clears the undo stack when the case changes

    m_tree->clear();
    m_about->clear();
    m_add->setEnabled(caseIsWritable(c));
    m_revise->setEnabled(false);
    m_text->setReadOnly(c && !caseIsWritable(c)); // a read-only case: nothing typed here could be kept
    if (!c)
        return;
    m_about->addItem(tr("The case"), QStringLiteral("case"));
    for (const Person& p : PersonRepository::list(c->db()))
        m_about->addItem(tr("Person: %1").arg(p.label()), QStringLiteral("person:%1").arg(p.id));
    for (const Exhibit& e : ExhibitRepository::list(c->db()))
        m_about->addItem(tr("Exhibit %1: %2").arg(e.id).arg(e.title.isEmpty() ? e.originalFileName : e.title),
                         QStringLiteral("exhibit:%1").arg(e.id));
    QHash<QString, QString> aboutLabels;
    for (int i = 0; i < m_about->count(); ++i)
        aboutLabels.insert(m_about->itemData(i).toString(), m_about->itemText(i));
    const QString zone = c->settings().value(CaseSettings::Key::DisplayZone);
    // The GUI shows people by pseudonym and has no reveal: a note naming a protected person is listed with the
    // pseudonym ("[V-1]", as in a production); the note itself keeps the words typed (for revising).
    const ProtectedIdentityRedactor redactor(c->db());
    for (const Note& n : NoteRepository::list(c->db())) {
        if (n.withdrawn)
            continue;
        auto* top = new QTreeWidgetItem(m_tree);
        const NoteVersion& cur = n.current();
        top->setText(0, QString::number(n.id));
        top->setData(0, Qt::UserRole, n.id);
        top->setText(1, aboutLabels.value(n.about.text(), n.about.text()));
        top->setText(2, cur.version > 1 ? tr("v%1 (%n earlier)", nullptr, cur.version - 1).arg(cur.version) : tr("v1"));
        top->setText(3, formatLocal(cur.createdUtcUs, zone, TimePrecision::Minute));
        top->setText(4, redactor.redact(cur.text).simplified());
        top->setToolTip(4, redactor.redact(cur.text));
        top->setData(4, Qt::UserRole, cur.text);
        for (int i = n.versions.size() - 2; i >= 0; --i) {
            const NoteVersion& v = n.versions[i];
            auto* child = new QTreeWidgetItem(top);
            child->setText(2, tr("v%1").arg(v.version));
            child->setText(3, formatLocal(v.createdUtcUs, zone, TimePrecision::Minute));
            child->setText(4, redactor.redact(v.text).simplified());
            child->setData(0, Qt::UserRole, n.id);
            for (int col = 2; col < 5; ++col)
                child->setForeground(col, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int col = 0; col < 4; ++col)
        m_tree->resizeColumnToContents(col);
}

void NotesPanel::warnIfProtected(const QString& text) {
    if (!m_case || !ProtectedIdentityRedactor(m_case->db()).containsProtected(text))
        return;
    MessageBoxes::warning(this, tr("Protected name in a note"),
                          tr("The note names a person whose identity is protected. It is saved as written; this "
                             "window and every production show their pseudonym instead. Consider using the "
                             "pseudonym in the note itself."));
}

qint64 NotesPanel::selectedNoteId() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

qint64 NotesPanel::addNote() {
    if (!m_case)
        return 0;
    try {
        const QString text = m_text->toPlainText();
        const qint64 id = NoteRepository::add(*m_case, text, NoteSubject::parse(m_about->currentData().toString()));
        m_undo->push(new AddCaseworkEntryCommand(
            m_case, QStringLiteral("note"), id,
            [this] {
                refresh(m_case);
                emit changed();
            },
            [this](const CaseError& e) { emit failed(tr("change the notes"), e.message()); }));
        m_text->clear();
        refresh(m_case);
        emit changed();
        warnIfProtected(text);
        return id;
    } catch (const CaseError& e) {
        emit failed(tr("add the note"), e.message());
    }
    return 0;
}

int NotesPanel::reviseSelected() {
    const qint64 id = selectedNoteId();
    if (!m_case || !id)
        return 0;
    try {
        QString previous;
        for (const Note& n : NoteRepository::list(m_case->db()))
            if (n.id == id)
                previous = n.current().text;
        const QString text = m_text->toPlainText();
        const int version = NoteRepository::revise(*m_case, id, text);
        m_undo->push(new ReviseNoteCommand(
            m_case, id, previous, text,
            [this] {
                refresh(m_case);
                emit changed();
            },
            [this](const CaseError& e) { emit failed(tr("change the notes"), e.message()); }));
        refresh(m_case);
        emit changed();
        warnIfProtected(text);
        return version;
    } catch (const CaseError& e) {
        emit failed(tr("revise the note"), e.message());
    }
    return 0;
}

} // namespace tessera
