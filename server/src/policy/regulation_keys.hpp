// Policy keys of the regulations whose capability has not landed yet (dispatch, materials).
// Each moves to its capability's declarations when that capability arrives.
#pragma once

#include <array>

#include "policy/policy_key.hpp"

namespace kefu::policy {

/// Money keys accept 0 to 100,000 yuan; minutes of day 0–1439; crew sizes 1–50 persons.
inline constexpr std::int64_t kMaxFen = std::int64_t{100'000} * 100;

inline constexpr std::array<PolicyKeySpec, 2> kRegulationKeys = {{
    {"dispatch.crew_size_requiring_approval", Unit::kPersons, 1, 50, PolicyOwner::kDepartment},
    {"materials.return_cutoff_minute",
     Unit::kMinuteOfDay,
     0,
     24 * 60 - 1,
     PolicyOwner::kDepartment},
}};

}  // namespace kefu::policy
