// Use cases of the policy store: read the value in force on a date, list, set a new version.
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "policy/policy_repository.hpp"

namespace kefu::policy {

/// What a computation needs: the value of a key in force on the date of the thing computed.
class PolicyReader {
public:
    virtual ~PolicyReader() = default;
    /// FAILED_PRECONDITION when no version is in force on that date.
    virtual Result<std::int64_t> ValueOn(Tx& tx, std::string_view key, Date on) = 0;
};

/// Input of SetValue, as the API receives it.
struct NewPolicyValue {
    std::string key;
    std::int64_t value = 0;
    std::string valid_from;  ///< YYYY-MM-DD, validated here
    std::string reason;
};

/// The policy store's service.
class PolicyService final : public PolicyReader {
public:
    PolicyService(PolicyRepository& repository,
                  TransactionRunner& transactions,
                  audit::AuditLog& audit)
        : repository_(repository), transactions_(transactions), audit_(audit) {}

    Result<std::int64_t> ValueOn(Tx& tx, std::string_view key, Date on) override;
    /// All versions of all keys. PERMISSION_DENIED without policy.read.
    Result<std::vector<PolicyValue>> List(const auth::Principal& principal);
    /// Adds a version from `valid_from` on; earlier dates keep their value.
    /// PERMISSION_DENIED without policy.write; INVALID_ARGUMENT with violations on bad input;
    /// NOT_FOUND for an unknown key; ALREADY_EXISTS when that date already has a version.
    Result<PolicyValue> SetValue(const auth::Principal& principal,
                                 const NewPolicyValue& input,
                                 Timestamp now);

private:
    PolicyRepository& repository_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
};

}  // namespace kefu::policy
