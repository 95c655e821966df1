#include "common/TimeZoneComboBox.h"

#include <QCompleter>
#include <QTimeZone>

namespace tessera {

TimeZoneComboBox::TimeZoneComboBox(QWidget* parent) : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromLatin1(id);
        addItem(zone, zone);
    }
    // UTC first: carriers often state their records in UTC.
    const int utc = findData(QStringLiteral("UTC"));
    if (utc >= 0)
        removeItem(utc);
    insertItem(0, QStringLiteral("UTC"), QStringLiteral("UTC"));
    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
}

void TimeZoneComboBox::addLeadingEntry(const QString& text, const QString& value) {
    insertItem(m_leading++, text, value);
}

QString TimeZoneComboBox::value() const {
    const QString text = currentText().trimmed();
    const int index = findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    return text;
}

bool TimeZoneComboBox::hasValidValue() const {
    const QString text = currentText().trimmed();
    const int index = findText(text, Qt::MatchFixedString);
    if (index >= 0 && index < m_leading)
        return true;
    const QString v = value();
    return !v.isEmpty() && QTimeZone(v.toUtf8()).isValid();
}

void TimeZoneComboBox::setValue(const QString& value) {
    const int index = findData(value);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(value);
}

QString TimeZoneComboBox::systemZoneId() {
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (id.isEmpty() || !QTimeZone(id).isValid())
        return QStringLiteral("UTC");
    return QString::fromLatin1(id);
}

} // namespace tessera
