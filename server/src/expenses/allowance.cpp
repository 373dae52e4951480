#include "expenses/allowance.hpp"

#include <algorithm>
#include <chrono>

namespace kefu::expenses {
namespace {

using R = AllowanceRule;

Allowance Refuse(R rule) { return {Money(), false, rule, {}}; }

Allowance Pay(Money allowed, R rule, std::vector<std::pair<std::string, std::int64_t>> used = {}) {
    return {allowed, true, rule, std::move(used)};
}

Money Min(Money a, Money b) { return a < b ? a : b; }

// Whether [departure, return) shares a minute with [from, to).
bool Overlaps(const TripTimes& trip, Timestamp from, Timestamp to) {
    return trip.departure < to && from < trip.return_at;
}

Allowance Fare(const LineFacts& line) {
    if (line.fare_class == FareClass::kBus || line.fare_class == FareClass::kTrain) {
        return Pay(line.claimed, R::kFareAtCost);
    }
    if (line.leader_approval) return Pay(line.claimed, R::kFareApproved);
    return Refuse(R::kFareNeedsApproval);
}

// Rate × diners, never more than claimed; the rule and the key name the decision used.
Allowance PayMeal(const LineFacts& line, Money rate, std::string_view key, R rule) {
    const Money allowed = Min(line.claimed, rate * line.diner_count);
    return Pay(allowed, rule, {{std::string(key), rate.fen()}});
}

Allowance LocalMeal(const LineFacts& line, const TripTimes& trip, const AllowancePolicy& p) {
    if (line.meal == Meal::kBreakfast) return Refuse(R::kMealLocalNoBreakfast);
    // R-EXP-2 pays a local meal on the trip log's evidence only.
    if (!trip.from_trip_log) return Refuse(R::kMealLocalNoTripLog);
    if (line.meal == Meal::kLunch) {
        const bool away = trip.departure <= ChinaInstant(line.date, p.lunch_period.start) &&
                          trip.return_at >= ChinaInstant(line.date, p.lunch_period.end);
        if (!away) return Refuse(R::kMealLocalNotAway);
        return PayMeal(line, p.local_lunch, "expense.meal.jinan.lunch_fen", R::kMealLocalLunch);
    }
    const bool overtime = trip.return_at > ChinaInstant(line.date, p.workday_end) &&
                          trip.departure < ChinaInstant(line.date.AddDays(1), 0);
    if (!overtime) return Refuse(R::kMealLocalNotAway);
    return PayMeal(line, p.local_dinner, "expense.meal.jinan.dinner_fen", R::kMealLocalDinner);
}

Allowance OutOfTownMeal(const LineFacts& line, const TripTimes& trip, const AllowancePolicy& p) {
    struct Choice {
        MealPeriod period;
        Money rate;
        std::string_view key;
    };
    const Choice c =
        line.meal == Meal::kBreakfast
            ? Choice{p.breakfast_period, p.breakfast, "expense.meal.out_of_town.breakfast_fen"}
        : line.meal == Meal::kLunch
            ? Choice{p.lunch_period, p.lunch, "expense.meal.out_of_town.lunch_fen"}
            : Choice{p.dinner_period, p.dinner, "expense.meal.out_of_town.dinner_fen"};
    if (!Overlaps(
            trip, ChinaInstant(line.date, c.period.start), ChinaInstant(line.date, c.period.end))) {
        return Refuse(R::kMealOutsideTrip);
    }
    return PayMeal(line, c.rate, c.key, R::kMealOutOfTown);
}

Allowance MealLine(const LineFacts& line,
                   const TripTimes& trip,
                   const Place& place,
                   const AllowancePolicy& p) {
    if (line.diners.empty()) return Refuse(R::kMealDinersMissing);
    if (line.diner_count != static_cast<int>(line.diners.size())) {
        return Refuse(R::kMealDinersCountMismatch);
    }
    if (!line.receipt) return Refuse(R::kReceiptMissing);
    return place.local ? LocalMeal(line, trip, p) : OutOfTownMeal(line, trip, p);
}

Allowance Lodging(const LineFacts& line,
                  const Place& place,
                  std::span<const AllowancePolicy> policies) {
    if (!line.receipt) return Refuse(R::kReceiptMissing);
    const bool standard_place = !place.local && place.place_class != geo::PlaceClass::kOther;
    if (!standard_place) {
        if (line.special_approval) return Pay(line.claimed, R::kLodgingSpecialApproved);
        return Refuse(R::kLodgingNeedsApplication);
    }
    const bool county = place.place_class == geo::PlaceClass::kCountyLevel;
    const std::string_view key =
        county ? "expense.lodging.county_fen" : "expense.lodging.prefecture_fen";
    Money standard;
    std::vector<std::pair<std::string, std::int64_t>> used;
    for (int night = 0; night < line.nights; ++night) {
        const AllowancePolicy& p = policies[static_cast<std::size_t>(night)];
        const Money rate = county ? p.lodging_county : p.lodging_prefecture;
        standard = standard + rate * line.persons;
        used.emplace_back(std::string(key) + "@" + line.date.AddDays(night).ToString(), rate.fen());
    }
    if (line.claimed <= standard) return Pay(line.claimed, R::kLodgingStandard, std::move(used));
    if (line.special_approval) {
        return Pay(line.claimed, R::kLodgingSpecialApproved, std::move(used));
    }
    return Pay(standard, R::kLodgingCapped, std::move(used));
}

}  // namespace

Timestamp ChinaInstant(Date date, int minute_of_day) {
    return std::chrono::time_point_cast<std::chrono::seconds>(date.days()) +
           std::chrono::minutes(minute_of_day) - std::chrono::hours(8);
}

Allowance ComputeAllowance(const LineFacts& line,
                           const TripTimes& trip,
                           const Place& place,
                           std::span<const AllowancePolicy> policies) {
    switch (line.kind) {
        case LineKind::kFare:
            return Fare(line);
        case LineKind::kMeal:
            return MealLine(line, trip, place, policies.front());
        case LineKind::kLodging:
            return Lodging(line, place, policies);
        case LineKind::kPhone:
            return Refuse(R::kPhoneInSalary);
    }
    return Refuse(R::kPhoneInSalary);
}

}  // namespace kefu::expenses
