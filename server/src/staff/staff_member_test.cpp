// R-ORG-1: staff record validation.
#include "staff/staff_member.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kefu::staff {
namespace {

const Date kToday(2026, 11, 27);

StaffFields Valid() { return {"韩雪", "13905310015", "2026-09-01", "2026-09-01", {"driver"}}; }

TEST(StaffFields, ValidFieldsAreApplied) {
    StaffMember m;
    ASSERT_TRUE(ApplyFields(Valid(), kToday, m));
    EXPECT_EQ(m.name, "韩雪");
    EXPECT_EQ(m.hire_date, Date(2026, 9, 1));
    EXPECT_TRUE(m.roles.Has(auth::Role::kDriver));
}

TEST(StaffFields, ReportsEveryProblemAtOnce) {
    StaffFields f{"", "12345", "2026-02-30", "2026-13-01", {"pilot", "dealer"}};
    StaffMember m;
    auto r = ApplyFields(f, kToday, m);
    ASSERT_FALSE(r);
    std::vector<FieldViolation> expected = {{"name", "required"},
                                            {"phone", "invalid_phone"},
                                            {"hireDate", "invalid_date"},
                                            {"experienceStart", "invalid_date"},
                                            {"roles[0]", "invalid_value"},
                                            {"roles[1]", "invalid_value"}};
    EXPECT_EQ(r.error().violations(), expected);
    EXPECT_TRUE(m.name.empty()) << "nothing applied on error";
}

TEST(StaffFields, ExperienceCannotStartBeforeHireOrInTheFuture) {
    StaffFields before = Valid();
    before.experience_start = "2026-08-31";
    StaffMember m;
    EXPECT_EQ(ApplyFields(before, kToday, m).error().violations().at(0),
              (FieldViolation{"experienceStart", "before_hire_date"}));
    StaffFields future = Valid();
    future.hire_date = "2026-11-28";
    future.experience_start = "2026-11-28";
    auto r = ApplyFields(future, kToday, m);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().violations().at(0), (FieldViolation{"hireDate", "date_in_future"}));
}

// R-DSP-4: skills are the keys products name; each is checked, all problems reported at once.
TEST(StaffFields, SkillsAreKeysHeldOnceAndStoredSorted) {
    StaffFields f = Valid();
    f.skills = std::vector<std::string>{"glass_top", "electric_desk"};
    StaffMember m;
    ASSERT_TRUE(ApplyFields(f, kToday, m));
    EXPECT_EQ(m.skills, (std::vector<std::string>{"electric_desk", "glass_top"}));

    f.skills =
        std::vector<std::string>{"electric_desk", "Electric Desk", "electric_desk", "1a", ""};
    StaffMember untouched;
    auto r = ApplyFields(f, kToday, untouched);
    ASSERT_FALSE(r);
    std::vector<FieldViolation> expected = {{"skills[1]", "pattern"},
                                            {"skills[2]", "duplicate"},
                                            {"skills[3]", "pattern"},
                                            {"skills[4]", "pattern"}};
    EXPECT_EQ(r.error().violations(), expected);
    EXPECT_TRUE(untouched.skills.empty());
}

TEST(StaffFields, AtMostTwentySkillsAndAbsentSkillsLeaveTheMemberAlone) {
    StaffFields f = Valid();
    f.skills = std::vector<std::string>();
    for (std::size_t i = 0; i < kMaxSkills; ++i) f.skills->push_back("skill_" + std::to_string(i));
    StaffMember m;
    ASSERT_TRUE(ApplyFields(f, kToday, m));
    EXPECT_EQ(m.skills.size(), kMaxSkills);
    f.skills->push_back("z");
    auto r = ApplyFields(f, kToday, m);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().violations(), (std::vector<FieldViolation>{{"skills", "too_many_items"}}));

    StaffMember held;
    held.skills = {"electric_desk"};
    ASSERT_TRUE(ApplyFields(Valid(), kToday, held));
    EXPECT_EQ(held.skills, (std::vector<std::string>{"electric_desk"}));
}

TEST(Phone, AcceptsMobilesAndLandlines) {
    EXPECT_TRUE(IsValidPhone("13800138000"));
    EXPECT_TRUE(IsValidPhone("0531-88120001"));
    EXPECT_FALSE(IsValidPhone("1380013800"));
    EXPECT_FALSE(IsValidPhone("138001380000"));
    EXPECT_FALSE(IsValidPhone("-0531"));
    EXPECT_FALSE(IsValidPhone("0531 8812"));
}

}  // namespace
}  // namespace kefu::staff
