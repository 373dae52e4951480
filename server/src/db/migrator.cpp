#include "db/migrator.hpp"

#include <fmt/core.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include "platform/clock.hpp"

namespace kefu::db {
namespace {

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
    "name TEXT NOT NULL, applied_at TEXT NOT NULL)";

// Runs a multi-statement script through the native driver; SOCI prepares one statement only.
void ExecScript(soci::session& session, Dialect dialect, std::string_view sql) {
    const std::string script(sql);
    if (dialect == Dialect::kSqlite) {
        auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
        char* message = nullptr;
        if (sqlite_api::sqlite3_exec(backend->conn_, script.c_str(), nullptr, nullptr, &message) !=
            0) {
            std::string text = message ? message : "unknown error";
            sqlite_api::sqlite3_free(message);
            throw soci::soci_error("migration failed: " + text);
        }
        return;
    }
    auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
    PGresult* result = PQexec(backend->conn_, script.c_str());
    const auto status = PQresultStatus(result);
    std::string text = PQresultErrorMessage(result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        throw soci::soci_error("migration failed: " + text);
    }
}

}  // namespace

Result<int> Migrator::CurrentVersion() {
    try {
        soci::session session(database_.pool());
        session << kCreateTable;
        int version = 0;
        soci::indicator ind = soci::i_ok;
        session << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
        return ind == soci::i_null ? 0 : version;
    } catch (const std::exception& e) {
        return Fail(TranslateDbError(e));
    }
}

int Migrator::LatestVersion() const {
    auto all = EmbeddedMigrations(database_.dialect());
    return all.empty() ? 0 : all.back().version;
}

Result<int> Migrator::MigrateUp() {
    KEFU_ASSIGN_OR_RETURN(const int current, CurrentVersion());
    int applied = 0;
    for (const Migration& migration : EmbeddedMigrations(database_.dialect())) {
        if (migration.version <= current) continue;
        soci::session session(database_.pool());
        try {
            const bool sqlite = database_.dialect() == Dialect::kSqlite;
            session << (sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
            ExecScript(session, database_.dialect(), migration.sql);
            const std::string name(migration.name);
            const std::string at = FormatTimestamp(SystemClock().Now());
            session << "INSERT INTO schema_migrations (version, name, applied_at) "
                       "VALUES (:v, :n, :a)",
                soci::use(migration.version), soci::use(name), soci::use(at);
            session << "COMMIT";
        } catch (const std::exception& e) {
            try {
                session << "ROLLBACK";
            } catch (const std::exception&) {
                // The failed statement may already have ended the transaction.
            }
            spdlog::error(
                "migration {:04d}_{} failed: {}", migration.version, migration.name, e.what());
            return Fail(Error::Internal(fmt::format(
                "migration {:04d}_{} failed: {}", migration.version, migration.name, e.what())));
        }
        spdlog::info("applied migration {:04d}_{}", migration.version, migration.name);
        ++applied;
    }
    return applied;
}

Result<void> Migrator::CheckUpToDate() {
    KEFU_ASSIGN_OR_RETURN(const int current, CurrentVersion());
    const int latest = LatestVersion();
    const std::string& where = database_.config().display;
    if (current < latest) {
        return Fail(Error::FailedPrecondition(fmt::format(
            "database {} is at schema version {} but this kefu needs {}; run: kefu migrate --db {}",
            where,
            current,
            latest,
            where)));
    }
    if (current > latest) {
        return Fail(Error::FailedPrecondition(fmt::format(
            "database {} is at schema version {}, newer than this kefu ({}); install the newer "
            "kefu or restore a backup made by this version",
            where,
            current,
            latest)));
    }
    return {};
}

}  // namespace kefu::db
