// Effective-dated policy values: every number the regulations name, with its history.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/date.hpp"

namespace kefu::policy {

/// The unit of a policy value; values are integers in this unit.
enum class Unit { kMonths, kPersons, kFen, kMinuteOfDay };

std::string_view UnitName(Unit unit);
std::optional<Unit> ParseUnit(std::string_view name);

/// Keys the code asks for. The values live in the database (migration 0001 loads the defaults).
namespace keys {
inline constexpr std::string_view kTechnicianMinMonths = "grade.technician.min_experience_months";
inline constexpr std::string_view kSupervisorMinMonths = "grade.supervisor.min_experience_months";
inline constexpr std::string_view kInternshipMonths = "grade.intern.internship_months";
inline constexpr std::string_view kCrewSizeRequiringApproval =
    "dispatch.crew_size_requiring_approval";
inline constexpr std::string_view kBreakfastOutOfTownFen = "expense.meal.out_of_town.breakfast_fen";
inline constexpr std::string_view kLunchOutOfTownFen = "expense.meal.out_of_town.lunch_fen";
inline constexpr std::string_view kDinnerOutOfTownFen = "expense.meal.out_of_town.dinner_fen";
inline constexpr std::string_view kLunchJinanFen = "expense.meal.jinan.lunch_fen";
inline constexpr std::string_view kLodgingCountyFen = "expense.lodging.county_fen";
inline constexpr std::string_view kLodgingPrefectureFen = "expense.lodging.prefecture_fen";
inline constexpr std::string_view kReturnCutoffMinute = "materials.return_cutoff_minute";
}  // namespace keys

/// The unit of a known key; nullopt for a key the code does not know.
std::optional<Unit> UnitOfKey(std::string_view key);

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
