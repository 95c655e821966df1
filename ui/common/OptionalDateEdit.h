#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace tessera {

/**
 * A date that may be left out: a check box ("known") and a calendar date editor. text() is the ISO date
 * "YYYY-MM-DD" the core expects, or empty when the box is unticked.
 */
class OptionalDateEdit : public QWidget {
    Q_OBJECT

public:
    /// `checkLabel` names what the date is ("Known", "From").
    explicit OptionalDateEdit(const QString& checkLabel, QWidget* parent = nullptr);

    /// "YYYY-MM-DD", or empty when no date is given.
    QString text() const;
    bool hasDate() const;
    /// Ticks the box and sets the date (an invalid date unticks it).
    void setDate(const QDate& date);
    /// Names both parts for assistive technologies: "<field>" for the date and "<field> known" for the check box.
    void setAccessibleFieldName(const QString& field);
    void setDateRange(const QDate& min, const QDate& max);

signals:
    void changed();

private:
    QCheckBox* m_known;
    QDateEdit* m_date;
};

} // namespace tessera
