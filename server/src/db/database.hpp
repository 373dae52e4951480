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

/// Maps a SOCI/driver exception to a kefu Error by SQLite extended result code or PostgreSQL
/// SQLSTATE (never by message text): unique violation → ALREADY_EXISTS with the violation
/// {constraint, "duplicate"} ("staff.phone" on SQLite, "staff_phone_key" on PostgreSQL; see
/// FieldsOfConstraints), foreign key → FAILED_PRECONDITION, check → INVALID_ARGUMENT,
/// busy/locked/connection loss → UNAVAILABLE, anything else → INTERNAL (details logged only).
Error TranslateDbError(const std::exception& e);

/// Renames the constraint in a duplicate's violation to the API field it guards, e.g.
/// {{"staff.phone", "phone"}, {"staff_phone_key", "phone"}}; other results pass through.
template <class T>
Result<T> FieldsOfConstraints(
    Result<T> result, std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
    if (result || result.error().code() != ErrorCode::kAlreadyExists) return result;
    std::vector<FieldViolation> violations = result.error().violations();
    for (FieldViolation& v : violations) {
        for (const auto& [constraint, field] : fields) {
            if (v.field == constraint) v.field = std::string(field);
        }
    }
    return Fail(Error::AlreadyExists(result.error().message(), std::move(violations)));
}

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
