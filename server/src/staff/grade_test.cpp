// R-ORG-2: grade eligibility at its edges.
#include "staff/grade.hpp"

#include <gtest/gtest.h>

namespace kefu::staff {
namespace {

const GradeRules kRules{3, 12, 3};

TEST(GradeEligibility, TechnicianNeedsExactlyThreeMonths) {
    const Date start(2026, 3, 15);
    EXPECT_FALSE(ComputeEligibility(Grade::kIntern, start, Date(2026, 6, 14), kRules).eligible);
    auto on_day = ComputeEligibility(Grade::kIntern, start, Date(2026, 6, 15), kRules);
    EXPECT_TRUE(on_day.eligible);
    EXPECT_EQ(on_day.months_of_experience, 3);
    EXPECT_EQ(on_day.next_grade, Grade::kTechnician);
    EXPECT_EQ(on_day.eligible_on, Date(2026, 6, 15));
}

TEST(GradeEligibility, SupervisorNeedsExactlyTwelveMonths) {
    const Date start(2025, 11, 27);
    auto day_before = ComputeEligibility(Grade::kTechnician, start, Date(2026, 11, 26), kRules);
    EXPECT_FALSE(day_before.eligible);
    EXPECT_EQ(day_before.months_of_experience, 11);
    EXPECT_EQ(day_before.required_months, 12);
    EXPECT_TRUE(ComputeEligibility(Grade::kTechnician, start, Date(2026, 11, 27), kRules).eligible);
}

TEST(GradeEligibility, MonthEndStartClampsToShorterMonths) {
    // Started on 30 Nov: three months later is 28 Feb (no 30 Feb).
    const Date start(2025, 11, 30);
    EXPECT_FALSE(ComputeEligibility(Grade::kIntern, start, Date(2026, 2, 27), kRules).eligible);
    EXPECT_TRUE(ComputeEligibility(Grade::kIntern, start, Date(2026, 2, 28), kRules).eligible);
}

TEST(GradeEligibility, LeapDayStartReachesTwelveMonthsOnTwentyEighthFebruary) {
    const Date start(2024, 2, 29);
    EXPECT_FALSE(ComputeEligibility(Grade::kTechnician, start, Date(2025, 2, 27), kRules).eligible);
    auto on_day = ComputeEligibility(Grade::kTechnician, start, Date(2025, 2, 28), kRules);
    EXPECT_TRUE(on_day.eligible);
    EXPECT_EQ(on_day.eligible_on, Date(2025, 2, 28));
}

TEST(GradeEligibility, InternNeedsTheLongerOfInternshipAndTechnicianMinimum) {
    const GradeRules longer_internship{3, 12, 4};
    const Date start(2026, 1, 10);
    EXPECT_FALSE(
        ComputeEligibility(Grade::kIntern, start, Date(2026, 4, 10), longer_internship).eligible);
    EXPECT_TRUE(
        ComputeEligibility(Grade::kIntern, start, Date(2026, 5, 10), longer_internship).eligible);
}

TEST(GradeEligibility, TopGradesHaveNoNextGrade) {
    for (Grade g : {Grade::kSupervisor, Grade::kHead, Grade::kNone}) {
        auto e = ComputeEligibility(g, Date(2010, 1, 1), Date(2026, 1, 1), kRules);
        EXPECT_FALSE(e.eligible);
        EXPECT_FALSE(e.next_grade);
        EXPECT_FALSE(e.required_months);
    }
}

TEST(GradeEligibility, FutureExperienceStartCountsZeroMonths) {
    auto e = ComputeEligibility(Grade::kIntern, Date(2026, 12, 1), Date(2026, 11, 27), kRules);
    EXPECT_EQ(e.months_of_experience, 0);
    EXPECT_FALSE(e.eligible);
}

}  // namespace
}  // namespace kefu::staff
