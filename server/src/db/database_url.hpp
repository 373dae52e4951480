// Turns the user's --db argument into a SOCI backend name and connection string.
#pragma once

#include <string>
#include <string_view>

#include "platform/error.hpp"

namespace kefu::db {

/// The SQL engine behind a database.
enum class Dialect { kSqlite, kPostgresql };

/// What SOCI needs to open a session.
struct DatabaseConfig {
    Dialect dialect = Dialect::kSqlite;
    std::string backend;            ///< "sqlite3" or "postgresql"
    std::string connection_string;  ///< SOCI keyword form
    std::string sqlite_path;        ///< the file, for SQLite only
    std::string display;            ///< for logs and messages: no password
};

/// Accepts a file path (or sqlite:PATH) for SQLite, or postgresql://user[:pass]@host[:port]/db
/// (translated to SOCI's keyword form, which is the only one SOCI 4.0 understands).
/// INVALID_ARGUMENT on a malformed URL.
Result<DatabaseConfig> ParseDatabaseUrl(std::string_view url);

}  // namespace kefu::db
