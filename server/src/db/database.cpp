#include "db/database.hpp"

#include <spdlog/spdlog.h>

#include <string>

namespace kefu::db {
namespace {

void ConfigureSession(soci::session& session, Dialect dialect) {
    if (dialect == Dialect::kSqlite) {
        std::string mode;
        session << "PRAGMA journal_mode=WAL", soci::into(mode);
        session << "PRAGMA synchronous=FULL";
        session << "PRAGMA foreign_keys=ON";
        session << "PRAGMA busy_timeout=10000";
    } else {
        session << "SET TIME ZONE 'UTC'";
    }
}

bool Contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
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
    const std::string what = e.what();
    if (Contains(what, "UNIQUE constraint") || Contains(what, "duplicate key") ||
        Contains(what, "unique constraint")) {
        return Error::AlreadyExists("a record with the same key already exists");
    }
    if (Contains(what, "FOREIGN KEY") || Contains(what, "foreign key")) {
        return Error::FailedPrecondition("a referenced record does not exist or is still in use");
    }
    if (Contains(what, "CHECK constraint") || Contains(what, "check constraint")) {
        return Error::InvalidArgument("the record breaks a rule of the schema");
    }
    if (Contains(what, "database is locked") || Contains(what, "SQLITE_BUSY") ||
        Contains(what, "busy") || Contains(what, "connection") || Contains(what, "server closed")) {
        spdlog::warn("database unavailable: {}", what);
        return Error::Unavailable("the database is busy or unreachable; retry");
    }
    spdlog::error("database error: {}", what);
    return Error::Internal("internal database error");
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
