// One libFuzzer entry point per import reader, chosen at compile time (fuzz/CMakeLists.txt): the text engine
// (decoding, delimiters, rows, header, values), the mapped-table reader, OFX, Timesketch JSONL, vCard, iCalendar, EML
// and GPX. Records go to a counting sink (no case, no disk). A reader may refuse a file with CaseError; any other
// exception, crash, leak or undefined behaviour is a finding — and becomes a test in tests/core.
#include "case/CaseError.h"
#include "ingest/CsvReader.h"
#include "ingest/DelimitedText.h"
#include "ingest/ImportProfile.h"
#include "ingest/Readers.h"
#include "ingest/TextDecoder.h"
#include "ingest/ValueParsers.h"
#include "time/LocalTimeResolver.h"

#include <cstddef>
#include <cstdint>

using namespace tessera;

namespace {

class CountingSink final : public RecordSink {
public:
    qint64 add(SourceRecord& r) override {
        const QString basis = r.basis.isEmpty() ? QStringLiteral("America/New_York") : r.basis;
        if (!r.span.isValid()) {
            const TimeSpan s = r.precision == TimePrecision::Day && r.lastDate.isValid()
                                   ? LocalTimeResolver::resolveDays(r.date, r.lastDate, TimePrecision::Day, basis, false, r.timeText)
                                   : LocalTimeResolver::resolveMicroseconds(r.date, r.usOfDay, r.precision, basis, false, r.timeText);
            if (!s.isValid())
                return 0;
        }
        return ++records;
    }
    void addIdentifier(qint64, const SourceIdentifier&, qint64) override { ++identifiers; }
    void reject(qint64, const QString&, const QString&) override { ++rejects; }
    qint64 records = 0, identifiers = 0, rejects = 0;
};

void runReader(const char* profileName, const QByteArray& bytes, void (*reader)(readers::Context&)) {
    const ImportProfile* profile = ImportProfile::find(QString::fromLatin1(profileName));
    ImportOptions options;
    options.profile = profile->name;
    ImportResult result;
    result.timeBasis = QStringLiteral("America/New_York");
    CountingSink sink;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok)
        return;
    readers::Context ctx{*profile, options, result, sink, QStringLiteral("fuzz"), QStringLiteral("US"), {}, decoded.utf8, {}};
    try {
        reader(ctx);
    } catch (const CaseError&) {
        // a refused file: fine
    }
}

void textEngine(const QByteArray& bytes) {
    const TextDecoder::Result d = TextDecoder::decode(bytes);
    if (!d.ok)
        return;
    const char delimiter = DelimitedText::sniffDelimiter(d.utf8.constData(), d.utf8.size());
    CsvReader reader(d.utf8.constData(), d.utf8.size(), delimiter);
    CsvReader::Row row;
    QVector<QByteArray> first;
    QVector<QVector<QByteArray>> rest;
    values::DateOrderDetector dates;
    values::DecimalStyleDetector decimals;
    while (reader.next(row)) {
        if (first.isEmpty())
            first = row.fields;
        else if (rest.size() < 20)
            rest.append(row.fields);
        for (const QByteArray& f : row.fields) {
            dates.add(f);
            decimals.add(f);
            for (auto order : {values::DateOrder::Unknown, values::DateOrder::DMY, values::DateOrder::MDY})
                (void)values::parseDateTime(f, order);
            for (auto style : {values::DecimalStyle::Auto, values::DecimalStyle::Point, values::DecimalStyle::Comma})
                (void)values::parseDecimal(f, style);
            (void)values::parseExcelSerial(f);
            (void)values::parseTime(f);
        }
    }
    (void)dates.outcome();
    (void)decimals.style();
    (void)DelimitedText::looksLikeHeader(first, rest);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
#if defined(TESSERA_FUZZ_READER_text)
    textEngine(bytes);
#elif defined(TESSERA_FUZZ_READER_table)
    // The first byte picks the table profile, so one target covers the mapped layouts.
    static const char* const tables[] = {"bank-csv", "cdr-carrier", "timesketch-csv", "ads-csv", "lodging-csv", "lpr-csv"};
    if (size > 0)
        runReader(tables[data[0] % 6], bytes.mid(1), readers::readTable);
#elif defined(TESSERA_FUZZ_READER_ofx)
    runReader("ofx", bytes, readers::readOfx);
#elif defined(TESSERA_FUZZ_READER_jsonl)
    runReader("timesketch-jsonl", bytes, readers::readTimesketchJsonl);
#elif defined(TESSERA_FUZZ_READER_vcard)
    runReader("vcard", bytes, readers::readVCard);
#elif defined(TESSERA_FUZZ_READER_ics)
    runReader("ics", bytes, readers::readICalendar);
#elif defined(TESSERA_FUZZ_READER_eml)
    runReader("eml", bytes, readers::readEml);
#elif defined(TESSERA_FUZZ_READER_gpx)
    runReader("gpx", bytes, readers::readGpx);
#endif
    return 0;
}
