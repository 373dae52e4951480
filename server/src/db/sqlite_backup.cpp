#include "db/sqlite_backup.hpp"

#include <fcntl.h>
#include <fmt/core.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

namespace kefu::db {
namespace {

// Copies every page from `from` to `to`, in steps so a busy writer is never blocked for long.
Result<void> CopyDatabase(sqlite3* from, sqlite3* to) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (backup == nullptr) {
        return Fail(Error::Internal(fmt::format("backup failed: {}", sqlite3_errmsg(to))));
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return Fail(Error::Unavailable(fmt::format("backup failed: {}", sqlite3_errstr(rc))));
    }
    return {};
}

struct Handle {
    sqlite3* db = nullptr;
    ~Handle() { sqlite3_close(db); }
};

Result<void> OpenFile(const std::string& path, int flags, Handle& handle) {
    if (sqlite3_open_v2(path.c_str(), &handle.db, flags, nullptr) != SQLITE_OK) {
        return Fail(Error::Unavailable(fmt::format("cannot open {}", path)));
    }
    sqlite3_busy_timeout(handle.db, 10000);
    return {};
}

}  // namespace

Result<void> BackupSqlite(const std::string& source, const std::string& target) {
    if (!std::filesystem::exists(source)) {
        return Fail(Error::NotFound(fmt::format("no database at {}", source)));
    }
    Handle from;
    Handle to;
    KEFU_TRY(OpenFile(source, SQLITE_OPEN_READONLY, from));
    const std::string partial = target + ".partial";
    std::filesystem::remove(partial);
    KEFU_TRY(OpenFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, to));
    KEFU_TRY(CopyDatabase(from.db, to.db));
    // The backup is a plain rollback-journal file, complete on its own (no -wal beside it).
    sqlite3_exec(to.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(to.db);
    to.db = nullptr;
    std::error_code ec;
    std::filesystem::rename(partial, target, ec);
    if (ec)
        return Fail(Error::Unavailable(fmt::format("cannot write {}: {}", target, ec.message())));
    return {};
}

Result<void> RestoreSqlite(const std::string& source, const std::string& target) {
    if (!std::filesystem::exists(source)) {
        return Fail(Error::NotFound(fmt::format("no backup file at {}", source)));
    }
    KEFU_ASSIGN_OR_RETURN(DatabaseLock lock, DatabaseLock::Acquire(target));
    Handle from;
    KEFU_TRY(OpenFile(source, SQLITE_OPEN_READONLY, from));
    sqlite3_stmt* stmt = nullptr;
    const bool is_kefu =
        sqlite3_prepare_v2(
            from.db, "SELECT MAX(version) FROM schema_migrations", -1, &stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    if (!is_kefu) {
        return Fail(Error::FailedPrecondition(fmt::format("{} is not a kefu backup", source)));
    }
    Handle to;
    KEFU_TRY(OpenFile(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, to));
    KEFU_TRY(CopyDatabase(from.db, to.db));
    return {};
}

Result<DatabaseLock> DatabaseLock::Acquire(const std::string& database_path) {
    const std::string lock_path = database_path + ".lock";
    const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return Fail(Error::Unavailable(fmt::format("cannot open lock file {}", lock_path)));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return Fail(Error::FailedPrecondition(fmt::format(
            "database {} is in use by a running kefu server; stop it first", database_path)));
    }
    return DatabaseLock(fd);
}

DatabaseLock::DatabaseLock(DatabaseLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

DatabaseLock::~DatabaseLock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace kefu::db
