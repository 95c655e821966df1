#include "ingest/CallDetailRecordImporter.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/ReturnScope.h"
#include "crypto/Sodium.h"
#include "ingest/CsvReader.h"
#include "ingest/ImportProfile.h"
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
const QByteArray kSecondUtf8 = QByteArrayLiteral("second");

enum TimeFlag { kAssumed = 1, kAmbiguous = 2, kNonexistent = 4, kResolvedByOrder = 8 };

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

struct Reject {
    qint64 row;
    QString field;
    QString reason;
};

/// One parsed row, ready to insert.
struct ParsedRecord {
    QDate date;
    QTime time;
    QString timeText;
    QString recordType;
    QString direction;
    qint64 durationS = -1;
    QString originator;
    QString recipient;
    QString location;
    QStringList flags;
};

class RowSink {
public:
    RowSink(Database& db, qint64 exhibitId, const QString& basis, bool assumed)
        : m_db(db), m_exhibitId(exhibitId), m_basis(basis), m_basisUtf8(basis.toUtf8()), m_assumed(assumed),
          m_insert(db.prepare("INSERT INTO record(exhibit_id, row_number, lower_utc, upper_utc, precision, time_text, "
                              "time_basis, time_flags, record_type, direction, duration_s, originator, recipient, "
                              "location, flags, fields, row_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {}

    /// Returns false (with a reject) when the time cannot be resolved.
    bool add(const CsvReader::Row& row, ParsedRecord& r, const QByteArray& fieldsJson, Reject& reject) {
        TimeSpan span = LocalTimeResolver::resolve(r.date, r.time, TimePrecision::Second, m_basis, m_assumed, r.timeText);
        if (!span.isValid()) {
            reject = {row.lineNumber, QStringLiteral("datetime"), QStringLiteral("time cannot be placed in the time basis")};
            return false;
        }
        int timeFlags = m_assumed ? kAssumed : 0;
        if (span.ambiguous) {
            // A repeated local time (DST fall-back). DESIGN §5: in a source that is in time order, the order can settle
            // it — when the earlier instant would put this row before the row above it, only the later instant fits.
            // Otherwise both instants stay the bounds. The inference is recorded in the flags.
            const qint64 width = timePrecisionUnitUs(span.precision);
            const qint64 laterLower = span.upperUtcUs - width + 1;
            if (m_inOrder && m_rows > 0 && m_prevLower > span.lowerUtcUs && m_prevLower <= laterLower) {
                span.lowerUtcUs = laterLower;
                timeFlags |= kResolvedByOrder;
                r.flags << QStringLiteral("repeated-local-time-resolved-by-source-order");
            } else {
                timeFlags |= kAmbiguous;
                r.flags << QStringLiteral("ambiguous-local-time");
            }
        }
        if (m_rows > 0 && span.lowerUtcUs < m_prevLower)
            m_inOrder = false;
        m_prevLower = span.lowerUtcUs;
        ++m_rows;
        if (span.nonexistent) {
            timeFlags |= kNonexistent;
            r.flags << QStringLiteral("nonexistent-local-time");
        }
        m_insert.bind(1, m_exhibitId)
            .bind(2, row.lineNumber)
            .bind(3, span.lowerUtcUs)
            .bind(4, span.upperUtcUs)
            .bindUtf8Text(5, span.precision == TimePrecision::Second ? kSecondUtf8 : timePrecisionName(span.precision).toUtf8())
            .bind(6, r.timeText)
            .bindUtf8Text(7, m_basisUtf8)
            .bind(8, timeFlags)
            .bind(9, r.recordType)
            .bind(10, r.direction.isEmpty() ? QString() : r.direction);
        if (r.durationS >= 0)
            m_insert.bind(11, r.durationS);
        m_insert.bind(12, r.originator.isEmpty() ? QString() : r.originator)
            .bind(13, r.recipient.isEmpty() ? QString() : r.recipient)
            .bind(14, r.location.isEmpty() ? QString() : r.location)
            .bindText(15, r.flags.join(QLatin1Char(',')))
            .bindUtf8Text(16, fieldsJson)
            .bind(17, sha256(row.raw));
        m_insert.exec();
        ++records;
        if (!r.flags.isEmpty())
            ++flagged;
        return true;
    }

    qint64 records = 0;
    qint64 flagged = 0;

private:
    qint64 m_prevLower = 0; // lower bound of the previous resolved row, in file order
    qint64 m_rows = 0;
    bool m_inOrder = true;  // every row so far at or after the one above it

private:
    Database& m_db;
    qint64 m_exhibitId;
    QString m_basis;
    QByteArray m_basisUtf8; // bound on every row: converted once
    bool m_assumed;
    Statement m_insert;
};

/// Strict UTF-8 check (RFC 3629: no overlongs, no surrogates, at most U+10FFFF), so a row in another encoding is
/// rejected rather than silently turned into replacement characters.
bool isValidUtf8(const char* p, qsizetype n) {
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; cp = c & 0x07; }
        else return false;
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

/// Appends `utf8` as a JSON string (RFC 8259 escaping). Faster than QJsonObject for a million rows.
void appendJsonString(QByteArray& out, const QByteArray& utf8) {
    out.append('"');
    const char* p = utf8.constData();
    const qsizetype n = utf8.size();
    qsizetype run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out.append(buf);
        }
        }
    }
    out.append(p + run, n - run);
    out.append('"');
}

/// Normalises a party; flags an invalid number.
QString party(const QString& raw, const QString& region, QStringList& flags) {
    const auto n = PhoneNormalizer::normalize(raw, region);
    if (n.status == PhoneNormalizer::Status::Invalid && !flags.contains(QLatin1String("invalid-number")))
        flags << QStringLiteral("invalid-number");
    return n.value;
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
    if (const QString problem = LocalTimeResolver::basisProblem(result.timeBasis); !problem.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--time-basis: %1").arg(problem));
    if (result.timeBasisAssumed)
        result.warnings << QStringLiteral("no --time-basis given: times read in the case's zone %1, marked assumed")
                               .arg(result.timeBasis);
    const QString region = options.region.isEmpty() ? settings.value(CaseSettings::Key::Region) : options.region.toUpper();
    const bool bandicoot = profile->name == QLatin1String("cdr-bandicoot");
    if (bandicoot && options.subscriber.trimmed().isEmpty())
        result.warnings << QStringLiteral("no --subscriber given: the records' own party is unknown until it is "
                                          "attributed; re-import is not needed, but the exhibit records no subscriber");
    const QString fileName = QFileInfo(filePath).fileName();
    const auto [shaHex, size] = ExhibitRepository::hashFile(filePath);
    Database& db = c.db();
    if (const auto existing = ExhibitRepository::findBySha256(db, shaHex))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: this file (same SHA-256) is already in the case as "
                                                            "exhibit %2; nothing was imported")
                                                 .arg(fileName)
                                                 .arg(*existing));
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
    if (size == 0)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: the file is empty").arg(fileName));

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

    if (ProtectedIdentityRedactor(db).containsProtected(meta.title.isEmpty() ? fileName : meta.title))
        result.warnings << QStringLiteral("the exhibit title (or file name) holds the name or an identifier of a person "
                                          "whose identity is protected; productions show the pseudonym instead");
    if (options.returnOfProcess)
        ReturnScope::requireProcess(db, options.returnOfProcess);
    Transaction tx(db);
    result.exhibitId = ExhibitRepository::insertFromFile(c, filePath, meta, shaHex);
    RowSink sink(db, result.exhibitId, result.timeBasis, result.timeBasisAssumed);
    Statement rejectInsert =
        db.prepare("INSERT INTO import_reject(exhibit_id, file_name, row_number, field, reason) VALUES (?,?,?,?,?)");
    auto reject = [&](const Reject& r) {
        rejectInsert.bind(1, result.exhibitId).bind(2, fileName).bind(3, r.row).bind(4, r.field).bind(5, r.reason);
        rejectInsert.exec();
        ++result.rejected;
    };
    const int needed = static_cast<int>(profile->hasHeader ? headerFields.size() : profile->columns.size());
    qint64 n = 0;
    while (reader.next(row)) {
        if (++n % 4096 == 0 && options.progress && !options.progress(reader.position(), size))
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: import cancelled; nothing was saved").arg(fileName));
        if (profile->hasHeader && row.fields == headerFields)
            continue; // a repeated header row
        if (row.unterminatedQuote) {
            reject({row.lineNumber, QStringLiteral("(row)"), QStringLiteral("a quoted field is not closed")});
            continue;
        }
        if (row.fields.size() < needed) {
            reject({row.lineNumber, QStringLiteral("(row)"),
                    QStringLiteral("expected %1 fields, found %2").arg(needed).arg(row.fields.size())});
            continue;
        }
        if (!isValidUtf8(row.raw.constData(), row.raw.size())) {
            reject({row.lineNumber, QStringLiteral("(row)"), QStringLiteral("not valid UTF-8 text")});
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
        // call_duration: whole seconds, empty allowed (texts); anything else rejects the row.
        auto readDuration = [&](ParsedRecord& rec) {
            const QByteArrayView d = bytes(cols.duration);
            if (d.isEmpty())
                return true;
            qint64 seconds = -1;
            const auto [end, ec] = std::from_chars(d.data(), d.data() + d.size(), seconds);
            if (ec == std::errc() && end == d.data() + d.size() && seconds >= 0) {
                rec.durationS = seconds;
                return true;
            }
            reject({row.lineNumber, QStringLiteral("call_duration"), QStringLiteral("not a whole number of seconds")});
            return false;
        };
        ParsedRecord r;
        if (!parseDateTime(row.fields[cols.datetime], r.date, r.time)) {
            reject({row.lineNumber, QStringLiteral("datetime"), QStringLiteral("not a date and time (YYYY-MM-DD HH:MM:SS)")});
            continue;
        }
        r.timeText = text(cols.datetime);
        if (bandicoot) {
            const QByteArrayView interaction = bytes(cols.interaction);
            if (interaction.compare("call", Qt::CaseInsensitive) == 0)
                r.recordType = kCall;
            else if (interaction.compare("text", Qt::CaseInsensitive) == 0)
                r.recordType = kText;
            else {
                reject({row.lineNumber, QStringLiteral("interaction"), QStringLiteral("expected call or text")});
                continue;
            }
            const QByteArrayView direction = bytes(cols.direction);
            if (direction.compare("in", Qt::CaseInsensitive) == 0)
                r.direction = kIn;
            else if (direction.compare("out", Qt::CaseInsensitive) == 0)
                r.direction = kOut;
            else {
                reject({row.lineNumber, QStringLiteral("direction"), QStringLiteral("expected in or out")});
                continue;
            }
            if (bytes(cols.correspondent).isEmpty()) {
                reject({row.lineNumber, QStringLiteral("correspondent_id"), QStringLiteral("empty")});
                continue;
            }
            const QString other = party(text(cols.correspondent), region, r.flags);
            if (!readDuration(r))
                continue;
            if (r.durationS < 0 && r.recordType == kCall)
                r.flags << QStringLiteral("missing-duration");
            const bool out = r.direction == kOut;
            r.originator = out ? subscriber : other;
            r.recipient = out ? other : subscriber;
            if (!bytes(cols.antenna).isEmpty())
                r.location = QStringLiteral("antenna ") + text(cols.antenna);
        } else {
            const QByteArrayView type = bytes(cols.type);
            const QByteArrayView service = bytes(cols.service);
            if (type != "1" && type != "2") {
                reject({row.lineNumber, QStringLiteral("call_record_type"), QStringLiteral("expected 1 (outgoing) or 2 (incoming)")});
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
                reject({row.lineNumber, QStringLiteral("basic_service"), QStringLiteral("expected 11, 12, 21 or 22")});
                continue;
            }
            if ((type == "1" && service == "21") || (type == "2" && service == "22"))
                r.flags << QStringLiteral("contradictory-direction");
            const QString user = party(text(cols.user), region, r.flags);
            const QString partner = party(text(cols.partner), region, r.flags);
            if (user.isEmpty() || partner.isEmpty()) {
                reject({row.lineNumber, user.isEmpty() ? QStringLiteral("user_msisdn") : QStringLiteral("call_partner_identity"),
                        QStringLiteral("empty")});
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
        Reject timeReject;
        if (!sink.add(row, r, fields, timeReject))
            reject(timeReject);
    }
    result.records = sink.records;
    result.flagged = sink.flagged;
    if (result.records == 0 && result.rejected > 0)
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("%1: every row was rejected (first problem at row %2); nothing was imported")
                            .arg(fileName)
                            .arg([&] {
                                Statement s = db.prepare("SELECT min(row_number) FROM import_reject WHERE exhibit_id = ?");
                                s.bind(1, result.exhibitId);
                                return s.step() ? s.int64(0) : 0;
                            }()));
    if (result.records == 0)
        result.warnings << QStringLiteral("%1: the file holds no records; kept as an exhibit").arg(fileName);
    ExhibitRepository::setCounts(db, result.exhibitId, result.records, result.flagged, result.rejected);
    if (options.returnOfProcess) // scope check in the same transaction (issue 10)
        result.quarantined = ReturnScope::applyToImport(c, result.exhibitId, options.returnOfProcess);
    ExhibitRepository::addCustody(db, result.exhibitId, QStringLiteral("imported"), c.actor(),
                                  QStringLiteral("%1 records (%2 flagged, %3 rejected rows) with profile %4, time basis %5%6")
                                      .arg(result.records)
                                      .arg(result.flagged)
                                      .arg(result.rejected)
                                      .arg(profile->name, result.timeBasis,
                                           result.timeBasisAssumed ? QStringLiteral(" (assumed)") : QString()));
    c.audit(QStringLiteral("import"), QStringLiteral("exhibit:%1").arg(result.exhibitId),
            QJsonObject{{QStringLiteral("profile"), profile->name},
                        {QStringLiteral("records"), result.records},
                        {QStringLiteral("flagged"), result.flagged},
                        {QStringLiteral("rejected"), result.rejected},
                        {QStringLiteral("sha256"), shaHex},
                        {QStringLiteral("time_basis"), result.timeBasis},
                        {QStringLiteral("time_basis_assumed"), result.timeBasisAssumed}});
    tx.commit();
    return result;
}

} // namespace tessera
