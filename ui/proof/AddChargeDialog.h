#pragma once

#include "statutes/StatuteCatalog.h"

#include <QDialog>
#include <QVector>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;


namespace tessera {

/**
 * Asks which statute template to apply to which offender (and, optionally, which victim): the "charge add" of the
 * GUI. Offenders are people with the role offender or suspect; victims appear by pseudonym. The template's elements,
 * limitation period and venue notes are shown read-only so the investigator sees what will have to be proven.
 */
class AddChargeDialog : public QDialog {
    Q_OBJECT

public:
    /// A person the dialog offers: id and the label to show (victims by pseudonym).
    struct PersonChoice {
        qint64 id = 0;
        QString label;
    };

    AddChargeDialog(const QVector<Statute>& statutes, const QVector<PersonChoice>& offenders,
                    const QVector<PersonChoice>& victims, QWidget* parent = nullptr);

    QString statuteId() const;
    qint64 offenderId() const;
    std::optional<qint64> victimId() const;

    /// Chooses a template by id (tests, prefill); false when there is none.
    bool setStatuteId(const QString& id);
    /// Chooses the offender and victim by person id (0: no victim).
    void setPeople(qint64 offenderId, qint64 victimId);

private:
    void showTemplate();
    void validate();

    QVector<Statute> m_statutes;
    QComboBox* m_statute;
    QComboBox* m_offender;
    QComboBox* m_victim;
    QLabel* m_details;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
