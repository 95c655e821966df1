#include "ingest/RecordImporter.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "ingest/CsvReader.h"
#include "ingest/DelimitedText.h"
#include "ingest/ImportProfile.h"
#include "ingest/PhoneNormalizer.h"
#include "ingest/Readers.h"
#include "ingest/TextDecoder.h"
#include "ingest/ValueParsers.h"
#include "model/ExhibitRepository.h"
#include "time/LocalTimeResolver.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace tessera {

ImportOptions RecordImporter::loadProfileFile(const ImportOptions& options, const QString& path) {
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("--profile-file %1: cannot read the file").arg(name));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &err);
    const QJsonObject o = doc.object();
    if (err.error != QJsonParseError::NoError || !doc.isObject() || o.value(QStringLiteral("tessera_profile")).toInt() != 1)
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("--profile-file %1: not a Tessera import profile (JSON with \"tessera_profile\": 1)")
                            .arg(name));
    ImportOptions out = options;
    auto fill = [&o](QString& field, const char* key) {
        if (field.isEmpty())
            field = o.value(QLatin1String(key)).toString();
    };
    fill(out.profile, "profile");
    fill(out.dateOrder, "date_order");
    fill(out.timeBasis, "time_basis");
    fill(out.region, "region");
    fill(out.subscriber, "subscriber");
    const QJsonObject map = o.value(QStringLiteral("map")).toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        bool given = false;
        for (const auto& m : options.mapping)
            given = given || m.first == it.key();
        if (!given)
            out.mapping.append({it.key(), it.value().isDouble() ? QString::number(it.value().toInt()) : it.value().toString()});
    }
    return out;
}

QJsonObject RecordImporter::profileJson(const ImportOptions& o) {
    QJsonObject map;
    for (const auto& [field, column] : o.mapping)
        map.insert(field, column);
    QJsonObject out{{QStringLiteral("tessera_profile"), 1}, {QStringLiteral("profile"), o.profile},
                    {QStringLiteral("map"), map}};
    if (!o.dateOrder.isEmpty())
        out.insert(QStringLiteral("date_order"), o.dateOrder);
    if (!o.timeBasis.isEmpty())
        out.insert(QStringLiteral("time_basis"), o.timeBasis);
    if (!o.region.isEmpty())
        out.insert(QStringLiteral("region"), o.region);
    return out;
}

RecordImporter::Preview RecordImporter::preview(const QString& path, const ImportOptions& options, int maxRows,
                                                int scanRows) {
    Preview p;
    const ImportProfile* profile = ImportProfile::find(options.profile);
    if (!profile)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--profile: unknown import profile (see tessera-cli profiles)"));
    if (!QFileInfo(path).isFile()) { // stat first: a named pipe or a device is never opened (it could block)
        p.problem = QStringLiteral("not a regular file");
        return p;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.problem = QStringLiteral("cannot read the file");
        return p;
    }
    // A preview needs the start, not a whole 1 GB return: up to 64 MiB (1 MiB for a quick look), cut at a line end so
    // that no character is split.
    QByteArray bytes = file.read(scanRows > 1000 ? (64LL << 20) : (1LL << 20));
    if (!file.atEnd())
        if (const qsizetype nl = bytes.lastIndexOf('\n'); nl > 0)
            bytes.truncate(nl + 1);
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    p.encoding = TextDecoder::name(decoded.encoding);
    if (!decoded.ok) {
        p.problem = decoded.problem;
        return p;
    }
    const QByteArray& text = decoded.utf8;
    const bool table = profile->reader == ImportProfile::Reader::Table ||
                       profile->reader == ImportProfile::Reader::CallDetail;
    if (!table) {
        p.columns << QStringLiteral("line");
        p.fieldOf << QString();
        p.kindOf << QStringLiteral("text");
        p.readsAsTime << false;
        for (const QByteArray& line : text.left(1 << 20).split('\n')) {
            if (p.rows.size() >= maxRows)
                break;
            p.rows.append({QString::fromUtf8(line).remove(QLatin1Char('\r'))});
        }
        return p;
    }
    const char delimiter = profile->reader == ImportProfile::Reader::CallDetail && profile->delimiter
                               ? profile->delimiter
                               : DelimitedText::sniffDelimiter(text.constData(), text.size());
    p.delimiter = QLatin1Char(delimiter);
    CsvReader reader(text.constData(), text.size(), delimiter);
    CsvReader::Row row;
    QVector<QVector<QByteArray>> sample;
    QVector<QByteArray> header;
    if (reader.next(row))
        header = row.fields;
    QVector<values::DateOrderDetector> dates(header.size());
    QVector<values::DecimalStyleDetector> decimals(header.size());
    QVector<int> nonEmpty(header.size()), asDate(header.size()), asTime(header.size()), asAmount(header.size()),
        asNumber(header.size()), asCompactTime(header.size());
    auto tally = [&](const QVector<QByteArray>& fields) {
        for (int i = 0; i < header.size() && i < fields.size(); ++i) {
            const QByteArray v = fields[i].trimmed();
            if (v.isEmpty())
                continue;
            ++nonEmpty[i];
            dates[i].add(v);
            decimals[i].add(v);
            bool digits = true;
            for (const char c : v)
                digits = digits && c >= '0' && c <= '9';
            if (values::parseDateTime(v, values::DateOrder::DMY) || values::parseDateTime(v, values::DateOrder::MDY))
                ++asDate[i];
            else if (digits) {
                ++asNumber[i]; // an id or a count; a time only in a column that fills the time field (columnKind)
                if (values::parseTime(v))
                    ++asCompactTime[i];
            } else if (values::parseTime(v))
                ++asTime[i];
            else if (values::parseDecimal(v, values::DecimalStyle::Auto)) {
                bool plain = true;
                for (const char c : v)
                    plain = plain && ((c >= '0' && c <= '9') || c == '-');
                ++(plain ? asNumber[i] : asAmount[i]);
            }
        }
    };
    int read = 0;
    while (read < scanRows && reader.next(row)) {
        if (sample.size() < 20)
            sample.append(row.fields);
        tally(row.fields);
        if (p.rows.size() < maxRows) {
            QStringList cells;
            for (const QByteArray& f : row.fields)
                cells << QString::fromUtf8(f);
            p.rows.append(cells);
        }
        ++read;
    }
    p.hasHeader = profile->reader == ImportProfile::Reader::CallDetail ? profile->hasHeader
                                                                        : DelimitedText::looksLikeHeader(header, sample) ||
                                                                              readers::namesRequiredColumns(*profile, header);
    if (!p.hasHeader) {
        QStringList cells;
        for (const QByteArray& f : header)
            cells << QString::fromUtf8(f);
        p.rows.prepend(cells);
        if (p.rows.size() > maxRows)
            p.rows.removeLast();
        tally(header);
    }
    for (int i = 0; i < header.size(); ++i) {
        QString name = p.hasHeader ? QString::fromUtf8(header[i]).trimmed() : QString();
        if (profile->reader == ImportProfile::Reader::CallDetail && !profile->hasHeader && i < profile->columns.size())
            name = profile->columns[i];
        p.columns << (name.isEmpty() ? QStringLiteral("column_%1").arg(i + 1) : name);
        QString kind = QStringLiteral("text");
        if (nonEmpty[i] == 0)
            kind = QStringLiteral("empty");
        else if (asDate[i] == nonEmpty[i]) {
            const auto outcome = dates[i].outcome();
            kind = outcome == values::DateOrderDetector::Outcome::Decided
                       ? QStringLiteral("date-") + values::dateOrderName(dates[i].order())
                       : QStringLiteral("date-ambiguous");
        } else if (asTime[i] == nonEmpty[i])
            kind = QStringLiteral("time");
        else if (asNumber[i] == nonEmpty[i])
            kind = QStringLiteral("number");
        else if (asAmount[i] + asNumber[i] == nonEmpty[i])
            kind = decimals[i].style() == values::DecimalStyle::Comma ? QStringLiteral("amount-comma")
                                                                       : QStringLiteral("amount-point");
        p.kindOf << kind;
        p.readsAsTime << (nonEmpty[i] > 0 && asTime[i] + asCompactTime[i] == nonEmpty[i]);
        p.fieldOf << QString();
    }
    if (profile->reader == ImportProfile::Reader::Table) {
        try {
            const QHash<QString, int> col =
                readers::mapColumns(*profile, options.mapping, header, p.hasHeader, QFileInfo(path).fileName());
            for (auto it = col.constBegin(); it != col.constEnd(); ++it)
                if (it.value() >= 0 && it.value() < p.fieldOf.size())
                    p.fieldOf[it.value()] = it.key();
        } catch (const CaseError& e) {
            p.problem = e.message();
        }
    } else {
        for (int i = 0; i < p.columns.size(); ++i)
            if (profile->columns.contains(p.columns[i].toLower()))
                p.fieldOf[i] = p.columns[i].toLower();
    }
    return p;
}

QString RecordImporter::columnKind(const Preview& p, int column, const QString& field) {
    static const QStringList identifiers{QStringLiteral("phone"),   QStringLiteral("email"),      QStringLiteral("handle"),
                                         QStringLiteral("payment-handle"), QStringLiteral("plate"), QStringLiteral("imei"),
                                         QStringLiteral("address"), QStringLiteral("ad-id"),      QStringLiteral("account"),
                                         QStringLiteral("originator"), QStringLiteral("recipient"),
                                         QStringLiteral("image_hash")};
    const QString kind = p.kindOf.value(column);
    if (kind == QLatin1String("empty"))
        return kind;
    if (identifiers.contains(field))
        return QStringLiteral("identifier");
    if (field == QLatin1String("time") && p.readsAsTime.value(column))
        return QStringLiteral("time");
    return kind;
}

ImportResult RecordImporter::run(Case& c, const QString& filePath, const ImportOptions& given) {
    ExhibitRepository::requireRegularFile(filePath); // stat first, for every reader: a named pipe would block a read
    const ImportOptions options = given.profileFile.isEmpty() ? given : loadProfileFile(given, given.profileFile);
    const ImportProfile* profile = ImportProfile::find(options.profile);
    if (!profile)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--profile: unknown import profile (see tessera-cli profiles)"));
    if (!options.dateOrder.isEmpty() && !values::dateOrderFromName(options.dateOrder))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--date-order: expected dmy, mdy or ymd"));
    if (!options.mapping.isEmpty()) {
        if (profile->reader != ImportProfile::Reader::Table)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--map: profile %1 has a fixed layout; --map applies to "
                                                             "table profiles").arg(profile->name));
        const QStringList known = ImportProfile::tableFieldNames();
        for (const auto& m : options.mapping)
            if (!known.contains(m.first))
                throw CaseError(ErrorKind::Usage, QStringLiteral("--map: unknown field %1 (fields: %2)")
                                                      .arg(m.first, known.join(QStringLiteral(", "))));
    }
    PhoneNormalizer::requireKnownRegion(options.region); // a saved profile's region too
    if (profile->reader == ImportProfile::Reader::CallDetail)
        return CallDetailRecordImporter::run(c, filePath, options);

    ImportResult result;
    const CaseSettings settings = c.settings();
    if (!options.timeBasis.isEmpty()) {
        result.timeBasis = options.timeBasis;
        result.timeBasisSource = QStringLiteral("option");
    } else if (!profile->defaultBasis.isEmpty()) {
        result.timeBasis = profile->defaultBasis; // the layout states its basis (carrier tables: UTC)
        result.timeBasisSource = QStringLiteral("profile");
    } else {
        result.timeBasis = settings.value(CaseSettings::Key::DisplayZone);
        result.timeBasisAssumed = true;
        result.timeBasisSource = QStringLiteral("assumed");
    }
    if (const QString problem = LocalTimeResolver::basisProblem(result.timeBasis); !problem.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--time-basis: %1").arg(problem));
    const QString region = options.region.isEmpty() ? settings.value(CaseSettings::Key::Region) : options.region.toUpper();
    const QString fileName = QFileInfo(filePath).fileName();

    // The file is memory-mapped (read from the file on demand, not copied onto the heap). UTF-8 input — the usual
    // case — is read in place; other encodings are decoded once into one UTF-8 buffer and the mapping is dropped.
    // While a pass reads the mapped bytes, the pages behind it are released (readers::Context::release), so the
    // resident memory of an import does not grow with the size of the file (issue 6 point 6). Where mapping is not
    // possible, the file is read onto the heap.
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: cannot read the file (%2)").arg(fileName, file.errorString()));
    const qint64 size = file.size();
    uchar* mapped = size > 0 ? file.map(0, size) : nullptr;
    QByteArray heap;
    if (!mapped && size > 0)
        heap = file.readAll();
    const QByteArrayView bytes = mapped ? QByteArrayView(reinterpret_cast<const char*>(mapped), size) : QByteArrayView(heap);
    if (bytes.trimmed().isEmpty()) // no bytes, or only blank lines: nothing to read, not even a header (docs/CLI.md)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: the file is empty (no rows, not even a header); nothing "
                                                            "was imported").arg(fileName));
    qint64 released = 0;
    const TextDecoder::Consumed releaseBehind = [&](qsizetype done) {
        if (mapped)
            readers::releaseMapped(bytes, released, done);
    };
    const TextDecoder::Encoding encoding = TextDecoder::detect(bytes, releaseBehind);
    TextDecoder::Result decoded;
    decoded.encoding = encoding;
    if (encoding == TextDecoder::Encoding::Utf8 || encoding == TextDecoder::Encoding::Utf8Bom) {
        // In place: the mapped (or read) bytes after the byte-order mark, shared, not copied.
        const QByteArrayView utf8 = bytes.sliced(encoding == TextDecoder::Encoding::Utf8Bom ? 3 : 0);
        if (encoding == TextDecoder::Encoding::Utf8Bom && !TextDecoder::isValidUtf8(utf8.data(), utf8.size())) {
            decoded.ok = false;
            decoded.problem = QStringLiteral("the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
        if (mapped)
            decoded.utf8 = QByteArray::fromRawData(utf8.data(), utf8.size());
        else
            decoded.utf8 = utf8.size() == heap.size() ? heap : heap.sliced(heap.size() - utf8.size());
    } else {
        decoded = TextDecoder::decode(bytes, encoding, releaseBehind);
        heap.clear();
        if (mapped)
            file.unmap(mapped);
        mapped = nullptr;
    }
    if (!decoded.ok)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: %2; nothing was imported").arg(fileName, decoded.problem));
    if (decoded.encoding == TextDecoder::Encoding::Windows1252)
        result.warnings << QStringLiteral("%1: not UTF-8; read as Windows-1252").arg(fileName);

    NewExhibit meta;
    meta.kind = profile->exhibitKind;
    meta.title = options.exhibitTitle;
    meta.importProfile = profile->name;
    meta.timeBasis = result.timeBasis;
    meta.timeBasisAssumed = result.timeBasisAssumed;
    const QString subscriber = options.subscriber.trimmed().isEmpty()
                                   ? QString()
                                   : PhoneNormalizer::normalize(options.subscriber, region).value;
    meta.subscriber = subscriber;
    meta.provenance = QStringLiteral("%1, imported with profile %2 by %3").arg(fileName, profile->name, c.actor());
    ImportSession session(c, filePath, meta, result, options.providedByPerson);
    session.setReturnOf(options.returnOfProcess);
    readers::Context ctx{*profile, options, result, session, fileName, region, subscriber, decoded.utf8, {}};
    ctx.textIsMapped = mapped != nullptr;
    decoded.utf8.clear();
    switch (profile->reader) {
    case ImportProfile::Reader::Table: readers::readTable(ctx); break;
    case ImportProfile::Reader::Ofx: readers::readOfx(ctx); break;
    case ImportProfile::Reader::TimesketchJsonl: readers::readTimesketchJsonl(ctx); break;
    case ImportProfile::Reader::VCard: readers::readVCard(ctx); break;
    case ImportProfile::Reader::ICalendar: readers::readICalendar(ctx); break;
    case ImportProfile::Reader::Eml: readers::readEml(ctx); break;
    case ImportProfile::Reader::Gpx: readers::readGpx(ctx); break;
    case ImportProfile::Reader::CallDetail: break;
    }
    result.warnings += ctx.extraWarnings;
    session.finish(QStringLiteral("text %1").arg(TextDecoder::name(decoded.encoding)));
    return result;
}

} // namespace tessera
