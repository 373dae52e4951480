// Port: storage of effective-dated policy values.
#pragma once

#include <vector>

#include "platform/error.hpp"
#include "platform/transaction.hpp"
#include "policy/policy_value.hpp"

namespace kefu::policy {

/// Reads and appends policy versions. Versions are never edited: a change is a new version.
class PolicyRepository {
public:
    virtual ~PolicyRepository() = default;
    /// The value in force on `on` (the version with the latest valid_from <= on), or nullopt.
    virtual Result<std::optional<std::int64_t>> ValueOn(Tx& tx, std::string_view key, Date on) = 0;
    /// Every version of every key, by key then newest valid_from first.
    virtual Result<std::vector<PolicyValue>> ListAll(Tx& tx) = 0;
    /// Stores a new version; ALREADY_EXISTS when the key already has one on that date.
    virtual Result<PolicyValue> Insert(Tx& tx, const PolicyValue& value, Timestamp at) = 0;
};

}  // namespace kefu::policy
