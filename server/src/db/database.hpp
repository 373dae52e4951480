// The connection pool and the transaction runner over SOCI (SQLite or PostgreSQL).
#pragma once

#include <soci/soci.h>

#include <memory>

#include "db/database_url.hpp"
#include "platform/transaction.hpp"

namespace kefu::db {

/// A pool of open SOCI sessions configured for kefu (WAL, FULL sync, foreign keys on SQLite).
class Database {
public:
    /// Opens `pool_size` sessions. UNAVAILABLE when the database cannot be reached.
    static Result<std::unique_ptr<Database>> Open(const DatabaseConfig& config,
                                                  std::size_t pool_size);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return config_.dialect; }
    const DatabaseConfig& config() const { return config_; }
    soci::connection_pool& pool() { return *pool_; }

private:
    Database(DatabaseConfig config, std::size_t pool_size);
    DatabaseConfig config_;
    std::size_t pool_size_;
    std::unique_ptr<soci::connection_pool> pool_;
};

/// The transaction handle SQL repositories receive (through the core's opaque Tx).
class SociTx final : public Tx {
public:
    SociTx(soci::session& session, Dialect dialect) : session_(session), dialect_(dialect) {}
    soci::session& session() { return session_; }
    Dialect dialect() const { return dialect_; }

private:
    soci::session& session_;
    Dialect dialect_;
};

/// The query text for the transaction's engine: `postgresql` when it has a dialect override
/// (queries/postgresql/<name>.sql), else the shared one.
inline std::string QueryFor(const SociTx& tx,
                            std::string_view shared,
                            std::string_view postgresql) {
    return std::string(tx.dialect() == Dialect::kPostgresql ? postgresql : shared);
}

/// Downcasts the core's Tx to the SOCI one; every SQL repository starts with this.
SociTx& AsSoci(Tx& tx);

/// Maps a SOCI/driver exception to a kefu Error: unique violation → ALREADY_EXISTS,
/// busy/locked/connection loss → UNAVAILABLE, anything else → INTERNAL (details logged only).
Error TranslateDbError(const std::exception& e);

/// Runs SQL work; a driver exception becomes the matching Error (see TranslateDbError), so no
/// SOCI exception ever leaves a repository.
template <class F>
auto Guarded(F&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const std::exception& e) {
        return Fail(TranslateDbError(e));
    }
}

/// Runs work in one transaction; BEGIN IMMEDIATE for SQLite writers.
class SociTransactionRunner final : public TransactionRunner {
public:
    explicit SociTransactionRunner(Database& database) : database_(database) {}
    using TransactionRunner::Run;
    Result<void> Run(TxMode mode, const std::function<Result<void>(Tx&)>& work) override;

private:
    Database& database_;
};

}  // namespace kefu::db
