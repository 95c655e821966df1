#pragma once

#include "case/Case.h"
#include "crypto/CaseHeader.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace tessera::test {

/// A scratch folder for one test (under the system temp folder), removed afterwards.
struct Scratch {
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }
};

/// Options for a quick test case: cheap KDF (never for real cases), fixed zone and region.
inline NewCaseOptions testOptions(const QString& title = QStringLiteral("Test case")) {
    NewCaseOptions o;
    o.title = title;
    o.caseNumber = QStringLiteral("2026-0042");
    o.displayZone = QStringLiteral("America/New_York");
    o.region = QStringLiteral("US");
    o.investigator = QStringLiteral("Det. Test");
    o.kdf = KdfParameters::testing();
    return o;
}

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

inline QString sample(const QString& rel) { return QStringLiteral(TESSERA_SAMPLES_DIR "/") + rel; }

} // namespace tessera::test
