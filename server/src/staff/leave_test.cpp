// Leave periods at their edges: inclusive days, overlaps, the one-year limit.
#include "staff/leave.hpp"

#include <gtest/gtest.h>

namespace kefu::staff {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

LeaveRecord Leave(const char* from, const char* to) {
    LeaveRecord r;
    r.from = D(from);
    r.to = D(to);
    return r;
}

TEST(Leave, BothEndsAreDaysOfLeave) {
    const LeaveRecord r = Leave("2026-11-25", "2026-11-27");
    EXPECT_TRUE(Covers(r, D("2026-11-25")));
    EXPECT_TRUE(Covers(r, D("2026-11-27")));
    EXPECT_FALSE(Covers(r, D("2026-11-24")));
    EXPECT_FALSE(Covers(r, D("2026-11-28")));
}

TEST(Leave, PeriodsSharingOneDayOverlap) {
    const LeaveRecord r = Leave("2026-11-25", "2026-11-27");
    EXPECT_TRUE(Overlaps(r, D("2026-11-27"), D("2026-11-30"))) << "the last day is shared";
    EXPECT_TRUE(Overlaps(r, D("2026-11-20"), D("2026-11-25"))) << "the first day is shared";
    EXPECT_TRUE(Overlaps(r, D("2026-11-26"), D("2026-11-26"))) << "inside";
    EXPECT_TRUE(Overlaps(r, D("2026-11-01"), D("2026-12-31"))) << "around";
    EXPECT_FALSE(Overlaps(r, D("2026-11-28"), D("2026-11-30"))) << "the day after";
    EXPECT_FALSE(Overlaps(r, D("2026-11-20"), D("2026-11-24"))) << "the day before";
}

TEST(Leave, FirstOverlapNamesTheClash) {
    const std::vector<LeaveRecord> existing = {Leave("2026-11-01", "2026-11-03"),
                                               Leave("2026-11-25", "2026-11-27")};
    const auto clash = FirstOverlap(existing, D("2026-11-27"), D("2026-11-28"));
    ASSERT_TRUE(clash);
    EXPECT_EQ(clash->from, D("2026-11-25"));
    EXPECT_FALSE(FirstOverlap(existing, D("2026-11-04"), D("2026-11-24")));
}

TEST(Leave, ToMayNotBeBeforeFromAndOneYearIsTheLimit) {
    EXPECT_TRUE(CheckLeavePeriod(D("2026-11-27"), D("2026-11-27"), "").empty()) << "one day";
    EXPECT_EQ(CheckLeavePeriod(D("2026-11-27"), D("2026-11-26"), "").at(0).reason, "before_from");
    // 2028 is a leap year: 2028-01-01 to 2028-12-31 is 366 days, one more is too many.
    EXPECT_TRUE(CheckLeavePeriod(D("2028-01-01"), D("2028-12-31"), "").empty());
    EXPECT_EQ(CheckLeavePeriod(D("2028-01-01"), D("2029-01-01"), "").at(0).reason, "out_of_range");
    EXPECT_EQ(CheckLeavePeriod(D("2026-11-27"), D("2026-11-27"), std::string(501, 'x')).at(0).field,
              "note");
}

}  // namespace
}  // namespace kefu::staff
