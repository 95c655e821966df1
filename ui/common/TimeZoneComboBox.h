#pragma once

#include <QComboBox>

namespace tessera {

/**
 * An editable list of time zones: "UTC", then the IANA zones (QTimeZone::availableTimeZoneIds), with type-ahead
 * completion. Callers may put special entries first (e.g. "Case zone (assumed)") whose value differs from their text.
 */
class TimeZoneComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit TimeZoneComboBox(QWidget* parent = nullptr);

    /// Puts an entry before the zone list, shown as `text`, standing for `value` (may be empty).
    void addLeadingEntry(const QString& text, const QString& value);
    /// The value of the current entry: a special entry's value, or the zone id typed or chosen.
    QString value() const;
    /// True when value() is a special entry's value or a zone QTimeZone knows.
    bool hasValidValue() const;
    /// Selects the entry whose value is `value` (a zone id or a special value), or puts the text in the editor.
    void setValue(const QString& value);

    /// The system's zone id, or "UTC" when the system does not say.
    static QString systemZoneId();

private:
    int m_leading = 0;
};

} // namespace tessera
