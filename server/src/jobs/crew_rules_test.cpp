// R-DSP-1/2 and R-JOB-3 at their edges: who may lead, interns never alone, leave, overlapping
// windows (touching is not overlapping), vehicle status and capacity, the crew-size gate at
// exactly the policy size and one more.
#include "jobs/crew_rules.hpp"

#include <gtest/gtest.h>

namespace kefu::jobs {
namespace {

const StaffId kLi(1);    // supervisor
const StaffId kZhao(2);  // technician
const StaffId kHan(3);   // intern
const StaffId kMa(4);    // driver only
const StaffId kTian(5);  // left

AssignmentFacts Facts() {
    AssignmentFacts f;
    f.people = {{kLi, "李强", true, false, false},
                {kZhao, "赵磊", true, false, false},
                {kHan, "韩雪", false, true, false},
                {kMa, "马成", false, false, true},
                {kTian, "田野", true, false, false, false}};
    f.vehicle = VehicleFacts{7, "鲁A·12345", true, "in_service", 12'000, 1'500};
    f.crew_needed = 2;
    f.load_volume_l = 12'000;
    f.load_weight_g = 1'500'000;
    return f;
}

Assignment Crew(StaffId lead, std::vector<StaffId> members) {
    Assignment a;
    a.lead = lead;
    a.members = std::move(members);
    a.vehicle_id = 7;
    a.driver = kMa;
    a.date = Date(2026, 12, 1);
    a.window = {9 * 60, 12 * 60};
    return a;
}

std::vector<FieldViolation> ViolationsOf(const Result<void>& r) {
    return r ? std::vector<FieldViolation>{} : r.error().violations();
}

bool Has(const Result<void>& r, std::string_view field, std::string_view reason) {
    for (const FieldViolation& v : ViolationsOf(r)) {
        if (v.field == field && v.reason == reason) return true;
    }
    return false;
}

TEST(CrewRules, ASupervisorOrTechnicianLeadsAndInternsGoWithOne) {
    EXPECT_TRUE(CheckAssignment(Crew(kLi, {kHan}), Facts()));
    EXPECT_TRUE(CheckAssignment(Crew(kZhao, {kHan}), Facts()));
    auto intern_leads = CheckAssignment(Crew(kHan, {kMa}), Facts());
    EXPECT_TRUE(Has(intern_leads, "lead", "not_installer"));
    EXPECT_EQ(intern_leads.error().code(), ErrorCode::kFailedPrecondition);
}

TEST(CrewRules, TheCrewMustBeAsLargeAsTheJobNeeds) {
    auto facts = Facts();
    facts.crew_needed = 3;
    EXPECT_TRUE(Has(CheckAssignment(Crew(kLi, {kHan}), facts), "crew", "too_few"));
    EXPECT_TRUE(CheckAssignment(Crew(kLi, {kHan, kZhao}), facts));
}

TEST(CrewRules, LeaversAndPeopleOnLeaveAreRefusedByName) {
    auto facts = Facts();
    facts.people[2].on_leave = true;
    auto refused = CheckAssignment(Crew(kLi, {kHan, kTian}), facts);
    EXPECT_TRUE(Has(refused, "members[0]", "on_leave"));
    EXPECT_TRUE(Has(refused, "members[1]", "staff_left"));
    EXPECT_EQ(ViolationsOf(refused).at(0).detail, "韩雪");
}

TEST(CrewRules, OverlappingWindowsClashButTouchingOnesDoNot) {
    auto facts = Facts();
    facts.busy = {{"KF-2026-000001", {12 * 60, 15 * 60}, kZhao, std::nullopt}};
    EXPECT_TRUE(CheckAssignment(Crew(kLi, {kZhao}), facts)) << "09–12 and 12–15 only touch";
    facts.busy = {{"KF-2026-000001", {11 * 60 + 59, 15 * 60}, kZhao, std::nullopt}};
    auto clash = CheckAssignment(Crew(kLi, {kZhao}), facts);
    EXPECT_TRUE(Has(clash, "members[0]", "busy"));
    EXPECT_EQ(ViolationsOf(clash).at(0).detail, "赵磊 KF-2026-000001 11:59–15:00");
    facts.busy = {{"KF-2026-000002", {8 * 60, 9 * 60 + 1}, std::nullopt, 7}};
    EXPECT_TRUE(Has(CheckAssignment(Crew(kLi, {kZhao}), facts), "vehicleId", "busy"));
}

TEST(CrewRules, TheVehicleMustBeInServiceAndCarryTheLoad) {
    auto facts = Facts();
    EXPECT_TRUE(CheckAssignment(Crew(kLi, {kZhao}), facts)) << "exactly full is fine";
    facts.load_volume_l = 12'001;
    EXPECT_TRUE(Has(CheckAssignment(Crew(kLi, {kZhao}), facts), "vehicleId", "over_volume"));
    facts.load_volume_l = 12'000;
    facts.load_weight_g = 1'500'001;
    EXPECT_TRUE(Has(CheckAssignment(Crew(kLi, {kZhao}), facts), "vehicleId", "over_weight"));
    facts.load_weight_g = 0;
    facts.vehicle->in_service = false;
    facts.vehicle->status = "maintenance";
    auto refused = CheckAssignment(Crew(kLi, {kZhao}), facts);
    EXPECT_TRUE(Has(refused, "vehicleId", "not_in_service"));
}

TEST(CrewRules, TheDriverMustBeADriverAndTheWindowMustBeReal) {
    auto a = Crew(kLi, {kZhao});
    a.driver = kHan;
    EXPECT_TRUE(Has(CheckAssignment(a, Facts()), "driver", "not_driver"));
    a = Crew(kLi, {kZhao});
    a.window = {12 * 60, 12 * 60};
    EXPECT_TRUE(Has(CheckAssignment(a, Facts()), "window", "invalid"));
}

TEST(CrewRules, AllClashesAtOnce) {
    auto facts = Facts();
    facts.people[1].on_leave = true;
    facts.vehicle->in_service = false;
    auto a = Crew(kHan, {kZhao, kTian});
    EXPECT_EQ(ViolationsOf(CheckAssignment(a, facts)).size(), 4u);
}

TEST(CrewNeeded, TheMostAnyItemNeedsOrTheRequest) {
    EXPECT_EQ(CrewNeeded({}, std::nullopt), 1);
    EXPECT_EQ(CrewNeeded({2, 3, 1}, std::nullopt), 3);
    EXPECT_EQ(CrewNeeded({2}, 5), 5);
    EXPECT_EQ(CrewNeeded({4}, 2), 4);
}

// R-JOB-3: the policy size itself passes; one more needs leadership.
TEST(CrewGate, ExactlyThePolicySizePassesOneMoreNeedsApproval) {
    EXPECT_FALSE(NeedsCrewApproval(JobKind::kDealerInstallation, 4, 4, 4));
    EXPECT_TRUE(NeedsCrewApproval(JobKind::kDealerInstallation, 5, 5, 4));
    EXPECT_TRUE(NeedsCrewApproval(JobKind::kDealerDelivery, 3, 5, 4)) << "one dealer's day";
    EXPECT_FALSE(NeedsCrewApproval(JobKind::kInstallation, 9, 9, 4)) << "end customers: no gate";
    EXPECT_FALSE(NeedsCrewApproval(JobKind::kDealerDelivery, 5, 5, 5)) << "a changed policy";
}

}  // namespace
}  // namespace kefu::jobs
