#include "storage/Migrations.h"

#include "case/CaseError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>

static void initStorageResources() { Q_INIT_RESOURCE(storage); }

namespace tessera::Migrations {
namespace {

QMap<int, QString> migrationFiles() {
    initStorageResources();
    QMap<int, QString> out;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int n = name.left(4).toInt(&ok);
        if (ok)
            out.insert(n, dir.filePath(name));
    }
    return out;
}

} // namespace

int latestVersion() {
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

int currentVersion(Database& db) { return static_cast<int>(db.scalar("PRAGMA user_version")); }

void migrate(Database& db) {
    const int current = currentVersion(db);
    const auto files = migrationFiles();
    const int latest = files.isEmpty() ? 0 : files.lastKey();
    if (current > latest)
        throw CaseError(ErrorKind::Unsupported,
                        QStringLiteral("case schema version %1 is newer than this Tessera understands (%2); "
                                       "open it with a newer Tessera")
                            .arg(current)
                            .arg(latest));
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= current)
            continue;
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly))
            throw CaseError(ErrorKind::Internal, QStringLiteral("migration %1 is missing").arg(it.key()));
        Transaction tx(db);
        db.exec(f.readAll().constData());
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(it.key()));
        tx.commit();
    }
}

} // namespace tessera::Migrations
