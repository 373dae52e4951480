// The planning assistant's reads on the real engines (SQLite and PostgreSQL): a crew's skills are
// the distinct skills of its lead and members, read in one query (R-DSP-4).
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "app/testing/test_database.hpp"
#include "dispatch/sql/sql_plan_repository.hpp"
#include "staff/staff_module.hpp"

namespace kefu::dispatch {
namespace {

using testing::TestApp;

// Adds a member of staff (no grade, so no tenure rule) holding `skills`.
StaffId AddStaff(TestApp& t, int n, std::vector<std::string> skills) {
    staff::StaffFields fields;
    fields.name = "员工" + std::to_string(n);
    fields.phone = "139" + std::to_string(10'000'000 + n);
    fields.hire_date = "2026-01-05";
    fields.experience_start = "2026-01-05";
    fields.skills = std::move(skills);
    auto member =
        t.app->module<staff::StaffModule>().staff().Create(auth::SystemPrincipal(), fields, "none");
    if (!member) throw std::runtime_error(member.error().message());
    return member->id;
}

std::vector<std::string> SkillsOf(TestApp& t, const std::vector<StaffId>& people) {
    SqlPlanRepository plans;
    auto skills = t.app->transactions().Run<std::vector<std::string>>(
        TxMode::kRead, [&](Tx& tx) { return plans.SkillsOf(tx, people); });
    if (!skills) throw std::runtime_error(skills.error().message());
    return *skills;
}

using Skills = std::vector<std::string>;

// R-DSP-4: a crew can take a job whose products need a skill when its lead or a member holds it.
TEST(PlanRepositorySkills, ACrewHoldsTheDistinctSkillsOfItsPeopleSorted) {
    TestApp t;
    const StaffId lead = AddStaff(t, 1, {"glass_top", "electric_desk"});
    const StaffId member = AddStaff(t, 2, {"electric_desk"});
    const StaffId novice = AddStaff(t, 3, {});

    EXPECT_EQ(SkillsOf(t, {lead, member, novice}), (Skills{"electric_desk", "glass_top"}));
    EXPECT_EQ(SkillsOf(t, {member, novice}), (Skills{"electric_desk"}));
    EXPECT_EQ(SkillsOf(t, {novice}), Skills{});
    EXPECT_EQ(SkillsOf(t, {}), Skills{});
    EXPECT_EQ(SkillsOf(t, {StaffId(987'654)}), Skills{}) << "an unknown id holds nothing";
}

// R-DSP-4: the ids travel as one text, so person 1 must not match person 11 or 21.
TEST(PlanRepositorySkills, AnIdIsNotMatchedInsideAnother) {
    TestApp t;
    std::vector<StaffId> people;
    for (int n = 1; n <= 12; ++n) {
        people.push_back(AddStaff(t, n, n == 1 ? Skills{} : Skills{"skill_" + std::to_string(n)}));
    }
    bool checked = false;
    for (StaffId inner : people) {
        for (StaffId outer : people) {
            const std::string outer_text = std::to_string(outer.value());
            if (inner == outer ||
                outer_text.find(std::to_string(inner.value())) == std::string::npos) {
                continue;
            }
            const std::size_t own = inner == people.front() ? 0 : 1;
            EXPECT_EQ(SkillsOf(t, {inner}).size(), own) << "person " << inner.value();
            checked = true;
        }
    }
    EXPECT_TRUE(checked) << "twelve fresh ids include one inside another (1 and 11)";
}

}  // namespace
}  // namespace kefu::dispatch
