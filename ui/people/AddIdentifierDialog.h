#pragma once

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class OptionalDateEdit;

/**
 * Asks for an identifier to attribute to a person (CLI `identifier add`): the person (by label), the kind, the value
 * as written, the phone region for numbers without a country code, and an optional period (whole days in the case's
 * display zone). Records already imported that carry the value link to the person at once.
 */
class AddIdentifierDialog : public QDialog {
    Q_OBJECT

public:
    /// A person to choose from: id and display label (pseudonym for protected people).
    struct PersonChoice {
        qint64 id = 0;
        QString label;
    };

    AddIdentifierDialog(const QVector<PersonChoice>& people, qint64 selectedPersonId, const QString& defaultRegion,
                        QWidget* parent = nullptr);

    qint64 personId() const;
    /// A stable kind name (Vocabulary::identifierKinds()).
    QString kind() const;
    QString value() const;
    QString region() const;
    /// "YYYY-MM-DD" or empty.
    QString validFrom() const;
    /// "YYYY-MM-DD" or empty.
    QString validTo() const;

private:
    void validate();
    QComboBox* m_person;
    QComboBox* m_kind;
    QLineEdit* m_value;
    QLineEdit* m_region;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace tessera
