#include "storage/Transaction.h"

#include "case/CaseError.h"
#include "storage/Database.h"

namespace tessera {

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves a hot journal that SQLite rolls back on the next open.
        }
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

ForeignKeysOff::ForeignKeysOff(Database& db) : m_db(db) {
    if (m_db.inTransaction())
        throw CaseError(ErrorKind::Internal, QStringLiteral("foreign keys cannot be switched off inside a transaction"));
    m_db.exec("PRAGMA foreign_keys = OFF");
    if (m_db.foreignKeysEnforced()) {
        m_db.exec("PRAGMA foreign_keys = ON");
        throw CaseError(ErrorKind::Internal, QStringLiteral("foreign keys could not be switched off"));
    }
}

ForeignKeysOff::~ForeignKeysOff() {
    try {
        if (m_db.inTransaction())
            m_db.exec("ROLLBACK");
    } catch (...) {
        // As in ~Transaction: a hot journal is rolled back at the next open.
    }
    try {
        m_db.exec("PRAGMA foreign_keys = ON");
    } catch (...) {
    }
}

} // namespace tessera
