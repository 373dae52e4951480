#include "platform/date.hpp"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(Date, ParsesAndFormatsIsoDates) {
    auto d = Date::Parse("2024-02-29");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->ToString(), "2024-02-29");
    EXPECT_FALSE(Date::Parse("2025-02-29"));
    EXPECT_FALSE(Date::Parse("2025-13-01"));
    EXPECT_FALSE(Date::Parse("2025-1-01"));
    EXPECT_FALSE(Date::Parse("20250101xx"));
    EXPECT_FALSE(Date::Parse(""));
}

TEST(Date, AddMonthsClampsToMonthEnd) {
    EXPECT_EQ(Date(2025, 1, 31).AddMonths(1), Date(2025, 2, 28));
    EXPECT_EQ(Date(2024, 1, 31).AddMonths(1), Date(2024, 2, 29));
    EXPECT_EQ(Date(2024, 2, 29).AddMonths(12), Date(2025, 2, 28));
    EXPECT_EQ(Date(2024, 11, 30).AddMonths(3), Date(2025, 2, 28));
    EXPECT_EQ(Date(2025, 3, 31).AddMonths(-1), Date(2025, 2, 28));
}

TEST(Date, WholeMonthsBetweenCountsCompletedMonthsOnly) {
    EXPECT_EQ(Date::WholeMonthsBetween(Date(2025, 1, 15), Date(2025, 4, 14)), 2);
    EXPECT_EQ(Date::WholeMonthsBetween(Date(2025, 1, 15), Date(2025, 4, 15)), 3);
    EXPECT_EQ(Date::WholeMonthsBetween(Date(2025, 1, 31), Date(2025, 2, 28)), 1);
    EXPECT_EQ(Date::WholeMonthsBetween(Date(2024, 2, 29), Date(2025, 2, 28)), 12);
    EXPECT_EQ(Date::WholeMonthsBetween(Date(2024, 2, 29), Date(2025, 2, 27)), 11);
    EXPECT_EQ(Date::WholeMonthsBetween(Date(2025, 5, 1), Date(2025, 4, 1)), -1);
}

TEST(Timestamp, RoundTripsIsoText) {
    auto ts = ParseTimestamp("2026-11-27T13:05:09Z");
    ASSERT_TRUE(ts);
    EXPECT_EQ(FormatTimestamp(*ts), "2026-11-27T13:05:09Z");
    EXPECT_EQ(ParseTimestamp("2026-11-27 13:05:09"), ts);
    EXPECT_FALSE(ParseTimestamp("2026-11-27T25:05:09Z"));
}

TEST(Timestamp, ChinaDateIsUtcPlusEight) {
    EXPECT_EQ(ChinaDateOf(*ParseTimestamp("2026-11-27T15:59:59Z")), Date(2026, 11, 27));
    EXPECT_EQ(ChinaDateOf(*ParseTimestamp("2026-11-27T16:00:00Z")), Date(2026, 11, 28));
}

TEST(Timestamp, ChinaMinuteTextIsWallClockAcrossMidnight) {
    EXPECT_EQ(ChinaMinuteText(*ParseTimestamp("2026-11-27T15:59:59Z")), "2026-11-27 23:59");
    EXPECT_EQ(ChinaMinuteText(*ParseTimestamp("2026-11-27T16:05:00Z")), "2026-11-28 00:05");
}

}  // namespace
}  // namespace kefu

namespace kefu {
namespace {

TEST(ParseDateTime, NeedsAnOffsetAndAppliesIt) {
    EXPECT_EQ(ParseDateTime("2026-11-30T09:30:00+08:00"), ParseTimestamp("2026-11-30T01:30:00Z"));
    EXPECT_EQ(ParseDateTime("2026-11-30T01:30:00Z"), ParseTimestamp("2026-11-30T01:30:00Z"));
    EXPECT_EQ(ParseDateTime("2026-11-30T01:30:00.250Z"), ParseTimestamp("2026-11-30T01:30:00Z"));
    EXPECT_EQ(ParseDateTime("2026-11-29T20:00:00-05:30"), ParseTimestamp("2026-11-30T01:30:00Z"));
    EXPECT_FALSE(ParseDateTime("2026-11-30T09:30:00")) << "a bare local time is ambiguous";
    EXPECT_FALSE(ParseDateTime("2026-11-30 09:30:00Z"));
    EXPECT_FALSE(ParseDateTime("2026-02-30T09:30:00Z"));
    EXPECT_FALSE(ParseDateTime("2026-11-30T24:00:00Z"));
    EXPECT_FALSE(ParseDateTime("2026-11-30T09:30:00+8:00"));
    EXPECT_FALSE(ParseDateTime("2026-11-30T09:30:00.Z"));
}

}  // namespace
}  // namespace kefu
