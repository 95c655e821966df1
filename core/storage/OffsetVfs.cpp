#include "storage/OffsetVfs.h"

#include "case/CaseError.h"

#include <cstring>
#include <mutex>
#include <sqlcipher/sqlite3.h>

namespace tessera::OffsetVfs {
namespace {

constexpr char kMagic[17] = "TESSERA CASEFILE";

struct OffsetFile {
    sqlite3_file base;      // must be first: SQLite sees this
    sqlite3_file* real;     // the unix VFS file, allocated right after this struct
    sqlite3_int64 offset;   // kCaseHeaderBytes for the main database, 0 otherwise
    char* ownedName;        // renamed journal path; the unix VFS keeps the pointer while open
};

sqlite3_vfs g_vfs;

sqlite3_vfs* realVfs() { return static_cast<sqlite3_vfs*>(g_vfs.pAppData); }
OffsetFile* of(sqlite3_file* f) { return reinterpret_cast<OffsetFile*>(f); }

// Returns a sqlite3_malloc'ed copy of zName with "-journal" replaced by "-tjournal", or nullptr when zName does not
// end in "-journal".
char* mappedJournalName(const char* zName) {
    if (!zName)
        return nullptr;
    const size_t n = std::strlen(zName);
    static constexpr char kStock[] = "-journal";
    const size_t k = sizeof(kStock) - 1;
    if (n < k || std::strcmp(zName + n - k, kStock) != 0)
        return nullptr;
    const size_t m = n - k + std::strlen(kJournalSuffix);
    char* out = static_cast<char*>(sqlite3_malloc64(m + 1));
    if (!out)
        return nullptr;
    std::memcpy(out, zName, n - k);
    std::memcpy(out + n - k, kJournalSuffix, std::strlen(kJournalSuffix) + 1);
    return out;
}

int xClose(sqlite3_file* f) {
    OffsetFile* p = of(f);
    int rc = p->real->pMethods ? p->real->pMethods->xClose(p->real) : SQLITE_OK;
    sqlite3_free(p->ownedName);
    p->ownedName = nullptr;
    return rc;
}
int xRead(sqlite3_file* f, void* buf, int amt, sqlite3_int64 off) {
    return of(f)->real->pMethods->xRead(of(f)->real, buf, amt, off + of(f)->offset);
}
int xWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 off) {
    return of(f)->real->pMethods->xWrite(of(f)->real, buf, amt, off + of(f)->offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    return of(f)->real->pMethods->xTruncate(of(f)->real, size + of(f)->offset);
}
int xSync(sqlite3_file* f, int flags) { return of(f)->real->pMethods->xSync(of(f)->real, flags); }
int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    int rc = of(f)->real->pMethods->xFileSize(of(f)->real, size);
    if (rc == SQLITE_OK) {
        *size -= of(f)->offset;
        if (*size < 0)
            *size = 0;
    }
    return rc;
}
int xLock(sqlite3_file* f, int lock) { return of(f)->real->pMethods->xLock(of(f)->real, lock); }
int xUnlock(sqlite3_file* f, int lock) { return of(f)->real->pMethods->xUnlock(of(f)->real, lock); }
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return of(f)->real->pMethods->xCheckReservedLock(of(f)->real, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    OffsetFile* p = of(f);
    if (op == SQLITE_FCNTL_SIZE_HINT) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64*>(arg) + p->offset;
        return p->real->pMethods->xFileControl(p->real, op, &hint);
    }
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        // Memory-mapped I/O would bypass the offset; keep it off.
        *static_cast<sqlite3_int64*>(arg) = 0;
        return SQLITE_OK;
    }
    return p->real->pMethods->xFileControl(p->real, op, arg);
}
int xSectorSize(sqlite3_file* f) { return of(f)->real->pMethods->xSectorSize(of(f)->real); }
int xDeviceCharacteristics(sqlite3_file* f) {
    return of(f)->real->pMethods->xDeviceCharacteristics(of(f)->real);
}
int xShmMap(sqlite3_file* f, int pg, int pgsz, int extend, void volatile** pp) {
    return of(f)->real->pMethods->xShmMap(of(f)->real, pg, pgsz, extend, pp);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return of(f)->real->pMethods->xShmLock(of(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f) { of(f)->real->pMethods->xShmBarrier(of(f)->real); }
int xShmUnmap(sqlite3_file* f, int deleteFlag) { return of(f)->real->pMethods->xShmUnmap(of(f)->real, deleteFlag); }
int xFetch(sqlite3_file*, sqlite3_int64, int, void** pp) {
    *pp = nullptr; // no memory mapping: SQLite falls back to xRead
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; }

const sqlite3_io_methods g_methods = {
    3,         xClose,          xRead,       xWrite,   xTruncate,
    xSync,     xFileSize,       xLock,       xUnlock,  xCheckReservedLock,
    xFileControl, xSectorSize,  xDeviceCharacteristics, xShmMap, xShmLock,
    xShmBarrier, xShmUnmap,     xFetch,      xUnfetch,
};

int vfsOpen(sqlite3_vfs*, const char* zName, sqlite3_file* file, int flags, int* outFlags) {
    OffsetFile* p = of(file);
    p->base.pMethods = nullptr;
    p->real = reinterpret_cast<sqlite3_file*>(p + 1);
    p->real->pMethods = nullptr;
    p->offset = 0;
    p->ownedName = nullptr;
    const char* name = zName;
    if ((flags & SQLITE_OPEN_MAIN_JOURNAL) && zName) {
        p->ownedName = mappedJournalName(zName);
        if (p->ownedName)
            name = p->ownedName;
    }
    int rc = realVfs()->xOpen(realVfs(), name, p->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        sqlite3_free(p->ownedName);
        p->ownedName = nullptr;
        return rc;
    }
    if (flags & SQLITE_OPEN_MAIN_DB) {
        sqlite3_int64 size = 0;
        char magic[16];
        if (p->real->pMethods->xFileSize(p->real, &size) != SQLITE_OK || size < kCaseHeaderBytes ||
            p->real->pMethods->xRead(p->real, magic, 16, 0) != SQLITE_OK || std::memcmp(magic, kMagic, 16) != 0) {
            p->real->pMethods->xClose(p->real);
            p->real->pMethods = nullptr;
            return SQLITE_CANTOPEN;
        }
        p->offset = kCaseHeaderBytes;
    }
    p->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs*, const char* zName, int syncDir) {
    char* mapped = mappedJournalName(zName);
    int rc = realVfs()->xDelete(realVfs(), mapped ? mapped : zName, syncDir);
    sqlite3_free(mapped);
    return rc;
}
int vfsAccess(sqlite3_vfs*, const char* zName, int flags, int* out) {
    char* mapped = mappedJournalName(zName);
    int rc = realVfs()->xAccess(realVfs(), mapped ? mapped : zName, flags, out);
    sqlite3_free(mapped);
    return rc;
}
int vfsFullPathname(sqlite3_vfs*, const char* zName, int nOut, char* zOut) {
    return realVfs()->xFullPathname(realVfs(), zName, nOut, zOut);
}
void* vfsDlOpen(sqlite3_vfs*, const char* zPath) { return realVfs()->xDlOpen(realVfs(), zPath); }
void vfsDlError(sqlite3_vfs*, int nByte, char* zErrMsg) { realVfs()->xDlError(realVfs(), nByte, zErrMsg); }
void (*vfsDlSym(sqlite3_vfs*, void* p, const char* zSym))(void) { return realVfs()->xDlSym(realVfs(), p, zSym); }
void vfsDlClose(sqlite3_vfs*, void* p) { realVfs()->xDlClose(realVfs(), p); }
int vfsRandomness(sqlite3_vfs*, int nByte, char* zOut) { return realVfs()->xRandomness(realVfs(), nByte, zOut); }
int vfsSleep(sqlite3_vfs*, int us) { return realVfs()->xSleep(realVfs(), us); }
int vfsCurrentTime(sqlite3_vfs*, double* out) { return realVfs()->xCurrentTime(realVfs(), out); }
int vfsGetLastError(sqlite3_vfs*, int a, char* b) { return realVfs()->xGetLastError(realVfs(), a, b); }
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return realVfs()->xCurrentTimeInt64(realVfs(), out);
}

} // namespace

QByteArray caseMagic() { return QByteArray(kMagic, 16); }

const char* name() { return "tessera-offset"; }

void ensureRegistered() {
    static std::once_flag once;
    static int rc = SQLITE_OK;
    std::call_once(once, [] {
        sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
        if (!real) {
            rc = SQLITE_ERROR;
            return;
        }
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = static_cast<int>(sizeof(OffsetFile)) + real->szOsFile;
        g_vfs.mxPathname = real->mxPathname;
        g_vfs.zName = name();
        g_vfs.pAppData = real;
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        rc = sqlite3_vfs_register(&g_vfs, 0);
    });
    if (rc != SQLITE_OK)
        throw CaseError(ErrorKind::Internal, QStringLiteral("could not register the case-file storage layer"));
}

} // namespace tessera::OffsetVfs
