// Readers of structured formats: OFX, Timesketch JSONL, vCard, iCalendar, EML headers, GPX.
#include "analysis/Timeline.h"
#include "case/CaseError.h"
#include "ingest/PhoneNormalizer.h"
#include "ingest/Readers.h"
#include "ingest/Recurrence.h"
#include "ingest/TextDecoder.h"
#include "ingest/ValueParsers.h"
#include "time/LocalTimeResolver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>

namespace tessera::readers {

using namespace values;

namespace {

/// 1-based line numbers of increasing byte offsets in one text, counted incrementally (linear in the text).
class LineCounter {
public:
    explicit LineCounter(const QByteArray& text) : m_text(text) {}
    qint64 lineAt(qsizetype pos) {
        const char* p = m_text.constData();
        for (; m_pos < pos && m_pos < m_text.size(); ++m_pos)
            if (p[m_pos] == '\n' || (p[m_pos] == '\r' && (m_pos + 1 >= m_text.size() || p[m_pos + 1] != '\n')))
                ++m_line;
        return m_line;
    }

private:
    const QByteArray& m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
};

/// RFC 5322 §2.2.3 / RFC 5545 unfolding of lines already read (an e-mail's header block): a line starting with a space
/// or tab continues the one before.
QVector<Line> unfold(const QVector<Line>& lines) {
    QVector<Line> out;
    for (const Line& l : lines) {
        if (!out.isEmpty() && !l.text.isEmpty() && (l.text[0] == ' ' || l.text[0] == '\t'))
            out.last().text += l.text.mid(1);
        else
            out.append(l);
    }
    return out;
}

/// A content line `[group.]NAME[;PARAM[=VALUE]]…:value` (vCard, iCalendar).
struct ContentLine {
    QString name;              ///< upper case, without group
    QMultiHash<QString, QString> params; ///< upper-case keys; bare 2.1 params under "TYPE"
    QByteArray value;
    qint64 line = 0;
};

std::optional<ContentLine> parseContentLine(const Line& l) {
    ContentLine c;
    c.line = l.number;
    const QByteArray& t = l.text;
    // The name and parameters end at the first ':' outside double quotes.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == '"')
            quoted = !quoted;
        else if (t[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    const QList<QByteArray> parts = t.left(colon).split(';');
    QByteArray name = parts.first().trimmed();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    c.name = QString::fromUtf8(name).toUpper();
    for (int i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts[i].indexOf('=');
        if (eq < 0) {
            c.params.insert(QStringLiteral("TYPE"), QString::fromUtf8(parts[i]).toUpper());
        } else {
            const QString key = QString::fromUtf8(parts[i].left(eq)).trimmed().toUpper();
            QString v = QString::fromUtf8(parts[i].mid(eq + 1));
            if (v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')) && v.size() >= 2)
                v = v.mid(1, v.size() - 2);
            for (const QString& each : v.split(QLatin1Char(',')))
                c.params.insert(key, key == QLatin1String("TYPE") ? each.toUpper() : each);
        }
    }
    c.value = t.mid(colon + 1);
    return c;
}

/// Quoted-printable (RFC 2045) to bytes; `=XX` and soft line breaks already joined.
QByteArray decodeQuotedPrintable(const QByteArray& in, bool underscoreIsSpace = false) {
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=' && i + 2 < in.size() + 0 && i + 2 <= in.size() - 1 + 0) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(static_cast<char>(v));
                i += 2;
                continue;
            }
        }
        if (c == '_' && underscoreIsSpace)
            out.append(' ');
        else
            out.append(c);
    }
    return out;
}

/// Bytes in a named charset to a QString; nullopt when the charset is unknown here.
std::optional<QString> decodeCharset(const QByteArray& bytes, const QString& charset) {
    const QString cs = charset.trimmed().toLower();
    if (cs.isEmpty() || cs == QLatin1String("utf-8") || cs == QLatin1String("utf8") || cs == QLatin1String("us-ascii")) {
        if (!TextDecoder::isValidUtf8(bytes.constData(), bytes.size()))
            return std::nullopt;
        return QString::fromUtf8(bytes);
    }
    if (cs == QLatin1String("iso-8859-1") || cs == QLatin1String("latin1") || cs == QLatin1String("windows-1252") ||
        cs == QLatin1String("cp1252") || cs == QLatin1String("iso-8859-15")) {
        // Windows-1252 is a superset of the printable ISO-8859-1 range (WHATWG maps the label iso-8859-1 to it).
        QByteArray probe = bytes;
        if (TextDecoder::isValidUtf8(probe.constData(), probe.size()) && cs != QLatin1String("iso-8859-15")) {
            // An all-ASCII text is valid UTF-8 too; decode as 1252 only when it is not plain ASCII.
        }
        const auto r = TextDecoder::decode(QByteArray("\xff", 1) + bytes); // force the 1252 path
        return QString::fromUtf8(r.utf8).mid(1);
    }
    return std::nullopt;
}

/// RFC 2047 encoded-words in a header value (`=?charset?Q?…?=`, `=?charset?B?…?=`); whitespace between adjacent
/// encoded words is dropped. Unknown charsets keep the word as received.
QString decodeHeader(const QByteArray& value) {
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?]+)\?([QqBb])\?([^?]*)\?=)"));
    const QString in = QString::fromUtf8(value);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    auto it = word.globalMatch(in);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = in.mid(last, m.capturedStart() - last);
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += between;
        QString charset = m.captured(1);
        if (const qsizetype star = charset.indexOf(QLatin1Char('*')); star >= 0)
            charset = charset.left(star);
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).toUpper() == QLatin1String("B") ? QByteArray::fromBase64(payload)
                                                                                : decodeQuotedPrintable(payload, true);
        if (auto decoded = decodeCharset(bytes, charset))
            out += *decoded;
        else
            out += m.captured(0);
        last = m.capturedEnd();
        previousWasWord = true;
    }
    out += in.mid(last);
    return out.simplified();
}

/// The addresses in an address-list header ("Name <a@b>, c@d").
QStringList emailAddresses(const QString& header) {
    static const QRegularExpression angle(QStringLiteral(R"(<([^<>@\s]+@[^<>\s]+)>)"));
    static const QRegularExpression bare(QStringLiteral(R"(([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}))"));
    QStringList out;
    auto it = angle.globalMatch(header);
    while (it.hasNext())
        out << it.next().captured(1).toLower();
    if (out.isEmpty()) {
        auto b = bare.globalMatch(header);
        while (b.hasNext())
            out << b.next().captured(1).toLower();
    }
    out.removeDuplicates();
    return out;
}

TimeSpan exactUs(qint64 us, const QString& text) {
    TimeSpan s;
    s.lowerUtcUs = s.upperUtcUs = us;
    s.precision = TimePrecision::Microsecond;
    s.originalText = text;
    s.timeBasis = QStringLiteral("UTC");
    return s;
}

/// Sets the record's time from a parsed date-time (own offset, else `fallbackBasis`).
void setTime(SourceRecord& r, const DateTimeValue& dt, const QString& text) {
    r.date = dt.date;
    r.timeText = text;
    if (dt.hasTime) {
        r.usOfDay = dt.time.usOfDay;
        r.precision = dt.time.precision;
    } else {
        r.precision = TimePrecision::Day;
        r.lastDate = dt.date;
    }
    if (dt.hasOffset)
        r.basis = offsetBasis(dt.offsetSeconds);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------- OFX

namespace {
/// OFX datetime `YYYYMMDD[HHMMSS[.XXX]][[±hh[.mm]][:TZ]]` (OFX 2.1.1 §3.2.8.2); also `HHMMSS:XXX`.
std::optional<DateTimeValue> parseOfxDate(const QByteArray& raw) {
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:(\d{2})(?:[.:](\d{1,6}))?)?)?\s*(?:\[\s*([+-]?\d{1,2})(?:[.:](\d{2}))?(?::[A-Za-z]*)?\s*\])?$)"));
    const auto m = re.match(QString::fromLatin1(raw.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    DateTimeValue v;
    v.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!v.date.isValid())
        return std::nullopt;
    if (!m.captured(4).isEmpty()) {
        const int h = m.captured(4).toInt(), mi = m.captured(5).toInt(), s = m.captured(6).toInt();
        if (h > 23 || mi > 59 || s > 59)
            return std::nullopt;
        v.hasTime = true;
        v.time.usOfDay = ((h * 60LL + mi) * 60 + s) * 1000000LL;
        v.time.precision = m.captured(6).isEmpty() ? TimePrecision::Minute : TimePrecision::Second;
        if (!m.captured(7).isEmpty()) {
            QString frac = m.captured(7);
            frac = frac.leftJustified(6, QLatin1Char('0'));
            v.time.usOfDay += frac.toLongLong();
            v.time.precision = TimePrecision::Microsecond;
        }
    }
    if (!m.captured(8).isEmpty()) {
        const int h = m.captured(8).toInt();
        const int mi = m.captured(9).isEmpty() ? 0 : m.captured(9).toInt();
        v.hasOffset = true;
        v.offsetSeconds = (h < 0 || m.captured(8).startsWith(QLatin1Char('-')) ? -1 : 1) * (qAbs(h) * 3600 + mi * 60);
    }
    return v;
}
} // namespace

void readOfx(Context& ctx) {
    const QByteArray& t = ctx.text;
    const qsizetype ofxStart = t.indexOf("<OFX>") >= 0 ? t.indexOf("<OFX>") : t.toUpper().indexOf("<OFX>");
    if (ofxStart < 0)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: not an OFX file (no <OFX> element); nothing was imported")
                                                 .arg(ctx.fileName));
    LineCounter lines(t);
    QString currency, account;
    QMap<QString, QString> fields;
    QVector<QPair<QByteArray, QByteArray>> ordered;
    bool inTxn = false;
    qsizetype txnStart = 0;
    qint64 txnLine = 0;
    qsizetype pos = ofxStart;
    const bool explicitBasis = !ctx.options.timeBasis.isEmpty();
    qint64 n = 0;
    while (true) {
        const qsizetype lt = t.indexOf('<', pos);
        if (lt < 0)
            break;
        const qsizetype gt = t.indexOf('>', lt);
        if (gt < 0)
            break;
        const QByteArray tag = t.mid(lt + 1, gt - lt - 1).trimmed().toUpper();
        qsizetype next = t.indexOf('<', gt);
        if (next < 0)
            next = t.size();
        const QByteArray value = t.mid(gt + 1, next - gt - 1).trimmed();
        pos = gt + 1;
        if (tag.startsWith('?') || tag.startsWith('!'))
            continue;
        if (tag == "STMTTRN") {
            inTxn = true;
            txnStart = lt;
            txnLine = lines.lineAt(lt);
            fields.clear();
            ordered.clear();
            continue;
        }
        if (tag == "/STMTTRN" && inTxn) {
            inTxn = false;
            if (++n % 256 == 0)
                ctx.progress(gt);
            SourceRecord r;
            r.row = txnLine;
            r.raw = t.mid(txnStart, gt + 1 - txnStart);
            r.recordType = ctx.profile.recordType;
            JsonFields json;
            for (const auto& [k, v] : ordered)
                json.add(k, v);
            r.fieldsJson = json.take();
            const QString dateText = fields.value(QStringLiteral("DTPOSTED"), fields.value(QStringLiteral("DTUSER")));
            const auto dt = parseOfxDate(dateText.toUtf8());
            if (!dt) {
                ctx.session.reject(r.row, QStringLiteral("DTPOSTED"), dateText.isEmpty() ? QStringLiteral("empty")
                                                                                         : QStringLiteral("not an OFX date"));
                continue;
            }
            setTime(r, *dt, dateText);
            if (!dt->hasOffset && !explicitBasis) {
                r.basis = QStringLiteral("UTC"); // OFX 2.1.1 §3.2.8.2: no offset means GMT
                r.flags << QStringLiteral("zone-not-stated");
            }
            const auto amount = parseDecimal(fields.value(QStringLiteral("TRNAMT")).toUtf8(), DecimalStyle::Point);
            if (!amount) {
                ctx.session.reject(r.row, QStringLiteral("TRNAMT"), QStringLiteral("not an amount"));
                continue;
            }
            r.amount = *amount;
            r.currency = fields.value(QStringLiteral("CURRENCY"), currency);
            r.summary = fields.value(QStringLiteral("NAME"), fields.value(QStringLiteral("PAYEE")));
            const QString memo = fields.value(QStringLiteral("MEMO"));
            if (!memo.isEmpty())
                r.summary = r.summary.isEmpty() ? memo : r.summary + QStringLiteral(" — ") + memo;
            const bool out = r.amount.startsWith(QLatin1Char('-'));
            r.direction = out ? QStringLiteral("out") : QStringLiteral("in");
            const QString other = fields.value(QStringLiteral("NAME"), fields.value(QStringLiteral("PAYEE")));
            r.originator = out ? account : other;
            r.recipient = out ? other : account;
            if (!account.isEmpty())
                r.identifiers.append(identifier(QStringLiteral("account"), account, ctx.region));
            ctx.session.add(r);
            continue;
        }
        if (tag.startsWith('/'))
            continue;
        if (inTxn) {
            if (!value.isEmpty()) {
                fields.insert(QString::fromUtf8(tag), QString::fromUtf8(value));
                ordered.append({tag, value});
            }
        } else if (tag == "CURDEF") {
            currency = QString::fromUtf8(value);
        } else if (tag == "ACCTID") {
            account = QString::fromUtf8(value);
        }
    }
}

// --------------------------------------------------------------------------------------------------- Timesketch JSONL

void readTimesketchJsonl(Context& ctx) {
    LineCursor lines(ctx.text); // one line at a time: memory does not grow with the number of records
    qint64 n = 0;
    Line l;
    while (lines.next(l)) {
        if (l.text.trimmed().isEmpty())
            continue;
        if (++n % 4096 == 0)
            ctx.progress(lines.position());
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(l.text, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            ctx.session.reject(l.number, QStringLiteral("(row)"), QStringLiteral("not a JSON object"));
            continue;
        }
        const QJsonObject o = doc.object();
        SourceRecord r;
        r.row = l.number;
        r.raw = l.text;
        r.fieldsJson = QJsonDocument(o).toJson(QJsonDocument::Compact);
        r.recordType = o.value(QStringLiteral("timestamp_desc")).toString().simplified().toLower();
        if (r.recordType.isEmpty())
            r.recordType = ctx.profile.recordType;
        r.summary = o.value(QStringLiteral("message")).toString();
        const QString datetime = o.value(QStringLiteral("datetime")).toString().trimmed();
        const QJsonValue ts = o.value(QStringLiteral("timestamp"));
        // The timestamp: microseconds since the epoch, as a JSON number or text; only within years 0001–9999 (a
        // larger double cannot even be converted to an integer: fuzzing found 1.2345e20).
        qint64 us = 0;
        bool hasTs = false;
        if (ts.isDouble()) {
            const double d = ts.toDouble();
            hasTs = std::isfinite(d) && d >= static_cast<double>(kEarliestUtcUs) && d <= static_cast<double>(kLatestUtcUs);
            us = hasTs ? static_cast<qint64>(d) : 0;
        } else if (ts.isString() && !ts.toString().trimmed().isEmpty()) {
            bool ok = false;
            us = ts.toString().trimmed().toLongLong(&ok);
            hasTs = ok && us >= kEarliestUtcUs && us <= kLatestUtcUs;
        }
        if (const auto dt = datetime.isEmpty() ? std::nullopt : parseDateTime(datetime.toUtf8(), DateOrder::YMD)) {
            setTime(r, *dt, datetime);
            if (r.basis.isEmpty())
                r.basis = QStringLiteral("UTC");
            if (hasTs) {
                const TimeSpan check = LocalTimeResolver::resolveMicroseconds(r.date, r.usOfDay, r.precision, r.basis, false, datetime);
                if (check.isValid() && (us < check.lowerUtcUs - 1000000 || us > check.upperUtcUs + 1000000))
                    r.flags << QStringLiteral("timestamp-disagrees-with-datetime");
            }
        } else if (hasTs) {
            r.span = exactUs(us, QString::number(us));
            r.timeText = QString::number(us);
            r.basis = QStringLiteral("UTC");
        } else {
            ctx.session.reject(l.number, QStringLiteral("datetime"),
                               QStringLiteral("no readable datetime, and no timestamp within years 0001-9999"));
            continue;
        }
        ctx.session.add(r);
    }
}

// -------------------------------------------------------------------------------------------------------------- vCard

void readVCard(Context& ctx) {
    // One logical line at a time (vCard 2.1 quoted-printable soft breaks joined, folded lines unfolded): memory stays
    // that of one card however many the file holds.
    UnfoldedLines lines(ctx.text, true);
    bool sawCard = false, inCard = false;
    qint64 cardLine = 0;
    QString label;
    QVector<SourceIdentifier> pending;
    qint64 n = 0;
    Line l;
    while (lines.next(l)) {
        if (++n % 4096 == 0)
            ctx.progress(lines.position());
        const auto cl = parseContentLine(l);
        if (!cl)
            continue;
        QByteArray value = cl->value;
        if (cl->params.values(QStringLiteral("ENCODING")).join(QLatin1Char(',')).toUpper() == QLatin1String("QUOTED-PRINTABLE") ||
            cl->params.values(QStringLiteral("TYPE")).contains(QStringLiteral("QUOTED-PRINTABLE")))
            value = decodeQuotedPrintable(value);
        const QString charset = cl->params.value(QStringLiteral("CHARSET"));
        const QString text = decodeCharset(value, charset).value_or(QString::fromUtf8(value));
        if (cl->name == QLatin1String("BEGIN") && text.trimmed().toUpper() == QLatin1String("VCARD")) {
            inCard = sawCard = true;
            cardLine = cl->line;
            label.clear();
            pending.clear();
            continue;
        }
        if (!inCard)
            continue;
        if (cl->name == QLatin1String("END")) {
            inCard = false;
            for (SourceIdentifier& i : pending) {
                if (!label.isEmpty())
                    i.label = i.label.isEmpty() ? label : label + QStringLiteral(" (") + i.label + QLatin1Char(')');
                ctx.session.addIdentifier(cardLine, i);
            }
            continue;
        }
        QStringList types = cl->params.values(QStringLiteral("TYPE"));
        types.removeAll(QStringLiteral("QUOTED-PRINTABLE"));
        types.removeAll(QStringLiteral("PREF"));
        types.removeAll(QStringLiteral("INTERNET"));
        std::sort(types.begin(), types.end());
        const QString typeLabel = types.join(QLatin1Char(',')).toLower();
        if (cl->name == QLatin1String("FN")) {
            label = text.simplified();
        } else if (cl->name == QLatin1String("N") && label.isEmpty()) {
            QStringList parts = text.split(QLatin1Char(';'));
            std::reverse(parts.begin(), parts.end());
            label = parts.join(QLatin1Char(' ')).simplified();
        } else if (cl->name == QLatin1String("TEL")) {
            QString raw = text.trimmed();
            if (raw.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                raw = raw.mid(4);
            if (!raw.isEmpty())
                pending.append(identifier(QStringLiteral("phone"), raw, ctx.region, typeLabel));
        } else if (cl->name == QLatin1String("EMAIL")) {
            if (!text.trimmed().isEmpty())
                pending.append(identifier(QStringLiteral("email"), text.trimmed(), ctx.region, typeLabel));
        } else if (cl->name == QLatin1String("IMPP") || cl->name.startsWith(QLatin1String("X-AIM")) ||
                   cl->name.startsWith(QLatin1String("X-JABBER")) || cl->name.startsWith(QLatin1String("X-SKYPE")) ||
                   cl->name.startsWith(QLatin1String("X-MSN")) || cl->name.startsWith(QLatin1String("X-YAHOO")) ||
                   cl->name.startsWith(QLatin1String("X-ICQ")) || cl->name.startsWith(QLatin1String("X-GOOGLE-TALK"))) {
            if (!text.trimmed().isEmpty())
                pending.append(identifier(QStringLiteral("handle"), text.trimmed(), ctx.region,
                                          cl->name == QLatin1String("IMPP") ? typeLabel : cl->name.toLower()));
        }
    }
    if (!sawCard)
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("%1: not a vCard file (no BEGIN:VCARD); nothing was imported").arg(ctx.fileName));
    if (inCard)
        ctx.session.reject(cardLine, QStringLiteral("(card)"), QStringLiteral("the card is not closed (no END:VCARD)"));
}

// ---------------------------------------------------------------------------------------------------------- iCalendar

namespace {
/// An iCalendar DATE or DATE-TIME (RFC 5545 §3.3.4/3.3.5): `YYYYMMDD`, `YYYYMMDDTHHMMSS[Z]`.
std::optional<DateTimeValue> parseIcsDate(const QByteArray& raw) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$)"));
    const auto m = re.match(QString::fromLatin1(raw.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    DateTimeValue v;
    v.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!v.date.isValid())
        return std::nullopt;
    if (!m.captured(4).isEmpty()) {
        const int h = m.captured(4).toInt(), mi = m.captured(5).toInt(), s = m.captured(6).toInt();
        if (h > 23 || mi > 59 || s > 60)
            return std::nullopt;
        v.hasTime = true;
        v.time.usOfDay = ((h * 60LL + mi) * 60 + qMin(s, 59)) * 1000000LL;
        v.time.precision = TimePrecision::Second;
        v.hasOffset = !m.captured(7).isEmpty();
    }
    return v;
}
/// Open-ended recurrences stop at most this many years after DTSTART (and earlier at the calendar's latest date).
constexpr int kOpenEndedYears = 2;
/// No recurrence makes more rows than this, whatever its COUNT or UNTIL (a warning names the line).
constexpr int kMaxOccurrences = 5000;
/// Nor does one calendar make more than this many rows from recurrences (a small file of many long rules).
constexpr qint64 kMaxOccurrencesPerFile = 200000;

/// One start of a recurrence set (a rule's date, an RDATE or an EXDATE): local date and time in `basis`.
struct Occurrence {
    QDate date;
    qint64 usOfDay = 0;
    QString basis;    ///< an IANA zone, "UTC" or an offset; never empty
    bool timed = true;
};

/// An event with RRULE or RDATE, read, waiting to be expanded.
struct PendingRecurrence {
    SourceRecord base;                 ///< the event as read (its first occurrence)
    DateTimeValue start;               ///< DTSTART
    QString startText;
    QString basis;                     ///< DTSTART's zone, or the import's basis
    bool timed = true;
    std::optional<RecurrenceRule> rule;
    std::optional<DateTimeValue> until;
    QVector<Occurrence> extra;         ///< RDATE
    QVector<Occurrence> excluded;      ///< EXDATE
    QString unsupported;               ///< the part that is not expanded, when there is one
};

qint64 utcOf(const Occurrence& o) {
    return LocalTimeResolver::resolveMicroseconds(o.date, o.timed ? o.usOfDay : 0, TimePrecision::Second, o.basis, false, {})
        .lowerUtcUs;
}

/// The occurrences of `p` as records, in time order, each with the event's row and fields, plus the field
/// `X-TESSERA-OCCURRENCE` = N (1-based; in the fields, not the flags: an occurrence is not a finding, and flags are
/// counted as "flagged" and listed in the disclosure register). `horizon`: no rule date after it (open-ended rules).
/// At most `limit` occurrences (kMaxOccurrences, or what is left of kMaxOccurrencesPerFile); a warning when the limit
/// stopped it.
QVector<SourceRecord> expandRecurrence(const PendingRecurrence& p, QDate horizon, int limit, const QString& fileName,
                                       QStringList& warnings) {
    QVector<Occurrence> all;
    const Occurrence first{p.start.date, p.start.time.usOfDay, p.basis, p.timed};
    bool capped = false;
    if (p.rule) {
        const qint64 untilUtc = p.until && p.until->hasTime && p.until->hasOffset
                                    ? LocalTimeResolver::resolveMicroseconds(p.until->date, p.until->time.usOfDay,
                                                                             TimePrecision::Second, QStringLiteral("UTC"), false, {})
                                          .lowerUtcUs
                                    : 0;
        auto withinUntil = [&](QDate d) {
            if (!p.until)
                return true;
            if (!p.until->hasTime || !p.timed)
                return d <= p.until->date; // a DATE: the whole day
            if (p.until->hasOffset) // UTC, as RFC 5545 requires with a zoned DTSTART
                return utcOf(Occurrence{d, p.start.time.usOfDay, p.basis, true}) <= untilUtc;
            return d < p.until->date || (d == p.until->date && p.start.time.usOfDay <= p.until->time.usOfDay);
        };
        for (const QDate& d : p.rule->dates(p.start.date, withinUntil, horizon, limit, &capped))
            all.append({d, p.start.time.usOfDay, p.basis, p.timed});
    } else {
        all.append(first);
    }
    QVector<qint64> keys;
    for (const Occurrence& o : all)
        keys.append(utcOf(o));
    for (const Occurrence& o : p.extra) {
        const Occurrence add{o.date, o.usOfDay, o.timed ? o.basis : p.basis, p.timed};
        const qint64 k = utcOf(add);
        if (!keys.contains(k) && all.size() < limit) {
            all.append(add);
            keys.append(k);
        }
    }
    // EXDATE: the same instant (a date-time), or the same local date (a DATE, or an all-day event).
    QVector<qint64> excludedAt;
    QVector<QDate> excludedOn;
    for (const Occurrence& x : p.excluded) {
        if (!x.timed || !p.timed)
            excludedOn.append(x.date);
        else
            excludedAt.append(utcOf(x));
    }
    QVector<std::pair<qint64, Occurrence>> kept;
    for (int i = 0; i < all.size(); ++i) {
        const bool out = excludedOn.contains(all[i].date) || excludedAt.contains(keys[i]);
        if (!out)
            kept.append({keys[i], all[i]});
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (capped)
        warnings << QStringLiteral("%1: line %2: the event's recurrence was cut at %3 occurrences (at most %4 per event "
                                   "and %5 per calendar)")
                        .arg(fileName)
                        .arg(p.base.row)
                        .arg(limit)
                        .arg(kMaxOccurrences)
                        .arg(kMaxOccurrencesPerFile);
    const qint64 days = p.base.lastDate.isValid() ? p.base.date.daysTo(p.base.lastDate) : 0;
    const qint64 durationUs = p.base.span.isValid() ? p.base.span.upperUtcUs - p.base.span.lowerUtcUs : -1;
    QVector<SourceRecord> out;
    out.reserve(kept.size());
    for (int i = 0; i < kept.size(); ++i) {
        const Occurrence& o = kept[i].second;
        SourceRecord r = p.base;
        r.date = o.date;
        r.usOfDay = o.usOfDay;
        if (o.basis != p.basis)
            r.basis = o.basis; // an RDATE in its own zone
        if (r.lastDate.isValid())
            r.lastDate = o.date.addDays(days);
        if (durationUs >= 0) {
            // DTEND's exact duration applies to every occurrence (RFC 5545 §3.8.5.3).
            const TimeSpan a = LocalTimeResolver::resolveMicroseconds(o.date, o.usOfDay, r.precision, o.basis, false, {});
            r.span = a;
            if (a.isValid())
                r.span.upperUtcUs = a.lowerUtcUs + durationUs;
        }
        if (i > 0 || o.date != p.start.date || o.usOfDay != p.start.time.usOfDay) {
            const QString local = o.timed ? QStringLiteral("%1T%2")
                                                .arg(o.date.toString(QStringLiteral("yyyyMMdd")),
                                                     QTime::fromMSecsSinceStartOfDay(static_cast<int>(o.usOfDay / 1000))
                                                         .toString(QStringLiteral("HHmmss")))
                                          : o.date.toString(QStringLiteral("yyyyMMdd"));
            r.timeText = QStringLiteral("%1 (occurrence %2 of the recurrence from %3)").arg(local).arg(i + 1).arg(p.startText);
        }
        if (r.span.isValid())
            r.span.originalText = r.timeText;
        r.fieldsJson.chop(1); // the object's closing brace
        r.fieldsJson += (r.fieldsJson.size() > 1 ? ",\"X-TESSERA-OCCURRENCE\":\"" : "\"X-TESSERA-OCCURRENCE\":\"") +
                        QByteArray::number(i + 1) + "\"}";
        out.append(std::move(r));
    }
    return out;
}

} // namespace

void readICalendar(Context& ctx) {
    UnfoldedLines lines(ctx.text, false); // one logical line at a time, as for vCard
    bool sawCalendar = false;
    int depth = 0; // components inside VEVENT (VALARM …)
    bool inEvent = false;
    qint64 eventLine = 0;
    QString calendarZone;
    QVector<ContentLine> props;
    QByteArray raw;
    const bool explicitBasis = !ctx.options.timeBasis.isEmpty();
    // The zone of a DTSTART, DTEND, EXDATE or RDATE value: UTC for Z, its TZID (or an IANA name inside a custom
    // one), the calendar's X-WR-TIMEZONE for a floating value, else empty (the import's basis).
    auto zoneOf = [&](const ContentLine& p, const DateTimeValue& dt, QString& basis, QStringList& flags) {
        if (dt.hasOffset) {
            basis = QStringLiteral("UTC");
            return;
        }
        if (!dt.hasTime && !explicitBasis && !calendarZone.isEmpty()) {
            basis = calendarZone;
            return;
        }
        const QString tzid = p.params.value(QStringLiteral("TZID"));
        if (!tzid.isEmpty()) {
            QString zone = tzid;
            if (!LocalTimeResolver::basisProblem(zone).isEmpty()) {
                // A custom TZID that embeds an IANA name ("custom_America/New_York").
                static const QRegularExpression iana(QStringLiteral(R"(([A-Z][A-Za-z_]+/[A-Za-z_/\-]+))"));
                const auto m = iana.match(tzid);
                zone = m.hasMatch() && LocalTimeResolver::basisProblem(m.captured(1)).isEmpty() ? m.captured(1)
                                                                                                  : QString();
                if (zone.isEmpty()) {
                    flags << QStringLiteral("unknown-tzid");
                    return; // the import's basis, marked by the flag
                }
                flags << QStringLiteral("tzid-read-as-iana-zone");
            }
            basis = zone;
            return;
        }
        if (dt.hasTime)
            flags << QStringLiteral("floating-time");
        if (!explicitBasis && !calendarZone.isEmpty())
            basis = calendarZone;
    };

    // Recurrence (RFC 5545 §3.3.10, §3.8.5): the latest date the calendar's records reach, for open-ended rules.
    QDate latest;
    auto note = [&](const SourceRecord& r) {
        const QDate last = r.lastDate.isValid() ? r.lastDate : r.date;
        if (last.isValid() && (!latest.isValid() || last > latest))
            latest = last;
    };
    QVector<PendingRecurrence> openEnded;
    qint64 budget = kMaxOccurrencesPerFile; // occurrences this calendar may still make
    auto occurrenceLimit = [&] { return static_cast<int>(qBound(qint64(1), budget, qint64(kMaxOccurrences))); };
    auto addEvent = [&](SourceRecord& r, const DateTimeValue& s, const ContentLine& start, const QVector<ContentLine>& props) {
        PendingRecurrence p;
        p.base = r;
        p.start = s;
        p.timed = s.hasTime;
        p.basis = r.basis.isEmpty() ? ctx.result.timeBasis : r.basis;
        p.startText = QString::fromUtf8(start.value).trimmed();
        int rrules = 0;
        for (const ContentLine& c : props) {
            if (c.name == QLatin1String("RRULE")) {
                if (++rrules > 1) {
                    p.unsupported = QStringLiteral("a second RRULE");
                    continue;
                }
                QString why;
                if (auto rule = RecurrenceRule::parse(c.value, why)) {
                    why = rule->unsupportedFrom(s.date);
                    if (why.isEmpty() && !rule->until.isEmpty()) {
                        p.until = parseIcsDate(rule->until);
                        if (!p.until)
                            why = QStringLiteral("UNTIL");
                    }
                    if (why.isEmpty())
                        p.rule = *rule;
                }
                if (!why.isEmpty())
                    p.unsupported = why;
            } else if (c.name == QLatin1String("EXDATE") || c.name == QLatin1String("RDATE")) {
                const bool ex = c.name == QLatin1String("EXDATE");
                if (c.params.value(QStringLiteral("VALUE")).toUpper() == QLatin1String("PERIOD")) {
                    p.unsupported = QStringLiteral("RDATE;VALUE=PERIOD");
                    continue;
                }
                for (const QByteArray& each : c.value.split(',')) {
                    const auto dt = parseIcsDate(each);
                    if (!dt) {
                        p.unsupported = ex ? QStringLiteral("EXDATE") : QStringLiteral("RDATE");
                        continue;
                    }
                    QString basis;
                    QStringList ignored;
                    zoneOf(c, *dt, basis, ignored);
                    Occurrence o{dt->date, dt->hasTime ? dt->time.usOfDay : s.time.usOfDay,
                                 basis.isEmpty() ? ctx.result.timeBasis : basis, dt->hasTime};
                    (ex ? p.excluded : p.extra).append(o);
                }
            }
        }
        if (!p.unsupported.isEmpty()) {
            // Never guessed: the first occurrence, flagged, and a warning naming the line and the part.
            r.flags << QStringLiteral("recurrence-not-expanded");
            ctx.extraWarnings << QStringLiteral("%1: line %2: the event's recurrence (%3) is not expanded; only its "
                                                "first occurrence was imported")
                                     .arg(ctx.fileName)
                                     .arg(r.row)
                                     .arg(p.unsupported);
            ctx.session.add(r);
            note(r);
            return;
        }
        if (!p.rule && p.extra.isEmpty()) {
            ctx.session.add(r);
            note(r);
            return;
        }
        if (p.rule && !p.rule->bounded()) {
            openEnded.append(p); // expanded at the end of the file, up to the latest date of the calendar's records
            note(r);
            return;
        }
        QVector<SourceRecord> occurrences = expandRecurrence(p, QDate(), occurrenceLimit(), ctx.fileName, ctx.extraWarnings);
        budget -= occurrences.size();
        for (SourceRecord& o : occurrences)
            if (ctx.session.add(o) > 0)
                note(o);
    };
    qint64 n = 0;
    Line l;
    while (lines.next(l)) {
        if (++n % 4096 == 0)
            ctx.progress(lines.position());
        const auto cl = parseContentLine(l);
        if (!cl)
            continue;
        const QString v = QString::fromUtf8(cl->value).trimmed();
        if (cl->name == QLatin1String("BEGIN")) {
            if (v.toUpper() == QLatin1String("VCALENDAR"))
                sawCalendar = true;
            else if (v.toUpper() == QLatin1String("VEVENT") && !inEvent) {
                inEvent = true;
                eventLine = cl->line;
                props.clear();
                raw.clear();
            } else if (inEvent)
                ++depth;
        } else if (cl->name == QLatin1String("END")) {
            if (inEvent && depth > 0) {
                --depth;
            } else if (inEvent && v.toUpper() == QLatin1String("VEVENT")) {
                inEvent = false;
                raw += l.text;
                SourceRecord r;
                r.row = eventLine;
                r.raw = raw;
                r.recordType = ctx.profile.recordType;
                JsonFields json;
                const ContentLine* start = nullptr;
                const ContentLine* end = nullptr;
                for (const ContentLine& p : props) {
                    json.add(QByteArrayView(p.name.toUtf8()), QByteArrayView(p.value));
                    if (p.name == QLatin1String("DTSTART"))
                        start = &p;
                    else if (p.name == QLatin1String("DTEND"))
                        end = &p;
                    else if (p.name == QLatin1String("SUMMARY"))
                        r.summary = QString::fromUtf8(p.value).replace(QLatin1String("\\,"), QLatin1String(","))
                                        .replace(QLatin1String("\\;"), QLatin1String(";"))
                                        .replace(QLatin1String("\\n"), QLatin1String(" "));
                    else if (p.name == QLatin1String("LOCATION"))
                        r.location = QString::fromUtf8(p.value).replace(QLatin1String("\\,"), QLatin1String(","));
                }
                r.fieldsJson = json.take();
                if (!start) {
                    ctx.session.reject(eventLine, QStringLiteral("DTSTART"), QStringLiteral("missing"));
                    continue;
                }
                const auto s = parseIcsDate(start->value);
                if (!s) {
                    ctx.session.reject(eventLine, QStringLiteral("DTSTART"), QStringLiteral("not an iCalendar date"));
                    continue;
                }
                setTime(r, *s, QString::fromUtf8(start->value));
                r.basis.clear();
                zoneOf(*start, *s, r.basis, r.flags);
                if (!s->hasTime) {
                    r.flags << QStringLiteral("all-day");
                    r.lastDate = s->date;
                }
                if (end) {
                    if (const auto e = parseIcsDate(end->value)) {
                        r.timeText += QStringLiteral(" / ") + QString::fromUtf8(end->value);
                        if (!e->hasTime && !s->hasTime && e->date > s->date) {
                            r.lastDate = e->date.addDays(-1); // DTEND of an all-day event is exclusive
                        } else if (e->hasTime && s->hasTime) {
                            QString endBasis;
                            QStringList ignored;
                            zoneOf(*end, *e, endBasis, ignored);
                            const QString sb = r.basis.isEmpty() ? ctx.result.timeBasis : r.basis;
                            const QString eb = endBasis.isEmpty() ? ctx.result.timeBasis : endBasis;
                            const TimeSpan a = LocalTimeResolver::resolveMicroseconds(r.date, r.usOfDay, r.precision, sb,
                                                                                      false, r.timeText);
                            const TimeSpan b = LocalTimeResolver::resolveMicroseconds(e->date, e->time.usOfDay,
                                                                                      e->time.precision, eb, false, {});
                            if (a.isValid() && b.isValid() && b.lowerUtcUs > a.lowerUtcUs) {
                                r.span = a;
                                r.span.upperUtcUs = b.lowerUtcUs - 1; // DTEND is exclusive
                                r.span.originalText = r.timeText;
                            }
                        }
                    }
                }
                addEvent(r, *s, *start, props);
                continue;
            }
        } else if (inEvent && depth == 0) {
            props.append(*cl);
        } else if (!inEvent && cl->name == QLatin1String("X-WR-TIMEZONE")) {
            if (LocalTimeResolver::basisProblem(v).isEmpty())
                calendarZone = v;
        }
        if (inEvent)
            raw += l.text + '\n';
    }
    if (!sawCalendar)
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("%1: not an iCalendar file (no BEGIN:VCALENDAR); nothing was imported").arg(ctx.fileName));
    // Open-ended rules (no COUNT, no UNTIL): up to the latest date any record of this calendar reaches, at most
    // kOpenEndedYears after the event's start — never an unbounded number of rows.
    for (const PendingRecurrence& p : openEnded) {
        const QDate cap = p.start.date.addYears(kOpenEndedYears);
        const QDate horizon = latest.isValid() && latest < cap ? qMax(latest, p.start.date) : cap;
        const QVector<SourceRecord> occurrences = expandRecurrence(p, horizon, occurrenceLimit(), ctx.fileName, ctx.extraWarnings);
        budget -= occurrences.size();
        ctx.extraWarnings << QStringLiteral("%1: line %2: the event repeats with no end (RRULE without COUNT or UNTIL); "
                                            "%3 occurrences imported, up to %4 (the latest date of the calendar's "
                                            "records, at most %5 years after its start)")
                                 .arg(ctx.fileName)
                                 .arg(p.base.row)
                                 .arg(occurrences.size())
                                 .arg(horizon.toString(Qt::ISODate))
                                 .arg(kOpenEndedYears);
        for (SourceRecord o : occurrences)
            ctx.session.add(o);
    }
}

// ---------------------------------------------------------------------------------------------------------------- EML

void readEml(Context& ctx) {
    // The header block only: the lines up to the first empty one (the body, attachments included, is never split).
    LineCursor cursor(ctx.text);
    QVector<Line> headerLines;
    qsizetype headerBytes = 0;
    Line l;
    while (cursor.next(l)) {
        if (l.text.isEmpty())
            break;
        headerLines.append(l);
        headerBytes += l.text.size() + 1;
    }
    const QVector<Line> unfolded = unfold(headerLines);
    QVector<QPair<QString, QByteArray>> headers;
    for (const Line& h : unfolded) {
        const qsizetype colon = h.text.indexOf(':');
        if (colon <= 0 || h.text.left(colon).contains(' '))
            continue;
        headers.append({QString::fromLatin1(h.text.left(colon)).trimmed(), h.text.mid(colon + 1).trimmed()});
    }
    auto header = [&](const char* name) {
        for (const auto& [k, v] : headers)
            if (k.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return v;
        return QByteArray();
    };
    if (header("From").isEmpty() && header("Date").isEmpty())
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("%1: not an e-mail message (no From or Date header); nothing was imported").arg(ctx.fileName));
    SourceRecord r;
    r.row = 1;
    r.raw = ctx.text.left(headerBytes);
    r.recordType = ctx.profile.recordType;
    JsonFields json;
    for (const char* name : {"Date", "From", "Sender", "To", "Cc", "Bcc", "Reply-To", "Subject", "Message-ID", "In-Reply-To"}) {
        const QByteArray v = header(name);
        if (!v.isEmpty())
            json.addText(QString::fromLatin1(name), decodeHeader(v));
    }
    r.fieldsJson = json.take();
    r.summary = decodeHeader(header("Subject"));
    QByteArray date = header("Date");
    // Strip a day name and a trailing comment: "Sun, 16 Jun 2013 17:50:12 +0200 (CEST)".
    if (const qsizetype comma = date.indexOf(','); comma >= 0 && comma <= 4)
        date = date.mid(comma + 1).trimmed();
    if (const qsizetype paren = date.indexOf('('); paren > 0)
        date = date.left(paren).trimmed();
    const auto dt = parseDateTime(date, DateOrder::DMY);
    if (!dt || !dt->hasTime) {
        ctx.session.reject(1, QStringLiteral("Date"), date.isEmpty() ? QStringLiteral("missing") : QStringLiteral("not an RFC 5322 date"));
        return;
    }
    setTime(r, *dt, QString::fromLatin1(header("Date")));
    const QStringList from = emailAddresses(decodeHeader(header("From")));
    const QStringList to = emailAddresses(decodeHeader(header("To")));
    r.originator = from.value(0);
    r.recipient = to.value(0);
    if (!ctx.subscriber.isEmpty())
        r.direction = r.originator == ctx.subscriber ? QStringLiteral("out")
                                                       : (to.contains(ctx.subscriber) ? QStringLiteral("in") : QString());
    for (const char* name : {"From", "Sender", "To", "Cc", "Bcc", "Reply-To"})
        for (const QString& a : emailAddresses(decodeHeader(header(name))))
            r.identifiers.append(identifier(QStringLiteral("email"), a, ctx.region, QString::fromLatin1(name).toLower()));
    ctx.session.add(r);
}

// ---------------------------------------------------------------------------------------------------------------- GPX

void readGpx(Context& ctx) {
    // Fed in 1 MiB pieces: QXmlStreamReader decodes what it is given to UTF-16 at once, so the whole file given at
    // once would be held twice more in memory. A piece may end inside a character or a tag: the reader asks for more
    // (PrematureEndOfDocumentError) and goes on where it stopped.
    QXmlStreamReader xml;
    constexpr qsizetype kPiece = qsizetype(1) << 20;
    qsizetype fed = 0;
    auto more = [&] {
        if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError && fed > 0)
            return false;
        if (fed >= ctx.text.size())
            return false;
        const qsizetype k = qMin(kPiece, ctx.text.size() - fed);
        xml.addData(QByteArray(ctx.text.constData() + fed, k));
        fed += k;
        return true;
    };
    more();
    bool sawGpx = false;
    qint64 untimed = 0;
    struct Point {
        QString kind, lat, lon, time, ele, name;
        qint64 line = 0;
    };
    std::optional<Point> point;
    QString element;
    qint64 n = 0;
    while (!xml.atEnd() || more()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("gpx"))
                sawGpx = true;
            if (name == QLatin1String("trkpt") || name == QLatin1String("rtept") || name == QLatin1String("wpt")) {
                point = Point{name, xml.attributes().value(QStringLiteral("lat")).toString(),
                              xml.attributes().value(QStringLiteral("lon")).toString(), {}, {}, {}, xml.lineNumber()};
            } else if (point) {
                element = name;
            }
        } else if (xml.isCharacters() && point && !element.isEmpty()) {
            const QString t = xml.text().toString().trimmed();
            if (element == QLatin1String("time"))
                point->time += t;
            else if (element == QLatin1String("ele"))
                point->ele += t;
            else if (element == QLatin1String("name"))
                point->name += t;
        } else if (xml.isEndElement()) {
            const QString name = xml.name().toString();
            if (point && name == point->kind) {
                const Point p = *point;
                point.reset();
                if (++n % 4096 == 0)
                    ctx.progress(xml.characterOffset());
                if (p.time.isEmpty()) {
                    ++untimed;
                    continue;
                }
                SourceRecord r;
                r.row = p.line;
                r.raw = QStringLiteral("%1 lat=%2 lon=%3 time=%4").arg(p.kind, p.lat, p.lon, p.time).toUtf8();
                r.recordType = ctx.profile.recordType;
                JsonFields json;
                json.addText(QStringLiteral("element"), p.kind);
                json.addText(QStringLiteral("lat"), p.lat);
                json.addText(QStringLiteral("lon"), p.lon);
                json.addText(QStringLiteral("time"), p.time);
                if (!p.ele.isEmpty())
                    json.addText(QStringLiteral("ele"), p.ele);
                if (!p.name.isEmpty())
                    json.addText(QStringLiteral("name"), p.name);
                r.fieldsJson = json.take();
                r.location = p.lat + QLatin1Char(',') + p.lon;
                r.summary = p.name;
                const auto dt = parseDateTime(p.time.toUtf8(), DateOrder::YMD);
                if (!dt || !dt->hasTime) {
                    ctx.session.reject(p.line, QStringLiteral("time"), QStringLiteral("not an ISO 8601 time"));
                    continue;
                }
                setTime(r, *dt, p.time);
                // 1901-12-13T20:45:52Z is the smallest 32-bit Unix time: a device's "no time" placeholder.
                if (dt->date == QDate(1901, 12, 13) || dt->date.year() < 1980)
                    r.flags << kPlaceholderTimeFlag;
                ctx.session.add(r);
            } else if (point && name == element) {
                element.clear();
            }
        }
    }
    if (xml.hasError() && !sawGpx)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: not a GPX file (%2 at line %3); nothing was imported")
                                                 .arg(ctx.fileName, xml.errorString())
                                                 .arg(xml.lineNumber()));
    if (xml.hasError())
        ctx.session.reject(xml.lineNumber(), QStringLiteral("(xml)"),
                           QStringLiteral("the XML is not well-formed from here on: %1").arg(xml.errorString()));
    if (!sawGpx)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: not a GPX file (no <gpx> element); nothing was imported")
                                                 .arg(ctx.fileName));
    if (untimed > 0)
        ctx.extraWarnings << QStringLiteral("%1: %2 points carry no time; kept in the native file, not on the timeline")
                                 .arg(ctx.fileName)
                                 .arg(untimed);
}

} // namespace tessera::readers
