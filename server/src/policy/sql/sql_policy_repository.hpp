// Policy values on SQL.
#pragma once

#include "policy/policy_repository.hpp"

namespace kefu::policy {

/// PolicyRepository over SOCI.
class SqlPolicyRepository final : public PolicyRepository {
public:
    Result<std::optional<std::int64_t>> ValueOn(Tx& tx, std::string_view key, Date on) override;
    Result<std::vector<PolicyValue>> ListAll(Tx& tx) override;
    Result<PolicyValue> Insert(Tx& tx, const PolicyValue& value, Timestamp at) override;
};

}  // namespace kefu::policy
