#include "common/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace tessera {

OptionalDateEdit::OptionalDateEdit(const QString& checkLabel, QWidget* parent)
    : QWidget(parent), m_known(new QCheckBox(checkLabel, this)), m_date(new QDateEdit(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_date, 1);
    m_known->setObjectName(QStringLiteral("dateKnown"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31));
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    connect(m_known, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_known, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
    setFocusProxy(m_known);
    setAccessibleFieldName(tr("Date"));
}

void OptionalDateEdit::setAccessibleFieldName(const QString& field) {
    m_date->setAccessibleName(field);
    m_known->setAccessibleName(tr("%1 known").arg(field));
}

QString OptionalDateEdit::text() const {
    return hasDate() ? m_date->date().toString(Qt::ISODate) : QString();
}

bool OptionalDateEdit::hasDate() const {
    return m_known->isChecked();
}

void OptionalDateEdit::setDate(const QDate& date) {
    m_known->setChecked(date.isValid());
    if (date.isValid())
        m_date->setDate(date);
}

void OptionalDateEdit::setDateRange(const QDate& min, const QDate& max) {
    m_date->setDateRange(min, max);
}

} // namespace tessera
