#include "GuiTestSupport.h"

#include "checkpoints/CheckpointLedger.h"
#include "crypto/CaseHeader.h"
#include "model/PersonRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <QFile>
#include <QStandardPaths>

namespace tessera::guitest {

void ensureApp() {
    static int argc = 1;
    static char name[] = "test_gui";
    static char* argv[] = {name, nullptr};
    if (QApplication::instance())
        return;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    new QApplication(argc, argv); // never destroyed (see the header)
}

void preview(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("TESSERA_GUI_PREVIEW_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void screenshot(QWidget* w, const QString& file) {
    const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(file));
}

GuiCase::GuiCase(const QString& victimBirthDate) {
    ensureApp();
    NewCaseOptions o;
    o.title = QStringLiteral("Operation Lantern");
    o.displayZone = QStringLiteral("America/New_York");
    o.investigator = QStringLiteral("Det. R. Alvarez");
    o.kdf = KdfParameters::testing();
    path = dir.filePath(QStringLiteral("gui.tessera"));
    c = Case::create(path, QStringLiteral("correct horse battery"), o);
    offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {}).id;
    victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Rosa Diaz"), victimBirthDate).id;
}

void GuiCase::decide(const QString& point, const QString& decision, const QString& note) {
    NewCheckpointDecision d;
    d.personId = victim;
    d.point = point;
    d.decision = decision;
    d.explained = true;
    d.note = note;
    CheckpointLedger::record(*c, d);
}

QString GuiCase::file(const QString& name, const QByteArray& bytes) const {
    const QString p = dir.filePath(name);
    QFile f(p);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return p;
}

bool waitUntil(const std::function<bool()>& done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

QString makeClosedCase(const QTemporaryDir& dir, const QString& fileName, const QString& passphrase, const QString& title,
                       const QString& caseNumber) {
    NewCaseOptions o;
    o.title = title;
    o.caseNumber = caseNumber;
    o.kdf = KdfParameters::testing();
    const QString path = dir.filePath(fileName);
    Case::create(path, passphrase, o)->close();
    return path;
}

} // namespace tessera::guitest
