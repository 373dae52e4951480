// R-EXP-1..7: the allowance engine at its edges.
#include "expenses/allowance.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kefu::expenses {
namespace {

using R = AllowanceRule;

AllowancePolicy Defaults() {
    AllowancePolicy p;
    p.breakfast = Money::Yuan(5);
    p.lunch = Money::Yuan(10);
    p.dinner = Money::Yuan(10);
    p.local_lunch = Money::Yuan(10);
    p.local_dinner = Money::Yuan(10);
    p.breakfast_period = {6 * 60, 9 * 60};
    p.lunch_period = {11 * 60 + 30, 13 * 60 + 30};
    p.dinner_period = {17 * 60 + 30, 19 * 60 + 30};
    p.workday_end = 17 * 60 + 30;
    p.lodging_county = Money::Yuan(30);
    p.lodging_prefecture = Money::Yuan(35);
    return p;
}

const Date kDay(2026, 7, 1);
const Place kLocal{true, geo::PlaceClass::kPrefectureLevel};
const Place kCounty{false, geo::PlaceClass::kCountyLevel};
const Place kPrefecture{false, geo::PlaceClass::kPrefectureLevel};
const Place kOther{false, geo::PlaceClass::kOther};

Timestamp At(Date d, int hour, int minute) { return ChinaInstant(d, hour * 60 + minute); }

TripTimes Trip(Timestamp from, Timestamp to, bool log = true) { return {from, to, log}; }

LineFacts MealLine(Meal meal, int diners = 2, Money claimed = Money::Yuan(20)) {
    LineFacts l;
    l.kind = LineKind::kMeal;
    l.date = kDay;
    l.meal = meal;
    l.claimed = claimed;
    for (int i = 0; i < diners; ++i) l.diners.push_back("员工" + std::to_string(i));
    l.diner_count = diners;
    l.receipt = true;
    return l;
}

Allowance Compute(const LineFacts& line, const TripTimes& trip, const Place& place) {
    const std::vector<AllowancePolicy> p(static_cast<std::size_t>(std::max(line.nights, 1)),
                                         Defaults());
    return ComputeAllowance(line, trip, place, p);
}

TEST(ChinaTime, InstantIsUtcPlusEight) {
    EXPECT_EQ(FormatTimestamp(ChinaInstant(kDay, 0)), "2026-06-30T16:00:00Z");
    EXPECT_EQ(FormatTimestamp(ChinaInstant(kDay, 11 * 60 + 30)), "2026-07-01T03:30:00Z");
}

// R-EXP-2: local lunch only when away over the whole lunch period; the cut-offs are inclusive.
TEST(LocalLunch, AwayExactlyOverTheLunchPeriodIsPaid) {
    auto a = Compute(MealLine(Meal::kLunch), Trip(At(kDay, 11, 30), At(kDay, 13, 30)), kLocal);
    EXPECT_TRUE(a.payable);
    EXPECT_EQ(a.rule, R::kMealLocalLunch);
    EXPECT_EQ(a.allowed, Money::Yuan(20));
    ASSERT_EQ(a.policy_used.size(), 1U);
    EXPECT_EQ(a.policy_used[0].first, "expense.meal.jinan.lunch_fen");
    EXPECT_EQ(a.policy_used[0].second, 1000);
}

TEST(LocalLunch, BackAMinuteBeforeTheCutOffIsNotPaid) {
    auto a = Compute(MealLine(Meal::kLunch), Trip(At(kDay, 8, 0), At(kDay, 13, 29)), kLocal);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kMealLocalNotAway);
    EXPECT_EQ(a.allowed, Money());
}

TEST(LocalLunch, LeavingAMinuteAfterTheStartIsNotPaid) {
    auto a = Compute(MealLine(Meal::kLunch), Trip(At(kDay, 11, 31), At(kDay, 18, 0)), kLocal);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kMealLocalNotAway);
}

TEST(LocalLunch, WithoutTripLogIsNotPaid) {
    auto a = Compute(MealLine(Meal::kLunch), Trip(At(kDay, 8, 0), At(kDay, 18, 0), false), kLocal);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kMealLocalNoTripLog);
}

TEST(LocalLunch, AllowedIsRateTimesDinersCappedAtClaimed) {
    auto a = Compute(
        MealLine(Meal::kLunch, 3, Money::Yuan(50)), Trip(At(kDay, 8, 0), At(kDay, 17, 0)), kLocal);
    EXPECT_EQ(a.allowed, Money::Yuan(30));
    auto b = Compute(
        MealLine(Meal::kLunch, 3, Money::Fen(2550)), Trip(At(kDay, 8, 0), At(kDay, 17, 0)), kLocal);
    EXPECT_EQ(b.allowed, Money::Fen(2550));
}

// R-EXP-2: local dinner only when away past the end of the working day.
TEST(LocalDinner, BackExactlyAtEndOfWorkdayIsNotPaid) {
    auto a = Compute(MealLine(Meal::kDinner), Trip(At(kDay, 8, 0), At(kDay, 17, 30)), kLocal);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kMealLocalNotAway);
}

TEST(LocalDinner, BackAMinutePastEndOfWorkdayIsPaid) {
    auto a = Compute(MealLine(Meal::kDinner), Trip(At(kDay, 8, 0), At(kDay, 17, 31)), kLocal);
    EXPECT_TRUE(a.payable);
    EXPECT_EQ(a.rule, R::kMealLocalDinner);
    EXPECT_EQ(a.policy_used[0].first, "expense.meal.jinan.dinner_fen");
}

TEST(LocalBreakfast, IsNeverPaid) {
    auto a = Compute(MealLine(Meal::kBreakfast), Trip(At(kDay, 5, 0), At(kDay, 20, 0)), kLocal);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kMealLocalNoBreakfast);
}

// R-EXP-3: out of town, each meal period the trip covers; the boundaries are half-open.
TEST(OutOfTownMeal, EachPeriodBoundary) {
    struct Case {
        Meal meal;
        Timestamp from, to;
        bool paid;
    };
    const Date prev = kDay.AddDays(-1);
    const Date next = kDay.AddDays(1);
    const Case cases[] = {
        // Breakfast 06:00–09:00.
        {Meal::kBreakfast, At(kDay, 8, 59), At(next, 12, 0), true},
        {Meal::kBreakfast, At(kDay, 9, 0), At(next, 12, 0), false},
        {Meal::kBreakfast, At(prev, 12, 0), At(kDay, 6, 0), false},
        {Meal::kBreakfast, At(prev, 12, 0), At(kDay, 6, 1), true},
        // Lunch 11:30–13:30.
        {Meal::kLunch, At(kDay, 13, 29), At(next, 12, 0), true},
        {Meal::kLunch, At(kDay, 13, 30), At(next, 12, 0), false},
        {Meal::kLunch, At(prev, 12, 0), At(kDay, 11, 30), false},
        {Meal::kLunch, At(prev, 12, 0), At(kDay, 11, 31), true},
        // Dinner 17:30–19:30.
        {Meal::kDinner, At(kDay, 19, 29), At(next, 12, 0), true},
        {Meal::kDinner, At(kDay, 19, 30), At(next, 12, 0), false},
        {Meal::kDinner, At(prev, 12, 0), At(kDay, 17, 30), false},
        {Meal::kDinner, At(prev, 12, 0), At(kDay, 17, 31), true},
    };
    for (const Case& c : cases) {
        auto a = Compute(MealLine(c.meal, 1), Trip(c.from, c.to, false), kCounty);
        EXPECT_EQ(a.payable, c.paid) << kMealNames.Name(c.meal) << " " << FormatTimestamp(c.from)
                                     << " – " << FormatTimestamp(c.to);
        EXPECT_EQ(a.rule, c.paid ? R::kMealOutOfTown : R::kMealOutsideTrip);
    }
}

TEST(OutOfTownMeal, RatesPerMeal) {
    const TripTimes trip = Trip(At(kDay, 5, 0), At(kDay, 22, 0), false);
    EXPECT_EQ(Compute(MealLine(Meal::kBreakfast, 2), trip, kPrefecture).allowed, Money::Yuan(10));
    EXPECT_EQ(Compute(MealLine(Meal::kLunch, 2), trip, kPrefecture).allowed, Money::Yuan(20));
    EXPECT_EQ(Compute(MealLine(Meal::kDinner, 1), trip, kPrefecture).allowed, Money::Yuan(10));
    EXPECT_EQ(Compute(MealLine(Meal::kBreakfast, 1), trip, kPrefecture).policy_used[0].first,
              "expense.meal.out_of_town.breakfast_fen");
}

// R-EXP-4: diners named, count matches, receipt.
TEST(MealLine, NoDinersIsRefused) {
    auto line = MealLine(Meal::kLunch, 0);
    auto a = Compute(line, Trip(At(kDay, 5, 0), At(kDay, 22, 0)), kCounty);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kMealDinersMissing);
}

TEST(MealLine, CountMustMatchNames) {
    auto line = MealLine(Meal::kLunch, 2);
    line.diner_count = 3;
    auto a = Compute(line, Trip(At(kDay, 5, 0), At(kDay, 22, 0)), kCounty);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kMealDinersCountMismatch);
    line.diner_count = 1;
    EXPECT_EQ(Compute(line, Trip(At(kDay, 5, 0), At(kDay, 22, 0)), kCounty).rule,
              R::kMealDinersCountMismatch);
    line.diner_count = 2;
    EXPECT_TRUE(Compute(line, Trip(At(kDay, 5, 0), At(kDay, 22, 0)), kCounty).payable);
}

TEST(MealLine, ReceiptRequired) {
    auto line = MealLine(Meal::kLunch, 2);
    line.receipt = false;
    auto a = Compute(line, Trip(At(kDay, 5, 0), At(kDay, 22, 0)), kCounty);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kReceiptMissing);
}

// R-EXP-1: fares.
TEST(Fare, OrdinaryAtCostOthersNeedApproval) {
    LineFacts l;
    l.kind = LineKind::kFare;
    l.date = kDay;
    l.claimed = Money::Fen(12345);
    const TripTimes trip = Trip(At(kDay, 5, 0), At(kDay, 22, 0), false);
    for (FareClass c : {FareClass::kBus, FareClass::kTrain}) {
        l.fare_class = c;
        auto a = Compute(l, trip, kCounty);
        EXPECT_TRUE(a.payable);
        EXPECT_EQ(a.rule, R::kFareAtCost);
        EXPECT_EQ(a.allowed, Money::Fen(12345));
    }
    for (FareClass c : {FareClass::kSleeper, FareClass::kHighSpeed, FareClass::kTaxi}) {
        l.fare_class = c;
        l.leader_approval = false;
        auto missing = Compute(l, trip, kCounty);
        EXPECT_FALSE(missing.payable) << kFareClassNames.Name(c);
        EXPECT_EQ(missing.rule, R::kFareNeedsApproval);
        EXPECT_EQ(missing.allowed, Money());
        l.leader_approval = true;
        auto present = Compute(l, trip, kCounty);
        EXPECT_TRUE(present.payable);
        EXPECT_EQ(present.rule, R::kFareApproved);
        EXPECT_EQ(present.allowed, Money::Fen(12345));
    }
}

// R-EXP-5: lodging by place class.
LineFacts LodgingLine(int nights, int persons, Money claimed) {
    LineFacts l;
    l.kind = LineKind::kLodging;
    l.date = kDay;
    l.nights = nights;
    l.persons = persons;
    l.claimed = claimed;
    l.receipt = true;
    return l;
}

TEST(Lodging, CountyVsPrefectureVsLocalVsOther) {
    const TripTimes trip = Trip(At(kDay, 5, 0), At(kDay.AddDays(2), 18, 0), false);
    auto county = Compute(LodgingLine(2, 2, Money::Yuan(200)), trip, kCounty);
    EXPECT_TRUE(county.payable);
    EXPECT_EQ(county.rule, R::kLodgingCapped);
    EXPECT_EQ(county.allowed, Money::Yuan(120));  // 30 × 2 nights × 2 persons
    auto prefecture = Compute(LodgingLine(2, 2, Money::Yuan(200)), trip, kPrefecture);
    EXPECT_EQ(prefecture.allowed, Money::Yuan(140));  // 35 × 2 × 2
    EXPECT_EQ(prefecture.policy_used[0].first, "expense.lodging.prefecture_fen@2026-07-01");
    auto exact = Compute(LodgingLine(2, 2, Money::Yuan(140)), trip, kPrefecture);
    EXPECT_EQ(exact.rule, R::kLodgingStandard);
    EXPECT_EQ(exact.allowed, Money::Yuan(140));
    auto local = Compute(LodgingLine(1, 1, Money::Yuan(30)), trip, kLocal);
    EXPECT_FALSE(local.payable);
    EXPECT_EQ(local.rule, R::kLodgingNeedsApplication);
    auto other = Compute(LodgingLine(1, 1, Money::Yuan(30)), trip, kOther);
    EXPECT_FALSE(other.payable);
    EXPECT_EQ(other.rule, R::kLodgingNeedsApplication);
}

TEST(Lodging, SpecialApprovalPaysAboveStandardAndOtherPlaces) {
    const TripTimes trip = Trip(At(kDay, 5, 0), At(kDay.AddDays(1), 18, 0), false);
    auto line = LodgingLine(1, 1, Money::Yuan(80));
    line.special_approval = true;
    auto above = Compute(line, trip, kCounty);
    EXPECT_EQ(above.rule, R::kLodgingSpecialApproved);
    EXPECT_EQ(above.allowed, Money::Yuan(80));
    auto other = Compute(line, trip, kOther);
    EXPECT_TRUE(other.payable);
    EXPECT_EQ(other.allowed, Money::Yuan(80));
}

TEST(Lodging, ReceiptRequired) {
    auto line = LodgingLine(1, 1, Money::Yuan(30));
    line.receipt = false;
    auto a = Compute(line, Trip(At(kDay, 5, 0), At(kDay.AddDays(1), 18, 0), false), kCounty);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kReceiptMissing);
}

TEST(Lodging, NightsAcrossAPolicyChangeEachPayTheirOwnRate) {
    AllowancePolicy before = Defaults();
    AllowancePolicy after = Defaults();
    after.lodging_county = Money::Yuan(40);
    const std::vector<AllowancePolicy> policies = {before, after};
    auto a = ComputeAllowance(LodgingLine(2, 1, Money::Yuan(100)),
                              Trip(At(kDay, 5, 0), At(kDay.AddDays(2), 18, 0), false),
                              kCounty,
                              policies);
    EXPECT_EQ(a.allowed, Money::Yuan(70));  // 30 the first night, 40 the second
    ASSERT_EQ(a.policy_used.size(), 2U);
    EXPECT_EQ(
        a.policy_used[0],
        (std::pair<std::string, std::int64_t>{"expense.lodging.county_fen@2026-07-01", 3000}));
    EXPECT_EQ(
        a.policy_used[1],
        (std::pair<std::string, std::int64_t>{"expense.lodging.county_fen@2026-07-02", 4000}));
}

// R-EXP-6.
TEST(Phone, IsRefusedAsPartOfSalary) {
    LineFacts l;
    l.kind = LineKind::kPhone;
    l.date = kDay;
    l.claimed = Money::Yuan(50);
    l.receipt = true;
    auto a = Compute(l, Trip(At(kDay, 5, 0), At(kDay, 22, 0)), kCounty);
    EXPECT_FALSE(a.payable);
    EXPECT_EQ(a.rule, R::kPhoneInSalary);
    EXPECT_EQ(a.allowed, Money());
}

}  // namespace
}  // namespace kefu::expenses
