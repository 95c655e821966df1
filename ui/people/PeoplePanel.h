#pragma once

#include "model/PersonRepository.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace tessera {

/**
 * The people of the case, as a list the timeline can be filtered by: "Everyone" first, then each person by their
 * label (people who were trafficked by pseudonym; a protected legal name is never shown here), their roles and how
 * many identifiers are attributed to them. Buttons ask the main window to add a person or an identifier.
 */
class PeoplePanel : public QWidget {
    Q_OBJECT

public:
    explicit PeoplePanel(QWidget* parent = nullptr);

    /// Shows `people` (only Person::label() and roles are used) and their identifier counts; keeps the selection.
    void setPeople(const QVector<Person>& people, const QHash<qint64, int>& identifierCounts);
    /// Empties the list (no case open).
    void clear();
    /// A read-only case: "Add person" and "Add identifier" stay disabled (the next setPeople() applies it).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// The selected person's id; 0 for "Everyone".
    qint64 selectedPersonId() const;
    /// Selects a person (0 = Everyone) and emits personSelected when the selection changes.
    void selectPerson(qint64 personId);
    /// The label shown for a person (empty if unknown).
    QString labelOf(qint64 personId) const;

signals:
    void personSelected(qint64 personId);
    void addPersonRequested();
    void addIdentifierRequested();
    /// The person's choices, interviews and benefits page was asked for (victims and witnesses).
    void choicesRequested(qint64 personId);

private:
    bool m_readOnly = false;
    QListWidget* m_list;
    QPushButton* m_addPerson;
    QPushButton* m_addIdentifier;
    QPushButton* m_choices;
    QSet<qint64> m_withChoices; ///< victims and witnesses: the people who have choices to record
    QHash<qint64, QString> m_labels;
};

} // namespace tessera
