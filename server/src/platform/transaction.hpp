// The transaction port: services own the boundary, adapters (db/) implement it.
#pragma once

#include <functional>
#include <optional>
#include <utility>

#include "platform/error.hpp"

namespace kefu {

/// An open transaction. Opaque to the core; SQL repositories downcast it to reach the session.
class Tx {
public:
    virtual ~Tx() = default;
};

/// Whether a transaction writes: writers take the database's write lock up front
/// (BEGIN IMMEDIATE on SQLite) so they never fail half-way on a lock upgrade.
enum class TxMode { kRead, kWrite };

/// Runs work in one transaction: commits when it returns a value, rolls back on an error
/// (nothing half-written is ever visible).
class TransactionRunner {
public:
    virtual ~TransactionRunner() = default;
    virtual Result<void> Run(TxMode mode, const std::function<Result<void>(Tx&)>& work) = 0;

    /// Convenience for work that produces a value.
    template <class T, class F>
    Result<T> Run(TxMode mode, F&& work) {
        std::optional<T> out;
        KEFU_TRY(Run(mode, std::function<Result<void>(Tx&)>([&](Tx& tx) -> Result<void> {
                         auto value = work(tx);
                         if (!value) return Fail(std::move(value).error());
                         out.emplace(std::move(*value));
                         return {};
                     })));
        if (!out) return Fail(Error::Internal("a transaction succeeded without a result"));
        return std::move(*out);
    }
};

}  // namespace kefu
