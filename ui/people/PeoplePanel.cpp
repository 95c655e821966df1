#include "people/PeoplePanel.h"

#include "people/VocabularyText.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tessera {

namespace {
constexpr int kPersonIdRole = Qt::UserRole + 1;
}

PeoplePanel::PeoplePanel(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_addPerson(new QPushButton(tr("Add &person…"), this)),
      m_addIdentifier(new QPushButton(tr("Add &identifier…"), this)),
      m_choices(new QPushButton(tr("&Choices and interviews…"), this)) {
    setObjectName(QStringLiteral("peoplePanel"));
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setAccessibleName(tr("People; choose one to show their timeline"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(3);
    m_addPerson->setObjectName(QStringLiteral("addPersonButton"));
    m_addIdentifier->setObjectName(QStringLiteral("addIdentifierButton"));
    m_choices->setObjectName(QStringLiteral("choicesButton"));
    m_choices->setToolTip(tr("The person's choices, interviews and benefits"));

    auto* note = new QLabel(tr("People who were trafficked appear by pseudonym. Choose a person to see their "
                               "timeline."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_addPerson);
    layout->addWidget(m_addIdentifier);
    layout->addWidget(m_choices);

    connect(m_addPerson, &QPushButton::clicked, this, &PeoplePanel::addPersonRequested);
    connect(m_addIdentifier, &QPushButton::clicked, this, &PeoplePanel::addIdentifierRequested);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        const qint64 id = current ? current->data(kPersonIdRole).toLongLong() : 0;
        m_choices->setEnabled(m_withChoices.contains(id));
        emit personSelected(id);
    });
    connect(m_choices, &QPushButton::clicked, this, [this] { emit choicesRequested(selectedPersonId()); });
    clear();
}

void PeoplePanel::clear() {
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_labels.clear();
    m_withChoices.clear();
    m_addPerson->setEnabled(false);
    m_choices->setEnabled(false);
    m_addIdentifier->setEnabled(false);
}

void PeoplePanel::setPeople(const QVector<Person>& people, const QHash<qint64, int>& identifierCounts) {
    const qint64 selected = selectedPersonId();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        m_labels.clear();
        m_withChoices.clear();
        auto* everyone = new QListWidgetItem(tr("Everyone\nall records and events"), m_list);
        everyone->setData(kPersonIdRole, qint64(0));
        QFont bold = everyone->font();
        bold.setBold(true);
        everyone->setFont(bold);
        for (const Person& p : people) {
            const QString label = p.label();
            m_labels.insert(p.id, label);
            if (p.roles.contains(QStringLiteral("victim")) || p.roles.contains(QStringLiteral("witness")) || p.isProtected)
                m_withChoices.insert(p.id);
            const int ids = identifierCounts.value(p.id);
            const QString idText = ids == 1 ? tr("1 identifier") : tr("%1 identifiers").arg(ids);
            auto* item = new QListWidgetItem(
                QStringLiteral("%1\n%2 · %3").arg(label, VocabularyText::roles(p.roles), idText), m_list);
            item->setData(kPersonIdRole, p.id);
            item->setToolTip(p.isProtected ? tr("%1: identity protected; shown by pseudonym everywhere").arg(label)
                                           : label);
        }
        m_list->setCurrentRow(0);
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->data(kPersonIdRole).toLongLong() == selected)
                m_list->setCurrentRow(row);
    }
    m_addPerson->setEnabled(!m_readOnly);
    m_addIdentifier->setEnabled(!m_readOnly && !people.isEmpty());
    m_choices->setEnabled(m_withChoices.contains(selectedPersonId()));
    if (selectedPersonId() != selected)
        emit personSelected(selectedPersonId());
}

qint64 PeoplePanel::selectedPersonId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kPersonIdRole).toLongLong() : 0;
}

void PeoplePanel::selectPerson(qint64 personId) {
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kPersonIdRole).toLongLong() == personId)
            m_list->setCurrentRow(row);
}

QString PeoplePanel::labelOf(qint64 personId) const {
    return m_labels.value(personId);
}

} // namespace tessera
