// Effective-dated policy values: every number the regulations name, with its history.
#pragma once

#include <cstdint>
#include <string>

#include "platform/date.hpp"
#include "policy/policy_key.hpp"

namespace kefu::policy {

/// One version of a policy value: in force from `valid_from` until the next version's date.
struct PolicyValue {
    std::int64_t id = 0;
    std::string key;
    std::int64_t value = 0;
    Unit unit = Unit::kMonths;
    Date valid_from;
    std::string set_by;
    std::string reason;
};

}  // namespace kefu::policy
