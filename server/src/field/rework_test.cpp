// Rework against its committed date (R-FLD-8), in the department's time zone (Asia/Shanghai):
// the edges of the day, and the on-time rate per crew and per person.
#include "field/rework.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kefu::field {
namespace {

Timestamp At(const char* utc) {
    auto parsed = ParseTimestamp(utc);
    if (!parsed) throw std::invalid_argument(utc);
    return *parsed;
}

const Date kCommitted{2026, 12, 3};
const Timestamp kLongAfter = At("2027-01-31T00:00:00Z");

TEST(ReworkTimeliness, DoneOnTheCommittedDateIsOnTimeUpToMidnightInChina) {  // R-FLD-8
    // 23:59:59 China on 3 December is 15:59:59 UTC.
    EXPECT_EQ(ReworkTimeliness(kCommitted, At("2026-12-03T15:59:59Z"), kLongAfter),
              Timeliness::kOnTime);
    // Early in the morning China time is still the previous evening in UTC.
    EXPECT_EQ(ReworkTimeliness(kCommitted, At("2026-12-02T17:30:00Z"), kLongAfter),
              Timeliness::kOnTime);
}

TEST(ReworkTimeliness, OneDayLateIsLateEvenIfUtcStillSaysTheCommittedDate) {  // R-FLD-8
    // 00:00 China on 4 December is 16:00 UTC on 3 December.
    EXPECT_EQ(ReworkTimeliness(kCommitted, At("2026-12-03T16:00:00Z"), kLongAfter),
              Timeliness::kLate);
    EXPECT_EQ(ReworkTimeliness(kCommitted, At("2026-12-04T10:00:00Z"), kLongAfter),
              Timeliness::kLate);
}

TEST(ReworkTimeliness, NotDoneIsPendingUntilTheCommittedDayIsOverInChina) {
    EXPECT_EQ(ReworkTimeliness(kCommitted, std::nullopt, At("2026-12-03T15:59:59Z")),
              Timeliness::kPending);
    EXPECT_EQ(ReworkTimeliness(kCommitted, std::nullopt, At("2026-12-03T16:00:00Z")),
              Timeliness::kLate);
}

TEST(OnTimeRates, CountEachReworkForItsCrewAndEachOfItsPeopleOnce) {  // R-FLD-8
    const std::vector<ReworkRecord> reworks{
        {7, {7, 8}, kCommitted, At("2026-12-03T08:00:00Z")},  // on time
        {7, {8}, kCommitted, At("2026-12-05T08:00:00Z")},     // late; lead 7 not listed
        {9, {9, 8}, kCommitted, std::nullopt},                // not done, already late
        {9, {9}, Date{2027, 3, 1}, std::nullopt},             // pending: not counted
    };
    const OnTimeRates rates = ComputeOnTimeRates(reworks, At("2027-01-01T00:00:00Z"));
    EXPECT_EQ(rates.by_crew.at(7), (OnTimeRate{1, 1}));
    EXPECT_EQ(rates.by_crew.at(9), (OnTimeRate{0, 1}));
    EXPECT_EQ(rates.by_person.at(7), (OnTimeRate{1, 1}));
    EXPECT_EQ(rates.by_person.at(8), (OnTimeRate{1, 2}));
    EXPECT_EQ(rates.by_person.at(9), (OnTimeRate{0, 1}));
    EXPECT_DOUBLE_EQ(*rates.by_crew.at(7).Rate(), 0.5);
}

TEST(OnTimeRates, NoDecidedReworkHasNoRateRatherThanAPerfectOne) {
    EXPECT_FALSE(OnTimeRate{}.Rate().has_value());
    const std::vector<ReworkRecord> pending{{7, {7}, Date{2027, 3, 1}, std::nullopt}};
    EXPECT_TRUE(ComputeOnTimeRates(pending, At("2027-01-01T00:00:00Z")).by_crew.empty());
}

TEST(NewRework, TheCommittedDateMayBeTodayInChinaButNotYesterday) {  // R-FLD-8
    const Date today{2026, 11, 27};
    EXPECT_TRUE(CheckNewRework({1, today, "柜门合页损坏，需换件", false, ""}, today).empty());
    const Violations late =
        CheckNewRework({1, today.AddDays(-1), "柜门合页损坏", false, ""}, today);
    ASSERT_EQ(late.items().size(), 1U);
    EXPECT_EQ(late.items()[0].field, "committedDate");
    EXPECT_EQ(late.items()[0].reason, "date_in_past");
    const Violations blank = CheckNewRework({1, today, "", false, ""}, today);
    ASSERT_EQ(blank.items().size(), 1U);
    EXPECT_EQ(blank.items()[0].field, "problem");
}

TEST(NewRework, OnlyAJobTheCrewHasReachedOrBroughtBackCanBeReworked) {  // R-FLD-8
    using S = jobs::JobStatus;
    for (S s : {S::kOnSite,
                S::kInstalled,
                S::kDelivered,
                S::kAccepted,
                S::kClosed,
                S::kReturnedToFactory})
        EXPECT_TRUE(CanRaiseRework(s)) << jobs::kJobStatusNames.Name(s);
    for (S s :
         {S::kNew, S::kScheduled, S::kLoading, S::kEnRoute, S::kReworkScheduled, S::kCancelled})
        EXPECT_FALSE(CanRaiseRework(s)) << jobs::kJobStatusNames.Name(s);
}

TEST(ReworkWeek, RunsFromMondayToSunday) {
    EXPECT_EQ(MondayOf(Date{2026, 11, 23}), (Date{2026, 11, 23}));  // a Monday
    EXPECT_EQ(MondayOf(Date{2026, 11, 27}), (Date{2026, 11, 23}));  // Friday
    EXPECT_EQ(MondayOf(Date{2026, 11, 29}), (Date{2026, 11, 23}));  // Sunday
    EXPECT_EQ(MondayOf(Date{2026, 12, 1}), (Date{2026, 11, 30}));   // across the month
}

}  // namespace
}  // namespace kefu::field
