// R-ORG-1 (leaving) and R-ORG-2 (grade ladder, internship): every (state, event) cell of both
// tables, the actions and guards at their edges, and the reason codes the UI shows.
#include "staff/staff_lifecycle.hpp"

#include <gtest/gtest.h>

#include <map>

namespace kefu::staff {
namespace {

const auto kEveryone = [](std::string_view) { return true; };

// --- employment status --------------------------------------------------------------------

TEST(StaffStatusLifecycle, ActiveLeavesAndLeftIsRefusedAsStaffLeft) {
    const LeavingContext ok{Date(2020, 3, 1), Date(2026, 1, 5)};
    EXPECT_EQ(StaffStatusLifecycle().Fire(StaffStatus::kActive, StatusEvent::kLeave, kEveryone, ok),
              StaffStatus::kLeft);
    auto again =
        StaffStatusLifecycle().Fire(StaffStatus::kLeft, StatusEvent::kLeave, kEveryone, ok);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_EQ(again.error().violations(), (std::vector<FieldViolation>{{"status", "staff_left"}}));
    EXPECT_NE(again.error().message().find("left"), std::string::npos);
    EXPECT_NE(again.error().message().find("leave"), std::string::npos);
    EXPECT_TRUE(StaffStatusLifecycle().EventsFrom(StaffStatus::kLeft).empty());
}

TEST(StaffStatusLifecycle, LeavingOnTheHireDateIsTheEarliestDay) {
    const Date hired = Date(2024, 6, 10);
    EXPECT_TRUE(StaffStatusLifecycle().Fire(
        StaffStatus::kActive, StatusEvent::kLeave, kEveryone, {hired, hired}));
    auto early = StaffStatusLifecycle().Fire(
        StaffStatus::kActive, StatusEvent::kLeave, kEveryone, {hired, Date(2024, 6, 9)});
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(early.error().violations().at(0).reason, "before_hire_date");
}

TEST(StaffStatusLifecycle, LeavingNeedsStaffWrite) {
    const LeavingContext ok{Date(2020, 3, 1), Date(2026, 1, 5)};
    auto only_read = [](std::string_view action) { return action == "staff.read"; };
    EXPECT_EQ(StaffStatusLifecycle()
                  .Fire(StaffStatus::kActive, StatusEvent::kLeave, only_read, ok)
                  .error()
                  .code(),
              ErrorCode::kPermissionDenied);
    EXPECT_EQ(StaffStatusLifecycle().Find(StaffStatus::kActive, StatusEvent::kLeave)->action,
              "staff.write");
}

// --- grade ladder and internship ----------------------------------------------------------

// Written from R-ORG-2, not from the code: (grade, event) → grade and the action it needs.
const std::map<std::pair<Grade, GradeEvent>, std::pair<Grade, std::string_view>>& Expected() {
    static const std::map<std::pair<Grade, GradeEvent>, std::pair<Grade, std::string_view>> table =
        {
            {{Grade::kIntern, GradeEvent::kPromote}, {Grade::kTechnician, "staff.promote"}},
            {{Grade::kTechnician, GradeEvent::kPromote}, {Grade::kSupervisor, "staff.promote"}},
            {{Grade::kIntern, GradeEvent::kEndInternship},
             {Grade::kTechnician, "staff.end_internship"}},
        };
    return table;
}

GradeContext Ready() {
    GradeContext ctx;
    ctx.name = "王磊";
    ctx.eligibility.eligible = true;
    ctx.has_reason = true;
    return ctx;
}

TEST(StaffGradeLadder, EveryGradeTimesEveryEvent) {
    int legal = 0;
    for (Grade from : kGradeNames.Values()) {
        for (GradeEvent event : kGradeEventNames.Values()) {
            auto to = StaffGradeLadder().Fire(from, event, kEveryone, Ready());
            const std::string cell =
                std::string(GradeName(from)) + " + " + std::string(kGradeEventNames.Name(event));
            const auto expected = Expected().find({from, event});
            if (expected == Expected().end()) {
                ASSERT_FALSE(to) << cell << " should be refused";
                EXPECT_EQ(to.error().code(), ErrorCode::kFailedPrecondition) << cell;
                const FieldViolation want = event == GradeEvent::kEndInternship
                                                ? FieldViolation{"grade", "not_intern"}
                                                : FieldViolation{"toGrade", "not_next_grade"};
                EXPECT_EQ(to.error().violations().at(0), want) << cell;
                EXPECT_NE(to.error().message().find(GradeName(from)), std::string::npos) << cell;
                EXPECT_NE(to.error().message().find(kGradeEventNames.Name(event)),
                          std::string::npos)
                    << cell;
            } else {
                ++legal;
                ASSERT_TRUE(to) << cell << ": " << to.error().message();
                EXPECT_EQ(*to, expected->second.first) << cell;
                EXPECT_EQ(StaffGradeLadder().Find(from, event)->action, expected->second.second)
                    << cell;
            }
        }
    }
    EXPECT_EQ(legal, static_cast<int>(Expected().size()));
}

TEST(StaffGradeLadder, NextGradeIsThePromoteRow) {
    EXPECT_EQ(NextGrade(Grade::kIntern), Grade::kTechnician);
    EXPECT_EQ(NextGrade(Grade::kTechnician), Grade::kSupervisor);
    // The head is appointed, not reached by tenure; none is outside the ladder.
    EXPECT_EQ(NextGrade(Grade::kSupervisor), std::nullopt);
    EXPECT_EQ(NextGrade(Grade::kHead), std::nullopt);
    EXPECT_EQ(NextGrade(Grade::kNone), std::nullopt);
}

TEST(StaffGradeLadder, PromotionNeedsTheTenureRuleOrAnOverride) {
    GradeContext early = Ready();
    early.eligibility.eligible = false;
    early.eligibility.next_grade = Grade::kTechnician;
    early.eligibility.months_of_experience = 5;
    early.eligibility.required_months = 6;
    early.eligibility.eligible_on = Date(2026, 2, 1);
    auto refused = StaffGradeLadder().Fire(Grade::kIntern, GradeEvent::kPromote, kEveryone, early);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_EQ(refused.error().violations(),
              (std::vector<FieldViolation>{{"toGrade", "not_eligible"}}));
    EXPECT_NE(refused.error().message().find("王磊 has 5 of the 6 months"), std::string::npos)
        << refused.error().message();
    EXPECT_NE(refused.error().message().find("2026-02-01"), std::string::npos);

    early.override_rule = true;
    EXPECT_EQ(StaffGradeLadder().Fire(Grade::kIntern, GradeEvent::kPromote, kEveryone, early),
              Grade::kTechnician);
}

TEST(StaffGradeLadder, EndingAnInternshipNeedsItsOwnActionAndAReason) {
    auto promote_only = [](std::string_view action) { return action == "staff.promote"; };
    EXPECT_EQ(StaffGradeLadder()
                  .Fire(Grade::kIntern, GradeEvent::kEndInternship, promote_only, Ready())
                  .error()
                  .code(),
              ErrorCode::kPermissionDenied);
    GradeContext no_reason = Ready();
    no_reason.has_reason = false;
    auto refused =
        StaffGradeLadder().Fire(Grade::kIntern, GradeEvent::kEndInternship, kEveryone, no_reason);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().violations().at(0).reason, "reason_required");
    // Ending early does not look at the tenure rule: that is the point of it.
    GradeContext early = Ready();
    early.eligibility.eligible = false;
    EXPECT_EQ(StaffGradeLadder().Fire(Grade::kIntern, GradeEvent::kEndInternship, kEveryone, early),
              Grade::kTechnician);
}

}  // namespace
}  // namespace kefu::staff
