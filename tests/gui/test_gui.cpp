// Tests of tessera_ui on the offscreen platform: the main window driven the way a detective drives it (open a case,
// import a carrier return, add a person who was trafficked and their identifier, choose them, export), the lazy
// timeline model checked with QAbstractItemModelTester over a generated 20,000-record case, and the dialogs' rules.
//
// Message boxes are pre-answered through MessageBoxes' test hook; modal dialogs are answered from a timer.
// Set TESSERA_GUI_PREVIEW_DIR to keep PNG grabs of the main window for looking at.

#include "GuiTestSupport.h"
#include "analysis/Timeline.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "case/ChangePassphraseDialog.h"
#include "case/NewCaseDialog.h"
#include "case/PassphraseDialog.h"
#include "common/MessageBoxes.h"
#include "exporter/ExportDialog.h"
#include "importer/ImportDialog.h"
#include "ingest/CallDetailRecordImporter.h"
#include "main/MainWindow.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "people/PeoplePanel.h"
#include "timeline/TimelineChartBuilder.h"
#include "timeline/TimelineChartWidget.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

/// Records every message box the UI asks for and answers it (Close where offered, else OK).
class MessageLog {
public:
    MessageLog() {
        MessageBoxes::setTestHook([this](const MessageBoxes::Shown& shown) {
            m_shown.append(shown);
            return QMessageBox::Close;
        });
    }
    ~MessageLog() { MessageBoxes::setTestHook({}); }
    MessageLog(const MessageLog&) = delete;
    MessageLog& operator=(const MessageLog&) = delete;

    const QList<MessageBoxes::Shown>& shown() const { return m_shown; }
    QString lastText() const { return m_shown.isEmpty() ? QString() : m_shown.last().text; }
    QString allText() const {
        QString all;
        for (const auto& s : m_shown)
            all += s.title + QLatin1Char('\n') + s.text + QLatin1Char('\n') + s.details + QLatin1Char('\n');
        return all;
    }

private:
    QList<MessageBoxes::Shown> m_shown;
};

/// Creates a case with cheap KDF parameters (tests only) and closes it; returns its path.
QString makeCase(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("2024-HT-0117.tessera")) {
    NewCaseOptions o;
    o.title = QStringLiteral("Harbor Street investigation");
    o.caseNumber = QStringLiteral("2024-HT-0117");
    o.displayZone = QStringLiteral("America/New_York");
    o.region = QStringLiteral("US");
    o.investigator = QStringLiteral("Det. A. Rivera");
    o.kdf = KdfParameters::testing();
    const QString path = dir.filePath(fileName);
    Case::create(path, kPassphrase, o)->close();
    return path;
}

QString samplePath(const QString& name) {
    return QStringLiteral(TESSERA_SAMPLES_DIR "/cdr-bandicoot/") + name;
}

/// Rows of a bandicoot CSV whose correspondent is `who` (read independently of the importer).
int rowsWithCorrespondent(const QString& path, const QString& who) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&f);
    in.readLine(); // header
    int n = 0;
    while (!in.atEnd())
        if (in.readLine().split(QLatin1Char(',')).value(2) == who)
            ++n;
    return n;
}

/// Writes a bandicoot-layout return of `rows` rows, one every 37 s from 2020-01-01 00:00:00, ten correspondents A–J.
QString writeGeneratedReturn(const QTemporaryDir& dir, int rows) {
    const QString csv = dir.filePath(QStringLiteral("generated-%1.csv").arg(rows));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream out(&f);
    out << "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n";
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < rows; ++i) {
        const bool call = i % 3 == 0;
        out << (call ? "call," : "text,") << (i % 2 ? "in," : "out,") << QChar(u'A' + i % 10) << ','
            << start.addSecs(qint64(i) * 37).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << ','
            << (call ? QString::number(30 + i % 300) : QString()) << ',' << (i % 27) << '\n';
    }
    return csv;
}

QListWidgetItem* peopleItemStartingWith(QListWidget* list, const QString& label) {
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(label + QLatin1Char('\n')))
            return list->item(i);
    return nullptr;
}

} // namespace

TEST_CASE("The main window opens a case, imports a carrier return and shows one person's timeline", "[gui]") {
    ensureApp();
    MessageLog messages;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeCase(dir);

    MainWindow w;
    w.show();
    REQUIRE(w.findChild<QWidget*>(QStringLiteral("startPage"))->isVisible());
    REQUIRE_FALSE(w.findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());

    REQUIRE(w.openCase(path, kPassphrase));
    CHECK(w.windowTitle() == QStringLiteral("Tessera — Harbor Street investigation"));
    CHECK(w.findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());
    CHECK(
        w.findChild<QLabel*>(QStringLiteral("statusDisplayZone"))->text().contains(QStringLiteral("America/New_York")));

    ImportOptions options;
    options.profile = QStringLiteral("cdr-bandicoot");
    options.subscriber = QStringLiteral("ego");
    REQUIRE(w.importFile(samplePath(QStringLiteral("ego.csv")), options));
    REQUIRE(messages.shown().size() == 1);
    CHECK(messages.shown().last().title == QStringLiteral("Import finished"));
    CHECK(messages.lastText().contains(QStringLiteral("Records imported: 314")));
    CHECK(messages.lastText().contains(QStringLiteral("assumed")));

    TimelineModel* model = w.timelineModel();
    REQUIRE(model->rowCount() == 314);

    // The same file again is refused with the core's reason, calmly; nothing changes.
    CHECK_FALSE(w.importFile(samplePath(QStringLiteral("ego.csv")), options));
    CHECK(messages.lastText().contains(QStringLiteral("Nothing was saved")));
    CHECK(model->rowCount() == 314);
    CHECK(model->index(0, TimelineModel::When).data().toString() == QStringLiteral("2014-03-02 07:13:30 EST"));
    CHECK(model->index(0, TimelineModel::Kind).data().toString() == QStringLiteral("Record"));
    CHECK(model->index(0, TimelineModel::Category).data().toString() == QStringLiteral("Text message"));
    CHECK(model->index(0, TimelineModel::Flags).data().toString().contains(QStringLiteral("zone assumed")));
    CHECK(w.findChild<QLabel*>(QStringLiteral("statusRecordCount"))->text().startsWith(QStringLiteral("314 records")));
    CHECK(w.findChild<QLabel*>(QStringLiteral("filterLabel"))->text().contains(QStringLiteral("314 items")));
    CHECK(w.chartWidget()->laneCount() == 1); // no one linked yet: one "All records" lane

    // A person who was trafficked, known in the records by the correspondent "E".
    const auto victim = w.addPerson({QStringLiteral("victim")}, QStringLiteral("Jane Roe"), QString());
    REQUIRE(victim);
    CHECK(victim->label() == QStringLiteral("V-1"));
    const auto offender = w.addPerson({QStringLiteral("offender")}, QStringLiteral("Marcus Doe"), QString());
    REQUIRE(offender);
    REQUIRE(
        w.addIdentifier(victim->id, QStringLiteral("handle"), QStringLiteral("E"), QString(), QString(), QString()));
    REQUIRE(w.addIdentifier(offender->id, QStringLiteral("handle"), QStringLiteral("ego"), QString(), QString(),
                            QString()));

    auto* list = w.findChild<QListWidget*>(QStringLiteral("peopleList"));
    REQUIRE(list);
    REQUIRE(list->count() == 3); // Everyone, V-1, Marcus Doe
    for (int i = 0; i < list->count(); ++i)
        CHECK_FALSE(list->item(i)->text().contains(QStringLiteral("Jane Roe")));
    QListWidgetItem* v1 = peopleItemStartingWith(list, QStringLiteral("V-1"));
    REQUIRE(v1);
    CHECK(v1->text().contains(QStringLiteral("person who was trafficked")));

    // The chart: one lane per linked person, offender first, victims by pseudonym.
    TimelineChartWidget* chart = w.chartWidget();
    REQUIRE(chart->laneCount() == 2);
    CHECK(chart->chartData().lanes[0].label == QStringLiteral("Marcus Doe"));
    CHECK(chart->chartData().lanes[0].recordTimesUtcUs.size() == 314);
    CHECK(chart->chartData().lanes[1].label == QStringLiteral("V-1"));
    const int victimRows = rowsWithCorrespondent(samplePath(QStringLiteral("ego.csv")), QStringLiteral("E"));
    REQUIRE(victimRows > 0);
    CHECK(chart->chartData().lanes[1].recordTimesUtcUs.size() == victimRows);
    CHECK(chart->accessibleDescription().contains(QStringLiteral("V-1")));
    CHECK_FALSE(chart->accessibleDescription().contains(QStringLiteral("Jane Roe")));
    preview(w, QStringLiteral("everyone"));

    // Choosing the person filters the timeline to the records that carry their identifier.
    list->setCurrentItem(v1);
    REQUIRE(model->rowCount() == victimRows);
    CHECK(model->filter().personId == victim->id);
    CHECK(w.findChild<QLabel*>(QStringLiteral("filterLabel"))->text().contains(QStringLiteral("V-1")));
    CHECK(w.findChild<QPushButton*>(QStringLiteral("showEveryoneButton"))->isVisibleTo(&w));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString parties = model->index(row, TimelineModel::Actors).data().toString() + QLatin1Char(' ') +
                                model->index(row, TimelineModel::Others).data().toString();
        CHECK(parties.contains(QStringLiteral("V-1")));
        CHECK_FALSE(model->index(row, TimelineModel::Summary).data().toString().contains(QStringLiteral("Jane")));
    }
    preview(w, QStringLiteral("person"));

    // "Everyone" clears the filter.
    list->setCurrentRow(0);
    CHECK(model->rowCount() == 314);
    CHECK(model->filter().personId == 0);
    w.showPerson(victim->id);
    CHECK(model->rowCount() == victimRows);
    w.findChild<QAction*>(QStringLiteral("actionShowEveryone"))->trigger();
    CHECK(model->rowCount() == 314);

    // The discovery production, as the Export action writes it after its dialog.
    ProductionOptions production;
    production.outDir = dir.filePath(QStringLiteral("production-1"));
    production.designation = QStringLiteral("sensitive");
    const auto result = w.exportProduction(production);
    REQUIRE(result);
    CHECK(result->firstBates == QStringLiteral("TSR-000001"));
    CHECK(QFile::exists(production.outDir + QStringLiteral("/report.pdf")));
    CHECK(messages.shown().last().title == QStringLiteral("Production written"));
    CHECK(messages.lastText().contains(result->lastBates));
    CHECK(messages.lastText().contains(result->sealFingerprint));

    // Exporting into the same (now full) folder is refused calmly; nothing is overwritten.
    CHECK_FALSE(w.exportProduction(production));
    CHECK(messages.lastText().contains(QStringLiteral("not empty")));

    w.closeCase();
    CHECK(model->rowCount() == 0);
    CHECK(w.windowTitle() == QStringLiteral("Tessera"));
    CHECK(w.findChild<QWidget*>(QStringLiteral("startPage"))->isVisible());
}

TEST_CASE("A wrong passphrase lets the person try again, and a case open elsewhere is explained", "[gui]") {
    ensureApp();
    MessageLog messages;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeCase(dir);

    SECTION("wrong passphrase, then the right one") {
        qputenv("TESSERA_PASSPHRASE", "not the passphrase");
        MainWindow w;
        QString note;
        Answer<PassphraseDialog> answer([&note](PassphraseDialog& d) {
            note = d.findChild<QLabel*>(QStringLiteral("passphraseNote"))->text();
            d.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(kPassphrase);
            d.accept();
        });
        const bool opened = w.openCaseFile(path);
        qunsetenv("TESSERA_PASSPHRASE");
        CHECK(answer.answered());
        CHECK(opened);
        CHECK(note.contains(QStringLiteral("did not unlock")));
        CHECK(messages.shown().isEmpty()); // the retry note is inline, not a message box
        CHECK(w.currentCase() != nullptr);
    }

    SECTION("cancelling the passphrase dialog leaves no case open") {
        qunsetenv("TESSERA_PASSPHRASE");
        MainWindow w;
        Answer<PassphraseDialog> answer([](PassphraseDialog& d) { d.reject(); });
        CHECK_FALSE(w.openCaseFile(path));
        CHECK(answer.answered());
        CHECK(w.currentCase() == nullptr);
    }

    SECTION("open elsewhere") {
        auto held = Case::open(path, kPassphrase);
        MainWindow w;
        CHECK_FALSE(w.openCase(path, kPassphrase));
        REQUIRE(messages.shown().size() == 1);
        CHECK(messages.lastText().contains(QStringLiteral("already open")));
        CHECK(w.currentCase() == nullptr);
    }
}

TEST_CASE("Changing the passphrase from the Case menu: the current one is asked, the new one then opens the case", "[gui]") {
    ensureApp();
    MessageLog messages;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeCase(dir);
    const QString fresh = QStringLiteral("a different passphrase");
    {
        MainWindow w;
        w.show();
        REQUIRE(w.openCase(path, kPassphrase));
        REQUIRE(w.currentCase()->checkPassphrase(kPassphrase));
        REQUIRE_FALSE(w.currentCase()->checkPassphrase(QStringLiteral("not it")));
        REQUIRE(w.changePassphrase(fresh));
        CHECK(messages.lastText().contains(QStringLiteral("checked")));
        w.closeCase();
    }
    CHECK_THROWS_AS(Case::open(path, kPassphrase), CaseError);
    CHECK_NOTHROW(Case::open(path, fresh));

    // The dialog explains what is missing and refuses a short or mismatched new passphrase.
    ChangePassphraseDialog d;
    auto* ok = d.findChild<QPushButton*>(QStringLiteral("changePassphraseOk"));
    auto* problem = d.findChild<QLabel*>(QStringLiteral("changePassphraseProblem"));
    REQUIRE(ok);
    REQUIRE(problem);
    d.findChild<QLineEdit*>(QStringLiteral("currentPassphrase"))->setText(fresh);
    d.findChild<QLineEdit*>(QStringLiteral("newPassphrase"))->setText(QStringLiteral("short"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("8")));
    d.findChild<QLineEdit*>(QStringLiteral("newPassphrase"))->setText(QStringLiteral("long enough one"));
    d.findChild<QLineEdit*>(QStringLiteral("repeatNewPassphrase"))->setText(QStringLiteral("long enough two"));
    CHECK_FALSE(ok->isEnabled());
    d.findChild<QLineEdit*>(QStringLiteral("repeatNewPassphrase"))->setText(QStringLiteral("long enough one"));
    CHECK(ok->isEnabled());
}

TEST_CASE("Cancelling an import rolls it back: nothing is saved", "[gui]") {
    ensureApp();
    MessageLog messages;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeCase(dir);
    const QString csv = writeGeneratedReturn(dir, 20000); // progress is reported every 4,096 rows

    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPassphrase));
    ImportOptions options;
    options.profile = QStringLiteral("cdr-bandicoot");
    options.timeBasis = QStringLiteral("UTC");
    {
        Answer<QProgressDialog> cancel([](QProgressDialog& d) { d.cancel(); });
        CHECK_FALSE(w.importFile(csv, options));
        CHECK(cancel.answered());
    }
    CHECK(messages.lastText().contains(QStringLiteral("cancelled")));
    CHECK(w.timelineModel()->rowCount() == 0);
    CHECK(w.findChild<QLabel*>(QStringLiteral("statusRecordCount"))->text().startsWith(QStringLiteral("0 records")));

    // Nothing was written: the same file imports in full afterwards (a second copy would be refused).
    REQUIRE(w.importFile(csv, options));
    CHECK(w.timelineModel()->rowCount() == 20000);
}

TEST_CASE("The timeline model stays lazy over a 20,000-record case and passes QAbstractItemModelTester", "[gui]") {
    ensureApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeCase(dir);

    // A bandicoot-layout return of 20,000 rows, one every 37 s from 2020-01-01 00:00:00 UTC, ten correspondents.
    constexpr int kRows = 20000;
    const QString csv = writeGeneratedReturn(dir, kRows);
    auto c = Case::open(path, kPassphrase);
    ImportOptions options;
    options.profile = QStringLiteral("cdr-bandicoot");
    options.subscriber = QStringLiteral("S");
    options.timeBasis = QStringLiteral("UTC");
    const ImportResult imported = CallDetailRecordImporter::run(*c, csv, options);
    REQUIRE(imported.records == kRows);

    static QStringList failures;
    failures.clear();
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
            if (type != QtDebugMsg && type != QtInfoMsg)
                failures << msg;
        });

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setDatabase(&c->db(), QStringLiteral("UTC"));
    REQUIRE(model.rowCount() == kRows);
    REQUIRE(model.columnCount() == TimelineModel::ColumnCount);
    CHECK(model.pageFetches() <= 1); // the reset reads keys only; at most the tester's first look fetched a page

    CHECK(model.index(0, TimelineModel::When).data().toString() == QStringLiteral("2020-01-01 00:00:00 UTC"));
    // Row 19,999 is 739,963 s after the start: 8 days 13:32:43.
    CHECK(model.index(kRows - 1, TimelineModel::When).data().toString() == QStringLiteral("2020-01-09 13:32:43 UTC"));
    CHECK(model.index(kRows - 1, TimelineModel::Others).data().toString().isEmpty());

    // Walk the whole table across page boundaries: in order, and never more than the LRU's pages in memory.
    qint64 last = std::numeric_limits<qint64>::min();
    for (int row = 0; row < kRows; row += 97) {
        const qint64 t = model.index(row, 0).data(TimelineModel::LowerUtcRole).toLongLong();
        CHECK(t >= last);
        last = t;
        CHECK(model.cachedPages() <= TimelineModel::kCachedPages);
    }
    const int pages = (kRows + TimelineModel::kPageSize - 1) / TimelineModel::kPageSize;
    CHECK(model.pageFetches() <= pages + 2);

    // The view scrolls to the end without asking for every row.
    TimelineView view;
    view.setModel(&model);
    view.applyColumnWidths();
    view.resize(900, 500);
    view.show();
    QApplication::processEvents();
    const qint64 fetchesBefore = model.pageFetches();
    view.scrollToBottom();
    QApplication::processEvents();
    CHECK(model.pageFetches() - fetchesBefore <= 2);
    CHECK(model.cachedPages() <= TimelineModel::kCachedPages);

    // Filtering by a person resets the model (the tester checks the reset) and keeps only their records.
    const Person person =
        PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Test Person"), QString());
    IdentifierRepository::add(*c, person.id, QStringLiteral("handle"), QStringLiteral("A"), QString(), QString(),
                              QString());
    model.reload();
    TimelineFilter filter;
    filter.personId = person.id;
    model.setFilter(filter);
    CHECK(model.rowCount() == kRows / 10);
    CHECK(model.index(0, TimelineModel::Others).data().toString() +
              model.index(0, TimelineModel::Actors).data().toString() ==
          QStringLiteral("V-1"));

    model.setDatabase(nullptr, QString());
    CHECK(model.rowCount() == 0);
    qInstallMessageHandler(previous);
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
}

TEST_CASE("Dialogs ask for what the core needs and explain what is missing", "[gui]") {
    ensureApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("new case: file name from the case number, passphrase twice, at least 8 characters") {
        CHECK(NewCaseDialog::suggestedFileName(QStringLiteral("2024-HT-0117")) ==
              QStringLiteral("2024-HT-0117.tessera"));
        CHECK(NewCaseDialog::suggestedFileName(QStringLiteral("HT 17/2024")) == QStringLiteral("HT-17-2024.tessera"));
        CHECK(NewCaseDialog::suggestedFileName(QString()) == QStringLiteral("new-case.tessera"));

        NewCaseDialog d(nullptr, dir.path());
        auto* ok = d.findChild<QPushButton*>(QStringLiteral("createCaseButton"));
        REQUIRE(ok);
        CHECK_FALSE(ok->isEnabled());
        d.findChild<QLineEdit*>(QStringLiteral("newCaseTitle"))->setText(QStringLiteral("Harbor Street"));
        d.findChild<QLineEdit*>(QStringLiteral("newCaseNumber"))->setText(QStringLiteral("2024-HT-0117"));
        CHECK(d.casePath() == QDir(dir.path()).filePath(QStringLiteral("2024-HT-0117.tessera")));
        auto* pass = d.findChild<QLineEdit*>(QStringLiteral("newCasePassphrase"));
        auto* repeat = d.findChild<QLineEdit*>(QStringLiteral("newCasePassphraseRepeat"));
        CHECK(pass->echoMode() == QLineEdit::Password);
        CHECK(repeat->echoMode() == QLineEdit::Password);
        pass->setText(QStringLiteral("short"));
        repeat->setText(QStringLiteral("short"));
        CHECK(d.problem().contains(QStringLiteral("at least 8")));
        CHECK_FALSE(ok->isEnabled());
        pass->setText(QStringLiteral("long enough passphrase"));
        CHECK(d.problem().contains(QStringLiteral("do not match")));
        repeat->setText(QStringLiteral("long enough passphrase"));
        CHECK(d.problem().isEmpty());
        CHECK(ok->isEnabled());
        CHECK(d.options().region == QStringLiteral("US"));
        CHECK_FALSE(d.options().displayZone.isEmpty());

        // Creating from the dialog's answers (test KDF) opens the new case in the window.
        qputenv("TESSERA_INSECURE_TEST_KDF", "1");
        MessageLog messages;
        MainWindow w;
        CHECK(w.createCase(d.casePath(), d.options(), d.passphrase()));
        qunsetenv("TESSERA_INSECURE_TEST_KDF");
        CHECK(w.windowTitle() == QStringLiteral("Tessera — Harbor Street"));
        CHECK(w.timelineModel()->rowCount() == 0);
        CHECK(messages.shown().isEmpty());
    }

    SECTION("import: the first time basis is the case zone, marked assumed") {
        ImportDialog d(QStringLiteral("America/New_York"), QStringLiteral("US"));
        auto* basis = d.findChild<QComboBox*>(QStringLiteral("importTimeBasis"));
        REQUIRE(basis);
        CHECK(basis->itemText(0).contains(QStringLiteral("assumed")));
        CHECK(basis->itemText(1) == QStringLiteral("UTC"));
        CHECK(d.options().timeBasis.isEmpty()); // empty = the case zone, marked assumed by the importer
        CHECK_FALSE(d.findChild<QPushButton*>(QStringLiteral("importOk"))->isEnabled());
        d.setFilePath(samplePath(QStringLiteral("u_test.csv")));
        d.setProfile(QStringLiteral("cdr-orange"));
        CHECK_FALSE(d.findChild<QLineEdit*>(QStringLiteral("importSubscriber"))->isEnabled());
        basis->setCurrentText(QStringLiteral("UTC"));
        CHECK(d.options().timeBasis == QStringLiteral("UTC"));
        CHECK(d.options().profile == QStringLiteral("cdr-orange"));
        CHECK(d.findChild<QPushButton*>(QStringLiteral("importOk"))->isEnabled());
        basis->setCurrentText(QStringLiteral("Not/AZone"));
        CHECK_FALSE(d.findChild<QPushButton*>(QStringLiteral("importOk"))->isEnabled());
    }

    SECTION("export: only a new or empty folder") {
        CHECK(ExportDialog::isUsableFolder(dir.filePath(QStringLiteral("new-folder"))));
        CHECK(ExportDialog::isUsableFolder(dir.path()));
        QFile f(dir.filePath(QStringLiteral("something.txt")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        CHECK_FALSE(ExportDialog::isUsableFolder(dir.path()));
        ExportDialog d(dir.filePath(QStringLiteral("prod")));
        d.setDesignation(QStringLiteral("aeo"));
        CHECK(d.options().designation == QStringLiteral("aeo"));
        CHECK(d.findChild<QPushButton*>(QStringLiteral("exportOk"))->isEnabled());
    }
}

// Hidden (run with: test_gui "[bench]"): times the timeline model and chart on a large case given by
// TESSERA_GUI_BENCH_CASE (passphrase from TESSERA_PASSPHRASE), e.g. a 1,000,000-record case made with tessera-cli.
TEST_CASE("Timeline model and chart on a large case", "[.][bench]") {
    ensureApp();
    const QString path = qEnvironmentVariable("TESSERA_GUI_BENCH_CASE");
    if (path.isEmpty()) {
        WARN("TESSERA_GUI_BENCH_CASE not set; nothing to measure");
        return;
    }
    auto c = Case::open(path, qEnvironmentVariable("TESSERA_PASSPHRASE"));
    QElapsedTimer clock;
    auto lap = [&clock](const char* what) { WARN(what << ": " << clock.restart() << " ms"); };
    clock.start();
    TimelineModel model;
    model.setDatabase(&c->db(), QStringLiteral("UTC"));
    lap("reset (key-only pass)");
    WARN("rows: " << model.rowCount() << ", anchors for pages of " << TimelineModel::kPageSize);
    TimelineView view;
    view.setModel(&model);
    view.applyColumnWidths();
    view.resize(1100, 700);
    view.show();
    QApplication::processEvents();
    lap("first paint");
    view.scrollToBottom();
    QApplication::processEvents();
    lap("scroll to the end");
    for (int i = 1; i <= 20; ++i) {
        view.scrollTo(model.index(int(qint64(model.rowCount()) * i / 21), 0), QAbstractItemView::PositionAtTop);
        QApplication::processEvents();
    }
    lap("20 jumps across the table");
    CHECK(model.cachedPages() <= TimelineModel::kCachedPages);
    const auto people = PersonRepository::list(c->db());
    if (!people.isEmpty()) {
        TimelineFilter f;
        f.personId = people.last().id;
        model.setFilter(f);
        lap("filter to the last person");
        WARN("their rows: " << model.rowCount());
    }
    TimelineChartWidget chart;
    chart.setChartData(TimelineChartBuilder::build(c->db(), QStringLiteral("UTC")));
    lap("chart data");
    chart.resize(1100, 300);
    chart.grab();
    lap("chart paint");
}

// Hidden (run with: test_gui "[preview]"): opens the case TESSERA_GUI_PREVIEW_CASE (passphrase from
// TESSERA_PASSPHRASE) in the main window and saves a PNG of everyone's timeline and of each person's into
// TESSERA_GUI_PREVIEW_DIR, for looking at the window as a person would.
TEST_CASE("Preview of the main window on a given case", "[.][preview]") {
    ensureApp();
    const QString path = qEnvironmentVariable("TESSERA_GUI_PREVIEW_CASE");
    if (path.isEmpty() || qEnvironmentVariableIsEmpty("TESSERA_GUI_PREVIEW_DIR")) {
        WARN("TESSERA_GUI_PREVIEW_CASE or TESSERA_GUI_PREVIEW_DIR not set; nothing to preview");
        return;
    }
    MainWindow w;
    w.resize(1360, 860);
    w.show();
    REQUIRE(w.openCase(path, qEnvironmentVariable("TESSERA_PASSPHRASE")));
    preview(w, QStringLiteral("preview-everyone"));
    for (const Person& p : PersonRepository::list(w.currentCase()->db())) {
        w.showPerson(p.id);
        // Bring the first event into view, if there is one in the first pages.
        TimelineModel* model = w.timelineModel();
        for (int row = 0; row < std::min(model->rowCount(), 4 * TimelineModel::kPageSize); ++row) {
            if (model->index(row, 0).data(TimelineModel::ItemKindRole).toString() == QLatin1String("event")) {
                w.timelineView()->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
                w.timelineView()->selectRow(row);
                break;
            }
        }
        preview(w, QStringLiteral("preview-person-%1").arg(p.id));
    }
}
