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
                  const PolicyCatalog& catalog,
                  TransactionRunner& transactions,
                  audit::AuditLog& audit)
        : repository_(repository), catalog_(catalog), transactions_(transactions), audit_(audit) {}

    Result<std::int64_t> ValueOn(Tx& tx, std::string_view key, Date on) override;
    /// The declared spec of a key (unit, range, owner), or nullptr for a key no module reads.
    const PolicyKeySpec* Spec(std::string_view key) const { return catalog_.Find(key); }
    /// All versions of all keys. PERMISSION_DENIED without policy.read.
    Result<std::vector<PolicyValue>> List(const auth::Principal& principal);
    /// Adds a version from `valid_from` on; earlier dates keep their value.
    /// PERMISSION_DENIED without policy.write (policy.write_system for keys the system
    /// administrator owns); INVALID_ARGUMENT with violations on bad input (value: out_of_range
    /// outside the key's declared range); NOT_FOUND for a key no capability declares;
    /// ALREADY_EXISTS when that date already has a version.
    Result<PolicyValue> SetValue(const auth::Principal& principal,
                                 const NewPolicyValue& input,
                                 Timestamp now);

private:
    PolicyRepository& repository_;
    const PolicyCatalog& catalog_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
};

}  // namespace kefu::policy
