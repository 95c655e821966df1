#include "ingest/CallDetailRecordImporter.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/Sodium.h"
#include "ingest/CsvReader.h"
#include "ingest/ImportProfile.h"
#include "ingest/ImportSession.h"
#include "ingest/Readers.h"
#include "ingest/TextDecoder.h"
#include "ingest/PhoneNormalizer.h"
#include "model/ExhibitRepository.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/LocalTimeResolver.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cstdio>

namespace tessera {
namespace {

// Shared, allocated once: every record of a return repeats these few values.
const QString kCall = QStringLiteral("call");
const QString kText = QStringLiteral("text");
const QString kEmergencyCall = QStringLiteral("emergency-call");
const QString kIn = QStringLiteral("in");
const QString kOut = QStringLiteral("out");

/// Parses "YYYY-MM-DD HH:MM:SS" (or with 'T'); returns false on any deviation.
bool parseDateTime(const QByteArray& s, QDate& date, QTime& time) {
    const QByteArray t = s.trimmed();
    if (t.size() != 19 || t[4] != '-' || t[7] != '-' || (t[10] != ' ' && t[10] != 'T') || t[13] != ':' || t[16] != ':')
        return false;
    auto num = [&t](int pos, int len, int& out) {
        out = 0;
        for (int i = pos; i < pos + len; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            out = out * 10 + (t[i] - '0');
        }
        return true;
    };
    int y, mo, d, h, mi, se;
    if (!num(0, 4, y) || !num(5, 2, mo) || !num(8, 2, d) || !num(11, 2, h) || !num(14, 2, mi) || !num(17, 2, se))
        return false;
    date = QDate(y, mo, d);
    time = QTime(h, mi, se);
    return date.isValid() && time.isValid();
}

} // namespace

ImportResult CallDetailRecordImporter::run(Case& c, const QString& filePath, const ImportOptions& options) {
    const ImportProfile* profile = ImportProfile::find(options.profile);
    if (!profile)
        throw CaseError(ErrorKind::Usage,
                        QStringLiteral("--profile: unknown import profile (see tessera-cli profiles)"));
    ImportResult result;
    CaseSettings settings = c.settings();
    result.timeBasis = options.timeBasis.isEmpty() ? settings.value(CaseSettings::Key::DisplayZone) : options.timeBasis;
    result.timeBasisAssumed = options.timeBasis.isEmpty();
    result.timeBasisSource = result.timeBasisAssumed ? QStringLiteral("assumed") : QStringLiteral("option");
    if (const QString problem = LocalTimeResolver::basisProblem(result.timeBasis); !problem.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--time-basis: %1").arg(problem));
    // The assumed-zone warning comes from ImportSession::finish(), from what the records got (as for every profile).
    const QString region = options.region.isEmpty() ? settings.value(CaseSettings::Key::Region) : options.region.toUpper();
    const bool bandicoot = profile->name == QLatin1String("cdr-bandicoot");
    if (bandicoot && options.subscriber.trimmed().isEmpty())
        result.warnings << QStringLiteral("no --subscriber given: the records' own party is unknown until it is "
                                          "attributed; re-import is not needed, but the exhibit records no subscriber");
    const QString fileName = QFileInfo(filePath).fileName();
    const qint64 size = QFileInfo(filePath).size();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: cannot read the file (%2)").arg(fileName, file.errorString()));
    QByteArray buffer;
    const char* data = nullptr;
    if (size > 0) {
        data = reinterpret_cast<const char*>(file.map(0, size));
        if (!data) {
            buffer = file.readAll();
            data = buffer.constData();
        }
    }
    if (size == 0 || QByteArrayView(data, size).trimmed().isEmpty()) // only blank lines: as empty (docs/CLI.md)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: the file is empty (no rows, not even a header); nothing "
                                                            "was imported").arg(fileName));

    CsvReader reader(data, size, profile->delimiter);
    CsvReader::Row row;
    // Column positions by name.
    QHash<QString, int> col;
    QVector<QByteArray> headerFields;
    if (profile->hasHeader) {
        if (!reader.next(row))
            throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: row 1: no header row").arg(fileName));
        headerFields = row.fields;
        for (int i = 0; i < row.fields.size(); ++i)
            col.insert(QString::fromUtf8(row.fields[i]).trimmed().toLower(), i);
        QStringList missing;
        for (const QString& name : profile->columns)
            if (!col.contains(name))
                missing << name;
        if (!missing.isEmpty())
            throw CaseError(ErrorKind::BadInput,
                            QStringLiteral("%1: row 1: the columns do not fit profile %2 (missing: %3); nothing was "
                                           "imported")
                                .arg(fileName, profile->name, missing.join(QStringLiteral(", "))));
    } else {
        for (int i = 0; i < profile->columns.size(); ++i)
            col.insert(profile->columns[i], i);
    }
    const QStringList columnNames = [&] {
        QStringList names;
        if (profile->hasHeader)
            for (const QByteArray& h : headerFields) {
                // A repeated column name gets a suffix, so the original-fields JSON never has duplicate keys.
                const QString base = QString::fromUtf8(h).trimmed();
                QString name = base;
                for (int k = 2; names.contains(name); ++k)
                    name = QStringLiteral("%1_%2").arg(base).arg(k);
                names << name;
            }
        else
            names = profile->columns;
        return names;
    }();

    // Column positions, looked up once (every profile column is present: checked above or fixed by position).
    struct Columns {
        int interaction, direction, correspondent, datetime, duration, antenna; // cdr-bandicoot
        int type, service, user, partner, latitude, longitude;                  // cdr-orange
    };
    auto at = [&col](const char* name) { return col.value(QLatin1String(name), -1); };
    const Columns cols{at("interaction"), at("direction"), at("correspondent_id"), at("datetime"), at("call_duration"),
                    at("antenna_id"), at("call_record_type"), at("basic_service"), at("user_msisdn"),
                    at("call_partner_identity"), at("latitude"), at("longitude")};

    QVector<QByteArray> jsonKeys; // `"name":` per column, escaped once
    for (const QString& name : columnNames) {
        QByteArray k;
        appendJsonString(k, name.toUtf8());
        jsonKeys.append(k + ':');
    }

    NewExhibit meta;
    meta.kind = profile->exhibitKind;
    meta.title = options.exhibitTitle;
    meta.importProfile = profile->name;
    meta.timeBasis = result.timeBasis;
    meta.timeBasisAssumed = result.timeBasisAssumed;
    const QString subscriber = bandicoot && !options.subscriber.trimmed().isEmpty() ? PhoneNormalizer::normalize(options.subscriber, region).value : QString();
    meta.subscriber = subscriber;
    meta.provenance = QStringLiteral("%1, imported with profile %2 by %3").arg(fileName, profile->name, c.actor());

    ImportSession session(c, filePath, meta, result, options.providedByPerson);
    session.setReturnOf(options.returnOfProcess);
    auto reject = [&](qint64 row, const QString& field, const QString& reason) { session.reject(row, field, reason); };
    const int needed = static_cast<int>(profile->hasHeader ? headerFields.size() : profile->columns.size());
    // A return repeats a few hundred parties and antennas a million times: normalise each distinct cell once, keyed by
    // the cell's bytes as read (shared with the row, so a lookup allocates nothing).
    QHash<QByteArray, PhoneNormalizer::Result> partyCache;
    QHash<QByteArray, QString> antennaCache;
    qint64 n = 0;
    qint64 released = 0; // the mapped file's pages behind the reader leave resident memory (readers::releaseMapped)
    while (reader.next(row)) {
        if (++n % 4096 == 0) {
            if (buffer.isEmpty())
                readers::releaseMapped(QByteArrayView(data, size), released, reader.position());
            if (options.progress && !options.progress(reader.position(), size))
                throw CaseError(ErrorKind::Usage, QStringLiteral("%1: import cancelled; nothing was saved").arg(fileName));
        }
        if (profile->hasHeader && row.fields == headerFields)
            continue; // a repeated header row
        if (row.unterminatedQuote) {
            reject(row.lineNumber, QStringLiteral("(row)"), QStringLiteral("a quoted field is not closed"));
            continue;
        }
        if (row.fields.size() < needed) {
            reject(row.lineNumber, QStringLiteral("(row)"),
                   QStringLiteral("expected %1 fields, found %2").arg(needed).arg(row.fields.size()));
            continue;
        }
        if (!TextDecoder::isValidUtf8(row.raw.constData(), row.raw.size())) {
            reject(row.lineNumber, QStringLiteral("(row)"), QStringLiteral("not valid UTF-8 text"));
            continue;
        }
        // The original fields, as a JSON object keyed by column name, built directly from the row's bytes.
        QByteArray fields;
        fields.reserve(row.raw.size() + 16 * row.fields.size());
        fields.append('{');
        for (int i = 0; i < row.fields.size(); ++i) {
            if (i)
                fields.append(',');
            fields.append(i < jsonKeys.size() ? jsonKeys[i] : QByteArray("\"column_") + QByteArray::number(i + 1) + "\":");
            appendJsonString(fields, row.fields[i]);
        }
        fields.append('}');
        auto bytes = [&](int column) { return QByteArrayView(row.fields[column]).trimmed(); };
        auto text = [&](int column) { return QString::fromUtf8(bytes(column)); };
        auto partyAt = [&](int column, QStringList& flags) {
            const QByteArray& cell = row.fields[column];
            auto it = partyCache.constFind(cell);
            if (it == partyCache.constEnd()) {
                if (partyCache.size() > 100000)
                    partyCache.clear();
                it = partyCache.insert(cell, PhoneNormalizer::normalize(QString::fromUtf8(cell), region));
            }
            if (it->status == PhoneNormalizer::Status::Invalid && !flags.contains(QLatin1String("invalid-number")))
                flags << QStringLiteral("invalid-number");
            if (it->status == PhoneNormalizer::Status::Ambiguous && !flags.contains(QLatin1String("ambiguous-number")))
                flags << QStringLiteral("ambiguous-number");
            return it->value;
        };
        // call_duration: whole seconds, empty allowed (texts); anything else rejects the row.
        auto readDuration = [&](SourceRecord& rec) {
            const QByteArrayView d = bytes(cols.duration);
            if (d.isEmpty())
                return true;
            qint64 seconds = -1;
            const auto [end, ec] = std::from_chars(d.data(), d.data() + d.size(), seconds);
            if (ec == std::errc() && end == d.data() + d.size() && seconds >= 0) {
                rec.durationS = seconds;
                return true;
            }
            reject(row.lineNumber, QStringLiteral("call_duration"), QStringLiteral("not a whole number of seconds"));
            return false;
        };
        SourceRecord r;
        QTime clock;
        if (!parseDateTime(row.fields[cols.datetime], r.date, clock)) {
            reject(row.lineNumber, QStringLiteral("datetime"), QStringLiteral("not a date and time (YYYY-MM-DD HH:MM:SS)"));
            continue;
        }
        r.timeText = text(cols.datetime);
        r.usOfDay = clock.msecsSinceStartOfDay() * qint64(1000);
        r.row = row.lineNumber;
        r.raw = row.raw;
        r.fieldsJson = fields;
        if (bandicoot) {
            const QByteArrayView interaction = bytes(cols.interaction);
            if (interaction.compare("call", Qt::CaseInsensitive) == 0)
                r.recordType = kCall;
            else if (interaction.compare("text", Qt::CaseInsensitive) == 0)
                r.recordType = kText;
            else {
                reject(row.lineNumber, QStringLiteral("interaction"), QStringLiteral("expected call or text"));
                continue;
            }
            const QByteArrayView direction = bytes(cols.direction);
            if (direction.compare("in", Qt::CaseInsensitive) == 0)
                r.direction = kIn;
            else if (direction.compare("out", Qt::CaseInsensitive) == 0)
                r.direction = kOut;
            else {
                reject(row.lineNumber, QStringLiteral("direction"), QStringLiteral("expected in or out"));
                continue;
            }
            if (bytes(cols.correspondent).isEmpty()) {
                reject(row.lineNumber, QStringLiteral("correspondent_id"), QStringLiteral("empty"));
                continue;
            }
            const QString other = partyAt(cols.correspondent, r.flags);
            if (!readDuration(r))
                continue;
            if (r.durationS < 0 && r.recordType == kCall)
                r.flags << QStringLiteral("missing-duration");
            const bool out = r.direction == kOut;
            r.originator = out ? subscriber : other;
            r.recipient = out ? other : subscriber;
            if (!bytes(cols.antenna).isEmpty()) {
                const QByteArray& cell = row.fields[cols.antenna];
                auto it = antennaCache.constFind(cell);
                if (it == antennaCache.constEnd()) {
                    if (antennaCache.size() > 100000)
                        antennaCache.clear();
                    it = antennaCache.insert(cell, QStringLiteral("antenna ") + text(cols.antenna));
                }
                r.location = *it;
            }
        } else {
            const QByteArrayView type = bytes(cols.type);
            const QByteArrayView service = bytes(cols.service);
            if (type != "1" && type != "2") {
                reject(row.lineNumber, QStringLiteral("call_record_type"), QStringLiteral("expected 1 (outgoing) or 2 (incoming)"));
                continue;
            }
            r.direction = type == "1" ? kOut : kIn;
            if (service == "11")
                r.recordType = kCall;
            else if (service == "12")
                r.recordType = kEmergencyCall;
            else if (service == "21" || service == "22")
                r.recordType = kText;
            else {
                reject(row.lineNumber, QStringLiteral("basic_service"), QStringLiteral("expected 11, 12, 21 or 22"));
                continue;
            }
            if ((type == "1" && service == "21") || (type == "2" && service == "22"))
                r.flags << QStringLiteral("contradictory-direction");
            const QString user = partyAt(cols.user, r.flags);
            const QString partner = partyAt(cols.partner, r.flags);
            if (user.isEmpty() || partner.isEmpty()) {
                reject(row.lineNumber, user.isEmpty() ? QStringLiteral("user_msisdn") : QStringLiteral("call_partner_identity"),
                        QStringLiteral("empty"));
                continue;
            }
            if (!readDuration(r))
                continue;
            const bool out = r.direction == kOut;
            r.originator = out ? user : partner;
            r.recipient = out ? partner : user;
            if (!bytes(cols.latitude).isEmpty() || !bytes(cols.longitude).isEmpty())
                r.location = text(cols.latitude) + QLatin1Char(',') + text(cols.longitude);
        }
        session.add(r);
    }
    session.finish();
    return result;
}

} // namespace tessera
