// The travel allowance engine (R-EXP-1..7): from one claim line, the trip's times, the place and
// the policy values in force on the line's dates, what may be paid and by which rule. Pure: the
// caller reads the policy values and the place and passes them in.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/division.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/money.hpp"

namespace kefu::expenses {

/// What a claim line is for.
enum class LineKind { kFare, kMeal, kLodging, kPhone };

inline constexpr auto kLineKindNames = MakeEnumNames<LineKind>({{LineKind::kFare, "fare"},
                                                                {LineKind::kMeal, "meal"},
                                                                {LineKind::kLodging, "lodging"},
                                                                {LineKind::kPhone, "phone"}});

/// The ticket of a fare line (R-EXP-1): bus and train at cost, the rest need a leader's approval.
enum class FareClass { kBus, kTrain, kSleeper, kHighSpeed, kTaxi };

inline constexpr auto kFareClassNames =
    MakeEnumNames<FareClass>({{FareClass::kBus, "bus"},
                              {FareClass::kTrain, "train"},
                              {FareClass::kSleeper, "sleeper"},
                              {FareClass::kHighSpeed, "high_speed"},
                              {FareClass::kTaxi, "taxi"}});

/// The meal of a meal line (R-EXP-2/3).
enum class Meal { kBreakfast, kLunch, kDinner };

inline constexpr auto kMealNames = MakeEnumNames<Meal>(
    {{Meal::kBreakfast, "breakfast"}, {Meal::kLunch, "lunch"}, {Meal::kDinner, "dinner"}});

/// The rule that decided a line: a stable code, stored with the line and shown localized.
enum class AllowanceRule {
    kFareAtCost,               ///< ordinary bus or train: actual cost
    kFareApproved,             ///< sleeper, high-speed or taxi with a leader's approval
    kFareNeedsApproval,        ///< sleeper, high-speed or taxi without approval: not payable
    kMealLocalLunch,           ///< Jinan lunch, away over the whole lunch period
    kMealLocalDinner,          ///< Jinan dinner, away past the end of the working day
    kMealLocalNotAway,         ///< Jinan meal while the trip did not keep the crew away
    kMealLocalNoBreakfast,     ///< the local area pays no breakfast
    kMealLocalNoTripLog,       ///< Jinan meal without a trip log to prove the times
    kMealOutOfTown,            ///< out-of-town meal in a period the trip covers
    kMealOutsideTrip,          ///< out-of-town meal in a period the trip does not cover
    kMealDinersMissing,        ///< no diners named (R-EXP-4)
    kMealDinersCountMismatch,  ///< the stated count differs from the names (R-EXP-4)
    kReceiptMissing,           ///< a meal or a night without a receipt (R-EXP-4/5)
    kLodgingStandard,          ///< within the place's standard
    kLodgingCapped,            ///< above the standard without approval: the standard is paid
    kLodgingSpecialApproved,   ///< above the standard or another place, with an approval
    kLodgingNeedsApplication,  ///< another place (local area, not a city) without an approval
    kPhoneInSalary,            ///< phone costs are part of the base salary (R-EXP-6)
};

inline constexpr auto kAllowanceRuleNames = MakeEnumNames<AllowanceRule>({
    {AllowanceRule::kFareAtCost, "fare_at_cost"},
    {AllowanceRule::kFareApproved, "fare_approved"},
    {AllowanceRule::kFareNeedsApproval, "fare_needs_approval"},
    {AllowanceRule::kMealLocalLunch, "meal_local_lunch"},
    {AllowanceRule::kMealLocalDinner, "meal_local_dinner"},
    {AllowanceRule::kMealLocalNotAway, "meal_local_not_away"},
    {AllowanceRule::kMealLocalNoBreakfast, "meal_local_no_breakfast"},
    {AllowanceRule::kMealLocalNoTripLog, "meal_local_no_trip_log"},
    {AllowanceRule::kMealOutOfTown, "meal_out_of_town"},
    {AllowanceRule::kMealOutsideTrip, "meal_outside_trip"},
    {AllowanceRule::kMealDinersMissing, "meal_diners_missing"},
    {AllowanceRule::kMealDinersCountMismatch, "meal_diners_count_mismatch"},
    {AllowanceRule::kReceiptMissing, "receipt_missing"},
    {AllowanceRule::kLodgingStandard, "lodging_standard"},
    {AllowanceRule::kLodgingCapped, "lodging_capped"},
    {AllowanceRule::kLodgingSpecialApproved, "lodging_special_approved"},
    {AllowanceRule::kLodgingNeedsApplication, "lodging_needs_application"},
    {AllowanceRule::kPhoneInSalary, "phone_in_salary"},
});

/// A meal period in minutes after midnight, China time: [start, end).
struct MealPeriod {
    int start = 0;
    int end = 0;
};

/// The policy values in force on one date (each read with PolicyReader::ValueOn on that date).
struct AllowancePolicy {
    Money breakfast;     ///< expense.meal.out_of_town.breakfast_fen
    Money lunch;         ///< expense.meal.out_of_town.lunch_fen
    Money dinner;        ///< expense.meal.out_of_town.dinner_fen
    Money local_lunch;   ///< expense.meal.jinan.lunch_fen
    Money local_dinner;  ///< expense.meal.jinan.dinner_fen
    MealPeriod breakfast_period;
    MealPeriod lunch_period;
    MealPeriod dinner_period;
    int workday_end = 0;       ///< expense.workday_end_minute
    Money lodging_county;      ///< expense.lodging.county_fen
    Money lodging_prefecture;  ///< expense.lodging.prefecture_fen
};

/// When the crew was away: from the trip log, or as the claim states it (out-of-town trips by
/// train have no trip log).
struct TripTimes {
    Timestamp departure;
    Timestamp return_at;
    bool from_trip_log = false;
};

/// Where the work was: the local area (Jinan) or not, and the place class for lodging.
struct Place {
    bool local = false;
    geo::PlaceClass place_class = geo::PlaceClass::kOther;
};

/// The facts of one claim line the rules look at.
struct LineFacts {
    LineKind kind = LineKind::kFare;
    Date date;  ///< the day of the fare or meal, the first night of lodging
    Money claimed;
    FareClass fare_class = FareClass::kBus;
    Meal meal = Meal::kLunch;
    std::vector<std::string> diners;  ///< names (meal lines)
    int diner_count = 0;              ///< the number stated (meal lines)
    int nights = 1;                   ///< lodging
    int persons = 1;                  ///< lodging
    bool receipt = false;
    bool leader_approval = false;   ///< fares above ordinary class
    bool special_approval = false;  ///< lodging above the standard or another place
};

/// What the engine decided for one line (R-EXP-7): stored with it so it can be explained.
struct Allowance {
    Money allowed;
    bool payable = false;
    AllowanceRule rule = AllowanceRule::kFareAtCost;
    /// The policy values the decision used, by key ("expense.meal.jinan.lunch_fen" → 1000); a
    /// multi-night line lists a night's key with its date ("…county_fen@2026-07-01").
    std::vector<std::pair<std::string, std::int64_t>> policy_used;
};

/// Decides one line. `policies` holds the values in force on line.date, line.date + 1, … : one
/// for a fare or a meal, `nights` for lodging (so a stay across a policy change pays each night
/// at its own rate). Precondition: policies.size() >= 1 (>= nights for lodging).
Allowance ComputeAllowance(const LineFacts& line,
                           const TripTimes& trip,
                           const Place& place,
                           std::span<const AllowancePolicy> policies);

/// The UTC instant of a minute of a day in China time (UTC+8).
Timestamp ChinaInstant(Date date, int minute_of_day);

}  // namespace kefu::expenses
