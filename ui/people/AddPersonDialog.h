#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class OptionalDateEdit;

/**
 * Asks for a new person (CLI `person add`): one or more roles, their name, and an optional date of birth.
 * Explains that a person who was trafficked gets a pseudonym (V-1, V-2…) and appears by it everywhere.
 */
class AddPersonDialog : public QDialog {
    Q_OBJECT

public:
    explicit AddPersonDialog(QWidget* parent = nullptr);

    /// The roles ticked, as stable names (Vocabulary::personRoles()).
    QStringList roles() const;
    QString name() const;
    /// "YYYY-MM-DD" or empty.
    QString dateOfBirth() const;

    /// Ticks a role (for callers that know it, and for tests).
    void setRole(const QString& role, bool on);
    void setName(const QString& name);

private:
    void validate();
    QMap<QString, QCheckBox*> m_roles;
    QLineEdit* m_name;
    OptionalDateEdit* m_dob;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace tessera
