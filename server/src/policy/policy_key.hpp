// The policy keys the capabilities read: each declares its keys with a unit, a sane range and
// who edits them from the browser. The catalogue is assembled at start-up from those declarations.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/enum_names.hpp"

namespace kefu::policy {

/// The unit of a policy value; values are integers in this unit. A division code is a six-digit
/// GB/T 2260 code (370100 济南市), so an area policy is one effective-dated integer too; a
/// factor is in per mille (1.4 is 1400) and a coordinate in millionths of a degree.
enum class Unit {
    kMonths,
    kPersons,
    kFen,
    kMinuteOfDay,
    kDivisionCode,
    kDays,
    kKm,
    kMinutes,
    kKmPerHour,
    kPermille,
    kMicrodegrees,
};

inline constexpr auto kUnitNames = MakeEnumNames<Unit>({{Unit::kMonths, "months"},
                                                        {Unit::kPersons, "persons"},
                                                        {Unit::kFen, "fen"},
                                                        {Unit::kMinuteOfDay, "minute_of_day"},
                                                        {Unit::kDivisionCode, "division_code"},
                                                        {Unit::kDays, "days"},
                                                        {Unit::kKm, "km"},
                                                        {Unit::kMinutes, "minutes"},
                                                        {Unit::kKmPerHour, "km_per_hour"},
                                                        {Unit::kPermille, "permille"},
                                                        {Unit::kMicrodegrees, "microdegrees"}});

inline std::string_view UnitName(Unit unit) { return kUnitNames.Name(unit); }
inline std::optional<Unit> ParseUnit(std::string_view name) { return kUnitNames.Parse(name); }

/// Who sets a key from the browser: the department head (allowances, times, crew size) or the
/// system administrator (everything else).
enum class PolicyOwner { kDepartment, kSystem };

inline constexpr auto kPolicyOwnerNames = MakeEnumNames<PolicyOwner>(
    {{PolicyOwner::kDepartment, "department"}, {PolicyOwner::kSystem, "system"}});

/// One key a capability reads, e.g. grade.supervisor.min_experience_months (12 months, 0–120).
struct PolicyKeySpec {
    std::string_view key;
    Unit unit = Unit::kMonths;
    std::int64_t min = 0;  ///< smallest accepted value, inclusive
    std::int64_t max = 0;  ///< largest accepted value, inclusive
    PolicyOwner owner = PolicyOwner::kSystem;
};

/// Every declared key. Built once at start-up, then read-only.
class PolicyCatalog {
public:
    /// Adds one module's keys; a key declared twice or with min > max is a problem.
    void Declare(std::string_view module, std::span<const PolicyKeySpec> keys);
    const std::vector<std::string>& problems() const { return problems_; }
    /// The spec of a key, or nullptr when no capability reads it.
    const PolicyKeySpec* Find(std::string_view key) const;

private:
    std::map<std::string, PolicyKeySpec, std::less<>> keys_;
    std::vector<std::string> problems_;
};

}  // namespace kefu::policy
