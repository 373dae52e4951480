// The policy keys the allowance engine reads (R-EXP-1..5, seed §三): amounts in fen, meal periods
// and the end of the working day as minutes of the day. Declared by the expenses module.
#pragma once

#include <array>
#include <string_view>

#include "policy/policy_key.hpp"

namespace kefu::expenses::policy_keys {

using kefu::policy::PolicyKeySpec;
using kefu::policy::PolicyOwner;
using kefu::policy::Unit;

inline constexpr std::int64_t kMaxFen = std::int64_t{100'000} * 100;
inline constexpr std::int64_t kLastMinute = 24 * 60 - 1;

inline constexpr std::string_view kBreakfast = "expense.meal.out_of_town.breakfast_fen";
inline constexpr std::string_view kLunch = "expense.meal.out_of_town.lunch_fen";
inline constexpr std::string_view kDinner = "expense.meal.out_of_town.dinner_fen";
inline constexpr std::string_view kLocalLunch = "expense.meal.jinan.lunch_fen";
inline constexpr std::string_view kLocalDinner = "expense.meal.jinan.dinner_fen";
inline constexpr std::string_view kLodgingCounty = "expense.lodging.county_fen";
inline constexpr std::string_view kLodgingPrefecture = "expense.lodging.prefecture_fen";
inline constexpr std::string_view kBreakfastStart = "expense.meal.breakfast_start_minute";
inline constexpr std::string_view kBreakfastEnd = "expense.meal.breakfast_end_minute";
inline constexpr std::string_view kLunchStart = "expense.meal.lunch_start_minute";
inline constexpr std::string_view kLunchEnd = "expense.meal.lunch_end_minute";
inline constexpr std::string_view kDinnerStart = "expense.meal.dinner_start_minute";
inline constexpr std::string_view kDinnerEnd = "expense.meal.dinner_end_minute";
inline constexpr std::string_view kWorkdayEnd = "expense.workday_end_minute";
/// The local area (济南市 370100): declared by the customers capability, read here too.
inline constexpr std::string_view kLocalArea = "geo.local_area_division";

inline constexpr std::array<PolicyKeySpec, 14> kKeys = {{
    {kBreakfast, Unit::kFen, 0, kMaxFen, PolicyOwner::kDepartment},
    {kLunch, Unit::kFen, 0, kMaxFen, PolicyOwner::kDepartment},
    {kDinner, Unit::kFen, 0, kMaxFen, PolicyOwner::kDepartment},
    {kLocalLunch, Unit::kFen, 0, kMaxFen, PolicyOwner::kDepartment},
    {kLocalDinner, Unit::kFen, 0, kMaxFen, PolicyOwner::kDepartment},
    {kLodgingCounty, Unit::kFen, 0, kMaxFen, PolicyOwner::kDepartment},
    {kLodgingPrefecture, Unit::kFen, 0, kMaxFen, PolicyOwner::kDepartment},
    {kBreakfastStart, Unit::kMinuteOfDay, 0, kLastMinute, PolicyOwner::kDepartment},
    {kBreakfastEnd, Unit::kMinuteOfDay, 0, kLastMinute, PolicyOwner::kDepartment},
    {kLunchStart, Unit::kMinuteOfDay, 0, kLastMinute, PolicyOwner::kDepartment},
    {kLunchEnd, Unit::kMinuteOfDay, 0, kLastMinute, PolicyOwner::kDepartment},
    {kDinnerStart, Unit::kMinuteOfDay, 0, kLastMinute, PolicyOwner::kDepartment},
    {kDinnerEnd, Unit::kMinuteOfDay, 0, kLastMinute, PolicyOwner::kDepartment},
    {kWorkdayEnd, Unit::kMinuteOfDay, 0, kLastMinute, PolicyOwner::kDepartment},
}};

}  // namespace kefu::expenses::policy_keys
