#include "db/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include <string>

namespace kefu::db {
namespace {

void ConfigureSession(soci::session& session, Dialect dialect) {
    if (dialect == Dialect::kSqlite) {
        // Extended result codes tell a UNIQUE failure from a CHECK or FOREIGN KEY one, so errors
        // are classified by code (TranslateDbError), never by the wording of a message.
        auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
        sqlite_api::sqlite3_extended_result_codes(backend->conn_, 1);
        std::string mode;
        session << "PRAGMA journal_mode=WAL", soci::into(mode);
        session << "PRAGMA synchronous=FULL";
        session << "PRAGMA foreign_keys=ON";
        session << "PRAGMA busy_timeout=10000";
    } else {
        session << "SET TIME ZONE 'UTC'";
    }
}

// The constraint a failure names, for logs and for mapping to a field: SQLite writes
// "UNIQUE constraint failed: staff.phone", PostgreSQL 'unique constraint "staff_phone_key"'.
std::string ConstraintOf(const std::string& what) {
    if (auto at = what.find("constraint failed: "); at != std::string::npos) {
        const auto start = at + std::string_view("constraint failed: ").size();
        return what.substr(start, what.find_first_of(" \n", start) - start);
    }
    if (auto at = what.find("constraint \""); at != std::string::npos) {
        const auto start = at + std::string_view("constraint \"").size();
        return what.substr(start, what.find('"', start) - start);
    }
    return {};
}

Error Duplicate(const std::string& what) {
    const std::string constraint = ConstraintOf(what);
    std::vector<FieldViolation> violations;
    if (!constraint.empty()) violations.push_back({constraint, "duplicate"});
    return Error::AlreadyExists("a record with the same key already exists", std::move(violations));
}

Error Busy(const std::string& what) {
    spdlog::warn("database unavailable: {}", what);
    return Error::Unavailable("the database is busy or unreachable; retry");
}

Error Bug(const std::string& what) {
    spdlog::error("database error: {}", what);
    return Error::Internal("internal database error");
}

Error FromSqlite(int code, const std::string& what) {
    switch (code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return Duplicate(what);
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return Error::FailedPrecondition(
                "a referenced record does not exist or is still in use");
        case SQLITE_CONSTRAINT_CHECK:
            return Error::InvalidArgument("the record breaks a rule of the schema");
        default:
            break;
    }
    switch (code & 0xFF) {  // the primary code of an extended one
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
        case SQLITE_IOERR:
        case SQLITE_FULL:
        case SQLITE_CANTOPEN:
            return Busy(what);
        default:
            return Bug(what);
    }
}

Error FromSqlstate(const std::string& state, const std::string& what) {
    if (state == "23505") return Duplicate(what);
    if (state == "23503") {
        return Error::FailedPrecondition("a referenced record does not exist or is still in use");
    }
    if (state == "23514") return Error::InvalidArgument("the record breaks a rule of the schema");
    // Connection failures (08…), serialization failures and deadlocks (40…), an operator
    // shutting the server down (57P…), too many connections (53…): retrying may succeed.
    if (state.starts_with("08") || state.starts_with("40") || state.starts_with("57P") ||
        state.starts_with("53")) {
        return Busy(what);
    }
    return Bug(what);
}

}  // namespace

Database::Database(DatabaseConfig config, std::size_t pool_size)
    : config_(std::move(config)),
      pool_size_(pool_size),
      pool_(std::make_unique<soci::connection_pool>(pool_size)) {}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::Open(const DatabaseConfig& config,
                                                 std::size_t pool_size) {
    std::unique_ptr<Database> db(new Database(config, pool_size));
    try {
        for (std::size_t i = 0; i < pool_size; ++i) {
            soci::session& session = db->pool_->at(i);
            session.open(config.backend, config.connection_string);
            ConfigureSession(session, config.dialect);
        }
    } catch (const std::exception& e) {
        spdlog::error("cannot open database {}: {}", config.display, e.what());
        return Fail(Error::Unavailable(
            fmt::format("cannot open database {}: {}", config.display, e.what())));
    }
    return db;
}

SociTx& AsSoci(Tx& tx) { return static_cast<SociTx&>(tx); }

Error TranslateDbError(const std::exception& e) {
    if (const auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
        return FromSqlite(sqlite->result(), sqlite->what());
    }
    if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
        return FromSqlstate(pg->sqlstate(), pg->what());
    }
    if (const auto* soci_error = dynamic_cast<const soci::soci_error*>(&e)) {
        if (soci_error->get_error_category() == soci::soci_error::connection_error) {
            return Busy(soci_error->what());
        }
    }
    return Bug(e.what());
}

Result<void> SociTransactionRunner::Run(TxMode mode, const std::function<Result<void>(Tx&)>& work) {
    soci::session session(database_.pool());
    bool open = false;
    try {
        const bool sqlite = database_.dialect() == Dialect::kSqlite;
        session << (sqlite && mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
        open = true;
        SociTx tx(session, database_.dialect());
        Result<void> result = work(tx);
        session << (result ? "COMMIT" : "ROLLBACK");
        open = false;
        return result;
    } catch (const std::exception& e) {
        // The session goes back to the pool: never leave a transaction open on it.
        if (open) {
            try {
                session << "ROLLBACK";
            } catch (const std::exception& rollback_error) {
                spdlog::error("rollback failed: {}", rollback_error.what());
            }
        }
        return Fail(TranslateDbError(e));
    }
}

}  // namespace kefu::db
