// Online backup and offline restore of a SQLite database file.
#pragma once

#include <string>

#include "platform/error.hpp"

namespace kefu::db {

/// Copies a live SQLite database to `target` with SQLite's online backup API; safe while a
/// server writes (pages changed mid-copy are re-copied). UNAVAILABLE/INTERNAL on I/O errors.
Result<void> BackupSqlite(const std::string& source, const std::string& target);

/// Replaces `target` with the backup file `source`. FAILED_PRECONDITION when a kefu server holds
/// the database (see DatabaseLock) or `source` is not a kefu database.
Result<void> RestoreSqlite(const std::string& source, const std::string& target);

/// An exclusive advisory lock on `<db>.lock` held by a running server for its whole life; the
/// kernel drops it if the process dies, so a crash never leaves a stale lock behind.
class DatabaseLock {
public:
    /// FAILED_PRECONDITION when another process holds the lock.
    static Result<DatabaseLock> Acquire(const std::string& database_path);
    DatabaseLock(DatabaseLock&& other) noexcept;
    DatabaseLock& operator=(DatabaseLock&&) = delete;
    DatabaseLock(const DatabaseLock&) = delete;
    ~DatabaseLock();

private:
    explicit DatabaseLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

}  // namespace kefu::db
