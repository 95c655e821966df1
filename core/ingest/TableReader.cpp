// The mapped-table reader (cdr-carrier, bank-csv, timesketch-csv, ads-csv, lodging-csv, lpr-csv and saved profiles).
#include "case/CaseError.h"
#include "ingest/CsvReader.h"
#include "ingest/DelimitedText.h"
#include "ingest/PhoneNormalizer.h"
#include "ingest/Readers.h"
#include "ingest/ValueParsers.h"
#include "time/LocalTimeResolver.h"

#include <QHash>
#include <charconv>

namespace tessera::readers {

using namespace values;

namespace {

QString normalHeader(QByteArrayView h) {
    return QString::fromUtf8(h).simplified().toLower();
}

const QStringList kIdentifierFields{QStringLiteral("phone"),   QStringLiteral("email"), QStringLiteral("handle"),
                                    QStringLiteral("payment-handle"), QStringLiteral("plate"), QStringLiteral("imei"),
                                    QStringLiteral("address"), QStringLiteral("ad-id"), QStringLiteral("account")};
const QStringList kMoneyFields{QStringLiteral("amount"), QStringLiteral("debit"), QStringLiteral("credit"),
                               QStringLiteral("balance")};
const QStringList kDateFields{QStringLiteral("date"), QStringLiteral("datetime"), QStringLiteral("end")};

QString directionFrom(QByteArrayView v) {
    const QString s = QString::fromUtf8(v).trimmed().toLower();
    static const QStringList outs{"out", "outgoing", "outbound", "mo", "sent", "originating", "dialed", "o", "send"};
    static const QStringList ins{"in", "incoming", "inbound", "mt", "received", "terminating", "i", "recv", "receive"};
    if (outs.contains(s))
        return QStringLiteral("out");
    if (ins.contains(s))
        return QStringLiteral("in");
    return {};
}

QString recordTypeFrom(QByteArrayView v, const QString& fallback) {
    const QString s = QString::fromUtf8(v).simplified().toLower();
    if (s.isEmpty())
        return fallback;
    static const QStringList calls{"voice", "call", "mo voice", "mt voice", "moc", "mtc", "telephony", "phone"};
    static const QStringList texts{"sms", "text", "mms", "mo sms", "mt sms", "message"};
    if (calls.contains(s))
        return QStringLiteral("call");
    if (texts.contains(s))
        return QStringLiteral("text");
    if (s == QLatin1String("data") || s == QLatin1String("gprs"))
        return QStringLiteral("data-session");
    return s;
}

/// Seconds from "123", "02:03", "01:02:03"; -1 when not a duration.
qint64 durationFrom(QByteArrayView v) {
    const QByteArray t = v.trimmed().toByteArray();
    if (t.isEmpty())
        return -1;
    qint64 total = 0;
    int parts = 0;
    for (const QByteArray& p : t.split(':')) {
        qint64 n = 0;
        const auto [end, ec] = std::from_chars(p.constData(), p.constData() + p.size(), n);
        if (ec != std::errc() || end != p.constData() + p.size() || n < 0 || p.isEmpty())
            return -2;
        total = total * 60 + n;
        ++parts;
    }
    return parts <= 3 ? total : -2;
}

} // namespace

QHash<QString, int> mapColumns(const ImportProfile& profile, const QList<QPair<QString, QString>>& mapping,
                               const QVector<QByteArray>& header, bool hasHeader, const QString& fileName) {
    QHash<QString, int> col;
    for (const auto& [field, column] : mapping) {
        bool isNumber = false;
        const int n = column.toInt(&isNumber);
        int idx = -1;
        if (isNumber && n >= 1 && n <= header.size())
            idx = n - 1;
        else
            for (int i = 0; i < header.size(); ++i)
                if (hasHeader && normalHeader(header[i]) == column.simplified().toLower())
                    idx = i;
        if (idx < 0)
            throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: --map %2: no column \"%3\" in the file; nothing was "
                                                                "imported")
                                                     .arg(fileName, field, column));
        col.insert(field, idx);
    }
    if (hasHeader)
        for (const ImportProfile::Field& f : profile.fields) {
            if (col.contains(f.name))
                continue;
            for (const QString& alias : f.aliases) {
                int idx = -1;
                for (int i = 0; i < header.size() && idx < 0; ++i)
                    if (normalHeader(header[i]) == alias && !col.values().contains(i))
                        idx = i;
                if (idx >= 0) {
                    col.insert(f.name, idx);
                    break;
                }
            }
        }
    return col;
}

bool namesRequiredColumns(const ImportProfile& profile, const QVector<QByteArray>& firstRow) {
    if (profile.required.isEmpty())
        return false;
    const QHash<QString, int> col = mapColumns(profile, {}, firstRow, true, QString());
    for (const QString& need : profile.required) {
        bool any = false;
        for (const QString& alt : need.split(QLatin1Char('|')))
            any = any || col.contains(alt);
        if (!any)
            return false;
    }
    return true;
}

void readTable(Context& ctx) {
    const ImportProfile& profile = ctx.profile;
    const QByteArray& text = ctx.text;
    const char delimiter = DelimitedText::sniffDelimiter(text.constData(), text.size());

    // Header or not: the first row against the next few.
    QVector<QByteArray> header;
    bool hasHeader = false;
    {
        CsvReader probe(text.constData(), text.size(), delimiter);
        CsvReader::Row row;
        QVector<QVector<QByteArray>> rest;
        if (probe.next(row)) {
            header = row.fields;
            while (rest.size() < 20 && probe.next(row))
                rest.append(row.fields);
            hasHeader = DelimitedText::looksLikeHeader(header, rest) || namesRequiredColumns(profile, header);
        }
    }
    if (header.isEmpty()) {
        ctx.extraWarnings << QStringLiteral("%1: the file holds no rows").arg(ctx.fileName);
        return;
    }
    QStringList columnNames;
    for (int i = 0; i < header.size(); ++i) {
        QString base = hasHeader ? QString::fromUtf8(header[i]).trimmed() : QString();
        if (base.isEmpty())
            base = QStringLiteral("column_%1").arg(i + 1);
        QString name = base;
        for (int k = 2; columnNames.contains(name); ++k)
            name = QStringLiteral("%1_%2").arg(base).arg(k);
        columnNames << name;
    }

    const QHash<QString, int> col = mapColumns(profile, ctx.options.mapping, header, hasHeader, ctx.fileName);
    // Timesketch: a datetime column with no timestamp column may hold the epoch microseconds itself.
    QStringList missing;
    for (const QString& need : profile.required) {
        bool any = false;
        for (const QString& alt : need.split(QLatin1Char('|')))
            any = any || col.contains(alt);
        if (!any)
            missing << need.split(QLatin1Char('|')).join(QStringLiteral(" or "));
    }
    if (!missing.isEmpty())
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("%1: row 1: the columns do not fit profile %2 (missing: %3; name them with --map "
                                       "FIELD=COLUMN); nothing was imported")
                            .arg(ctx.fileName, profile.name, missing.join(QStringLiteral(", "))));
    auto at = [&col](const QString& f) { return col.value(f, -1); };

    // Pass 1: day/month order per date column, decimal separator per amount column.
    std::optional<DateOrder> forced;
    if (!ctx.options.dateOrder.isEmpty()) {
        forced = dateOrderFromName(ctx.options.dateOrder);
        if (!forced)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--date-order: expected dmy, mdy or ymd"));
    }
    QHash<int, DateOrderDetector> dateVotes;
    QHash<int, DecimalStyleDetector> moneyVotes;
    for (const QString& f : kDateFields)
        if (at(f) >= 0)
            dateVotes.insert(at(f), {});
    for (const QString& f : kMoneyFields)
        if (at(f) >= 0)
            moneyVotes.insert(at(f), {});
    {
        // Pass 1 reads every row but keeps only the votes: on a memory-mapped file its pages are released behind it.
        CsvReader pass(text.constData(), text.size(), delimiter);
        CsvReader::Row row;
        if (hasHeader)
            pass.next(row);
        qint64 n = 0;
        while (pass.next(row)) {
            if (++n % 4096 == 0)
                ctx.release(pass.position());
            for (auto it = dateVotes.begin(); it != dateVotes.end(); ++it)
                if (it.key() < row.fields.size())
                    it->add(row.fields[it.key()]);
            for (auto it = moneyVotes.begin(); it != moneyVotes.end(); ++it)
                if (it.key() < row.fields.size())
                    it->add(row.fields[it.key()]);
        }
    }
    QHash<int, DateOrder> dateOrder;
    for (auto it = dateVotes.constBegin(); it != dateVotes.constEnd(); ++it) {
        const auto outcome = it->outcome();
        DateOrder order = it->order();
        // A forced order applies where the column does not decide, and where it decides day against month: the
        // investigator's word wins over the column's own evidence (not over year-first, which is never ambiguous).
        if (forced && (outcome != DateOrderDetector::Outcome::Decided ||
                       (it->order() != DateOrder::YMD && *forced != DateOrder::YMD)))
            order = *forced;
        else if (outcome == DateOrderDetector::Outcome::Ambiguous)
            throw CaseError(ErrorKind::BadInput,
                            QStringLiteral("%1: column \"%2\": day-first or month-first cannot be told from its values; "
                                           "give --date-order dmy or mdy; nothing was imported")
                                .arg(ctx.fileName, columnNames[it.key()]));
        else if (outcome == DateOrderDetector::Outcome::Conflicting)
            throw CaseError(ErrorKind::BadInput,
                            QStringLiteral("%1: column \"%2\": some dates are day-first and others month-first; give "
                                           "--date-order dmy or mdy; nothing was imported")
                                .arg(ctx.fileName, columnNames[it.key()]));
        dateOrder.insert(it.key(), order);
    }
    QHash<int, DecimalStyle> moneyStyle;
    for (auto it = moneyVotes.constBegin(); it != moneyVotes.constEnd(); ++it)
        moneyStyle.insert(it.key(), it->style());

    QVector<QByteArray> jsonKeys;
    for (const QString& n : columnNames)
        jsonKeys.append(n.toUtf8());

    const bool timesketch = profile.name == QLatin1String("timesketch-csv");
    const QString basisOfProfile = ctx.result.timeBasis;

    // Pass 2: the records (a mapped file's pages come back from the page cache and are released again behind it).
    ctx.released = 0;
    QHash<QByteArray, PhoneNormalizer::Result> partyCache;
    CsvReader reader(text.constData(), text.size(), delimiter);
    CsvReader::Row row;
    if (hasHeader)
        reader.next(row);
    qint64 n = 0;
    while (reader.next(row)) {
        if (++n % 4096 == 0)
            ctx.progress(reader.position());
        if (hasHeader && row.fields.size() == header.size()) {
            bool same = true;
            for (int i = 0; i < header.size() && same; ++i)
                same = row.fields[i].trimmed() == header[i].trimmed();
            if (same)
                continue; // a repeated header row
        }
        if (row.unterminatedQuote) {
            ctx.session.reject(row.lineNumber, QStringLiteral("(row)"), QStringLiteral("a quoted field is not closed"));
            continue;
        }
        if (row.fields.size() < header.size()) {
            // A short row: its cells cannot be told apart (which one is missing?), so it is rejected like a call
            // detail record row with too few fields, never read by position into the wrong fields.
            ctx.session.reject(row.lineNumber, QStringLiteral("(row)"),
                               QStringLiteral("expected %1 fields, found %2").arg(header.size()).arg(row.fields.size()));
            continue;
        }
        auto cell = [&](const QString& field) -> QByteArrayView {
            const int i = at(field);
            return i >= 0 && i < row.fields.size() ? QByteArrayView(row.fields[i]).trimmed() : QByteArrayView();
        };
        auto cellText = [&](const QString& field) { return QString::fromUtf8(cell(field)); };
        auto rejectField = [&](const QString& field, const QString& reason) {
            ctx.session.reject(row.lineNumber, columnNames.value(at(field), field), reason);
        };
        SourceRecord r;
        r.row = row.lineNumber;
        r.raw = row.raw;
        JsonFields fields;
        for (int i = 0; i < row.fields.size(); ++i)
            fields.add(i < jsonKeys.size() ? QByteArrayView(jsonKeys[i]) : QByteArrayView(QByteArray("column_") + QByteArray::number(i + 1)),
                       row.fields[i]);
        r.fieldsJson = fields.take();

        // Time.
        bool timeOk = false;
        auto readDateTime = [&](const QString& field, DateTimeValue& out) {
            const QByteArrayView v = cell(field);
            if (v.isEmpty())
                return false;
            if (auto dt = parseDateTime(v, dateOrder.value(at(field), DateOrder::Unknown))) {
                out = *dt;
                return true;
            }
            if (auto serial = parseExcelSerial(v)) {
                out = *serial;
                return true;
            }
            return false;
        };
        auto epochUs = [](QByteArrayView v, qint64& us) {
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), us);
            return !v.isEmpty() && ec == std::errc() && end == v.data() + v.size() && us >= kEarliestUtcUs &&
                   us <= kLatestUtcUs;
        };
        auto spanFromUs = [&](qint64 us, const QString& textValue) {
            TimeSpan s;
            s.lowerUtcUs = s.upperUtcUs = us;
            s.precision = TimePrecision::Microsecond;
            s.originalText = textValue;
            s.timeBasis = QStringLiteral("UTC");
            return s;
        };
        DateTimeValue dt;
        if (at(QStringLiteral("datetime")) >= 0 && readDateTime(QStringLiteral("datetime"), dt)) {
            timeOk = true;
            r.timeText = cellText(QStringLiteral("datetime"));
        } else if (at(QStringLiteral("date")) >= 0 && readDateTime(QStringLiteral("date"), dt)) {
            timeOk = true;
            r.timeText = cellText(QStringLiteral("date"));
            if (at(QStringLiteral("time")) >= 0 && !cell(QStringLiteral("time")).isEmpty()) {
                const auto t = parseTime(cell(QStringLiteral("time")));
                if (!t) {
                    rejectField(QStringLiteral("time"), QStringLiteral("not a time of day"));
                    continue;
                }
                dt.hasTime = true;
                dt.time = *t;
                r.timeText += QLatin1Char(' ') + cellText(QStringLiteral("time"));
            }
        }
        qint64 us = 0;
        const bool hasEpoch = timesketch && epochUs(cell(QStringLiteral("timestamp_us")), us);
        if (timeOk) {
            r.date = dt.date;
            if (dt.hasTime) {
                r.usOfDay = dt.time.usOfDay;
                r.precision = dt.time.precision;
            } else {
                r.precision = TimePrecision::Day;
                r.lastDate = dt.date;
            }
            if (dt.hasOffset)
                r.basis = offsetBasis(dt.offsetSeconds);
            else if (at(QStringLiteral("timezone")) >= 0 && !cell(QStringLiteral("timezone")).isEmpty()) {
                const QString zone = cellText(QStringLiteral("timezone"));
                if (!LocalTimeResolver::basisProblem(zone).isEmpty()) {
                    rejectField(QStringLiteral("timezone"), QStringLiteral("not a known time zone"));
                    continue;
                }
                r.basis = zone;
            } else if (timesketch) {
                r.basis = QStringLiteral("UTC");
            }
            if (hasEpoch) {
                // Timesketch: both given; datetime is the required one. A disagreement over a second is flagged.
                const TimeSpan check = LocalTimeResolver::resolveMicroseconds(
                    r.date, r.usOfDay, r.precision, r.basis.isEmpty() ? basisOfProfile : r.basis, false, r.timeText);
                if (check.isValid() && (us < check.lowerUtcUs - 1000000 || us > check.upperUtcUs + 1000000))
                    r.flags << QStringLiteral("timestamp-disagrees-with-datetime");
            }
        } else if (timesketch && !cell(QStringLiteral("datetime")).isEmpty() &&
                   epochUs(cell(QStringLiteral("datetime")), us)) {
            r.span = spanFromUs(us, cellText(QStringLiteral("datetime"))); // a datetime column holding epoch µs
            r.timeText = cellText(QStringLiteral("datetime"));
            r.basis = QStringLiteral("UTC");
            r.flags << QStringLiteral("datetime-as-epoch-microseconds");
            timeOk = true;
        } else if (hasEpoch) {
            r.span = spanFromUs(us, cellText(QStringLiteral("timestamp_us")));
            r.timeText = cellText(QStringLiteral("timestamp_us"));
            r.basis = QStringLiteral("UTC");
            timeOk = true;
        }
        if (!timeOk) {
            const QString f = at(QStringLiteral("datetime")) >= 0 ? QStringLiteral("datetime") : QStringLiteral("date");
            rejectField(f, cell(f).isEmpty() ? QStringLiteral("empty") : QStringLiteral("not a date and time"));
            continue;
        }
        if (at(QStringLiteral("end")) >= 0 && !cell(QStringLiteral("end")).isEmpty()) {
            DateTimeValue end;
            if (!readDateTime(QStringLiteral("end"), end)) {
                rejectField(QStringLiteral("end"), QStringLiteral("not a date and time"));
                continue;
            }
            const QString basis = r.basis.isEmpty() ? basisOfProfile : r.basis;
            const bool assumed = r.basis.isEmpty() && ctx.result.timeBasisAssumed;
            const TimeSpan a = r.precision == TimePrecision::Day
                                   ? LocalTimeResolver::resolveDays(r.date, r.date, TimePrecision::Day, basis, assumed, r.timeText)
                                   : LocalTimeResolver::resolveMicroseconds(r.date, r.usOfDay, r.precision, basis, assumed, r.timeText);
            const QString endBasis = end.hasOffset ? offsetBasis(end.offsetSeconds) : basis;
            const TimeSpan b = end.hasTime ? LocalTimeResolver::resolveMicroseconds(end.date, end.time.usOfDay, end.time.precision,
                                                                                    endBasis, assumed, {})
                                           : LocalTimeResolver::resolveDays(end.date, end.date, TimePrecision::Day, endBasis, assumed, {});
            if (!a.isValid() || !b.isValid() || b.upperUtcUs < a.lowerUtcUs) {
                rejectField(QStringLiteral("end"), QStringLiteral("ends before it starts"));
                continue;
            }
            r.span = a;
            r.span.upperUtcUs = b.upperUtcUs;
            r.span.ambiguous = a.ambiguous || b.ambiguous;
            r.timeText += QStringLiteral(" / ") + cellText(QStringLiteral("end"));
            r.span.originalText = r.timeText;
        }

        // What happened, between whom.
        r.recordType = recordTypeFrom(cell(QStringLiteral("record_type")), profile.recordType);
        if (at(QStringLiteral("direction")) >= 0)
            r.direction = directionFrom(cell(QStringLiteral("direction")));
        auto partyOf = [&](const QString& field) {
            const int i = at(field);
            if (i < 0 || i >= row.fields.size() || cell(field).isEmpty())
                return QString();
            // Parties repeat: each distinct cell is normalised once (keyed by its bytes, shared with the row).
            auto it = partyCache.constFind(row.fields[i]);
            if (it == partyCache.constEnd()) {
                if (partyCache.size() > 100000)
                    partyCache.clear();
                it = partyCache.insert(row.fields[i], PhoneNormalizer::normalize(cellText(field), ctx.region));
            }
            const PhoneNormalizer::Result& p = *it;
            if (p.status == PhoneNormalizer::Status::Invalid && !r.flags.contains(QLatin1String("invalid-number")))
                r.flags << QStringLiteral("invalid-number");
            if (p.status == PhoneNormalizer::Status::Ambiguous && !r.flags.contains(QLatin1String("ambiguous-number")))
                r.flags << QStringLiteral("ambiguous-number");
            return p.value;
        };
        r.originator = partyOf(QStringLiteral("originator"));
        r.recipient = partyOf(QStringLiteral("recipient"));
        if (!ctx.subscriber.isEmpty()) {
            if (r.originator.isEmpty() && r.direction == QLatin1String("out"))
                r.originator = ctx.subscriber;
            if (r.recipient.isEmpty() && r.direction == QLatin1String("in"))
                r.recipient = ctx.subscriber;
        }
        if (r.direction.isEmpty() && !ctx.subscriber.isEmpty()) {
            if (r.originator == ctx.subscriber)
                r.direction = QStringLiteral("out");
            else if (r.recipient == ctx.subscriber)
                r.direction = QStringLiteral("in");
        }
        if (at(QStringLiteral("duration")) >= 0) {
            r.durationS = durationFrom(cell(QStringLiteral("duration")));
            if (r.durationS == -2) {
                rejectField(QStringLiteral("duration"), QStringLiteral("not a duration in seconds or [HH:]MM:SS"));
                continue;
            }
        }
        r.location = cellText(QStringLiteral("location"));
        if (!cell(QStringLiteral("latitude")).isEmpty() || !cell(QStringLiteral("longitude")).isEmpty()) {
            const QString ll = cellText(QStringLiteral("latitude")) + QLatin1Char(',') + cellText(QStringLiteral("longitude"));
            r.location = r.location.isEmpty() ? ll : r.location + QLatin1Char(' ') + ll;
        }
        r.summary = cellText(QStringLiteral("summary"));

        // Money: exact decimal text.
        bool moneyOk = true;
        auto money = [&](const QString& field) -> QString {
            const QByteArrayView v = cell(field);
            if (v.isEmpty())
                return {};
            const auto d = parseDecimal(v, moneyStyle.value(at(field), DecimalStyle::Auto));
            if (!d) {
                rejectField(field, QStringLiteral("not an amount"));
                moneyOk = false;
                return {};
            }
            return *d;
        };
        QString amount = money(QStringLiteral("amount"));
        const QString debit = money(QStringLiteral("debit"));
        const QString credit = money(QStringLiteral("credit"));
        if (!moneyOk)
            continue;
        auto negate = [](const QString& a) { return a.startsWith(QLatin1Char('-')) ? a.mid(1) : QStringLiteral("-") + a; };
        if (amount.isEmpty() && !debit.isEmpty())
            amount = debit.startsWith(QLatin1Char('-')) ? debit : negate(debit);
        else if (amount.isEmpty() && !credit.isEmpty())
            amount = credit;
        if (!amount.isEmpty() && at(QStringLiteral("sign")) >= 0) {
            const QString s = cellText(QStringLiteral("sign")).toLower();
            if ((s == QLatin1String("debit") || s == QLatin1String("dr")) && !amount.startsWith(QLatin1Char('-')))
                amount = negate(amount);
        }
        if (!amount.isEmpty()) {
            r.amount = amount;
            if (r.direction.isEmpty() && profile.recordType == QLatin1String("payment"))
                r.direction = amount.startsWith(QLatin1Char('-')) ? QStringLiteral("out") : QStringLiteral("in");
        }
        r.currency = cellText(QStringLiteral("currency")).toUpper();
        if (profile.recordType == QLatin1String("payment") && r.recipient.isEmpty() && !r.summary.isEmpty() &&
            at(QStringLiteral("recipient")) < 0)
            (r.direction == QLatin1String("in") ? r.originator : r.recipient) = r.summary;

        // Identifiers named by the row.
        for (const QString& kind : kIdentifierFields) {
            const QString raw = cellText(kind);
            if (raw.isEmpty())
                continue;
            r.identifiers.append(identifier(kind, raw, ctx.region));
            if (!r.identifiers.last().flags.isEmpty())
                for (const QString& f : r.identifiers.last().flags.split(QLatin1Char(',')))
                    if (!r.flags.contains(f))
                        r.flags << f;
        }
        if (r.recordType == QLatin1String("plate-read") && r.originator.isEmpty())
            r.originator = PhoneNormalizer::normalizeIdentifier(QStringLiteral("plate"), cellText(QStringLiteral("plate")), ctx.region);
        if (r.recordType == QLatin1String("advertisement") && r.originator.isEmpty())
            for (const SourceIdentifier& i : r.identifiers)
                if (i.kind == QLatin1String("phone")) {
                    r.originator = i.value;
                    break;
                }
        ctx.session.add(r);
    }
}

} // namespace tessera::readers
