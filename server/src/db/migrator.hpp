// Versioned schema migrations, embedded in the binary, one folder per dialect.
#pragma once

#include <span>
#include <string_view>

#include "db/database.hpp"

namespace kefu::db {

/// One migration script; versions are identical across dialects (a test checks it).
struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

/// The embedded migrations of a dialect, ascending by version.
std::span<const Migration> EmbeddedMigrations(Dialect dialect);

/// Applies and inspects the schema version of one database.
class Migrator {
public:
    explicit Migrator(Database& database) : database_(database) {}

    /// The highest applied version (0 for an empty database).
    Result<int> CurrentVersion();
    /// The highest version this binary knows.
    int LatestVersion() const;
    /// Applies every pending migration, each in its own transaction; returns how many ran.
    Result<int> MigrateUp();
    /// FAILED_PRECONDITION, saying what to run, unless the database is exactly at LatestVersion.
    Result<void> CheckUpToDate();

private:
    Database& database_;
};

}  // namespace kefu::db
