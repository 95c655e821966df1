#include "case/CaseSettings.h"

#include "case/CaseError.h"
#include "ingest/PhoneNormalizer.h"

#include "storage/Database.h"

#include <QRegularExpression>

namespace tessera {

QString CaseSettings::keyName(Key key) {
    switch (key) {
    case Key::Title: return QStringLiteral("title");
    case Key::CaseNumber: return QStringLiteral("case_number");
    case Key::DisplayZone: return QStringLiteral("display_zone");
    case Key::Region: return QStringLiteral("region");
    case Key::BatesPrefix: return QStringLiteral("bates_prefix");
    case Key::Agency: return QStringLiteral("agency");
    case Key::Investigator: return QStringLiteral("investigator");
    case Key::CreatedUtc: return QStringLiteral("created_utc");
    case Key::BackupKeep: return QStringLiteral("backup_keep");
    case Key::BackupIntervalMinutes: return QStringLiteral("backup_interval_minutes");
    }
    return {};
}

QString CaseSettings::defaultValue(Key key) {
    switch (key) {
    case Key::BatesPrefix: return QStringLiteral("TSR");
    case Key::Region: return QStringLiteral("US");
    case Key::DisplayZone: return QStringLiteral("UTC");
    case Key::BackupKeep: return QStringLiteral("5");
    case Key::BackupIntervalMinutes: return QStringLiteral("60");
    default: return {};
    }
}

QString CaseSettings::value(Key key) const {
    Statement s = m_db.prepare("SELECT value FROM case_setting WHERE key = ?");
    s.bind(1, keyName(key));
    return s.step() ? s.text(0) : defaultValue(key);
}

bool CaseSettings::isValidBatesPrefix(const QString& prefix) {
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9](?:[A-Z0-9_-]{0,14}[A-Z0-9])?$"));
    return re.match(prefix).hasMatch();
}

QString CaseSettings::batesPrefixRule() {
    return QStringLiteral("expected 1 to 16 capital letters A-Z, digits, '-' or '_', starting and ending with a "
                          "letter or digit (e.g. TSR or SMITH-CF)");
}

void CaseSettings::setValue(Key key, const QString& value) {
    if (key == Key::BatesPrefix && !isValidBatesPrefix(value))
        throw CaseError(ErrorKind::Usage, QStringLiteral("Bates prefix: %1").arg(batesPrefixRule()));
    QString v = value;
    if (key == Key::Region) { // every way a region is set (create, case set, the GUI) is checked here
        v = v.trimmed().toUpper();
        if (!PhoneNormalizer::isKnownRegion(v))
            PhoneNormalizer::requireKnownRegion(v.isEmpty() ? QStringLiteral("?") : v);
    }
    Statement s = m_db.prepare("INSERT OR REPLACE INTO case_setting(key, value) VALUES (?, ?)");
    s.bind(1, keyName(key)).bindText(2, v);
    s.exec();
}

} // namespace tessera
