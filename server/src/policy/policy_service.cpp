#include "policy/policy_service.hpp"

#include <fmt/core.h>

#include "policy/policy_actions.hpp"

namespace kefu::policy {

Result<std::int64_t> PolicyService::ValueOn(Tx& tx, std::string_view key, Date on) {
    KEFU_ASSIGN_OR_RETURN(auto value, repository_.ValueOn(tx, key, on));
    if (!value) {
        return Fail(Error::FailedPrecondition(
            fmt::format("policy {} has no value in force on {}", key, on.ToString())));
    }
    return *value;
}

Result<std::vector<PolicyValue>> PolicyService::List(const auth::Principal& principal) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<std::vector<PolicyValue>>(
        TxMode::kRead, [&](Tx& tx) { return repository_.ListAll(tx); });
}

Result<PolicyValue> PolicyService::SetValue(const auth::Principal& principal,
                                            const NewPolicyValue& input,
                                            Timestamp now) {
    KEFU_TRY(auth::Require(principal, actions::kWrite));
    const PolicyKeySpec* spec = catalog_.Find(input.key);
    if (spec && spec->owner == PolicyOwner::kSystem) {
        KEFU_TRY(auth::Require(principal, actions::kWriteSystem));
    }
    Violations violations;
    const auto valid_from = Date::Parse(input.valid_from);
    if (spec && (input.value < spec->min || input.value > spec->max)) {
        violations.Add("value", "out_of_range");
    }
    if (!valid_from) violations.Add("validFrom", "invalid_date");
    if (input.reason.empty()) violations.Add("reason", "required");
    if (input.reason.size() > 2000) violations.Add("reason", "too_long");
    if (input.key.empty()) violations.Add("key", "required");
    KEFU_TRY(violations.ToResult());
    if (!spec) return Fail(Error::NotFound(fmt::format("unknown policy key {}", input.key)));

    PolicyValue value;
    value.key = input.key;
    value.value = input.value;
    value.unit = spec->unit;
    value.valid_from = *valid_from;
    value.set_by = principal.display_name;
    value.reason = input.reason;
    return transactions_.Run<PolicyValue>(TxMode::kWrite, [&](Tx& tx) -> Result<PolicyValue> {
        auto stored = DuplicateAsViolation(repository_.Insert(tx, value, now),
                                           "validFrom",
                                           "this key already has a value from that date");
        if (!stored) return stored;
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kSet,
                                fmt::format("{}@{}", stored->key, stored->valid_from.ToString()),
                                std::nullopt,
                                audit::Snapshot{{"key", stored->key},
                                                {"value", stored->value},
                                                {"unit", std::string(UnitName(stored->unit))},
                                                {"validFrom", stored->valid_from.ToString()},
                                                {"reason", stored->reason}}}));
        return stored;
    });
}

}  // namespace kefu::policy
