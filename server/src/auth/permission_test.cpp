// R-ORG-5, R-SEC-2: the permission table assembled from capability declarations.
#include "auth/permission.hpp"

#include <gtest/gtest.h>

namespace kefu::auth {
namespace {

constexpr Action kRead{"things.read"};
constexpr Action kWrite{"things.write"};
constexpr Action kOther{"other.read"};

const ActionGrant kThings[] = {
    {kRead, {Role::kHead, Role::kClerk}, "test: the office reads things"},
    {kWrite, {Role::kHead}, "test: the head changes things"},
};

Principal With(std::initializer_list<Role> roles, const PermissionTable& table) {
    Principal p;
    p.user_id = UserId(1);
    p.roles = RoleSet(roles);
    p.permissions = &table;
    return p;
}

TEST(PermissionTable, AllowsExactlyTheDeclaredRoles) {
    PermissionTable table;
    table.Declare("things", kThings);
    EXPECT_TRUE(table.problems().empty());
    EXPECT_TRUE(With({Role::kClerk}, table).Can(kRead));
    EXPECT_FALSE(With({Role::kClerk}, table).Can(kWrite));
    EXPECT_TRUE(With({Role::kClerk, Role::kHead}, table).Can(kWrite));
    EXPECT_FALSE(With({Role::kDealer}, table).Can(kRead));
}

TEST(PermissionTable, AnUndeclaredActionIsAllowedToNobody) {
    PermissionTable table;
    table.Declare("things", kThings);
    EXPECT_FALSE(table.IsDeclared(kOther));
    EXPECT_FALSE(With({Role::kHead, Role::kAdmin}, table).Can(kOther));
}

TEST(PermissionTable, AnActionDeclaredTwiceIsAProblemNamingBothModules) {
    PermissionTable table;
    table.Declare("things", kThings);
    const ActionGrant again[] = {{kRead, {Role::kAdmin}, "test: a second claim"}};
    table.Declare("copycat", again);
    ASSERT_EQ(table.problems().size(), 1u);
    EXPECT_NE(table.problems()[0].find("things.read"), std::string::npos);
    EXPECT_NE(table.problems()[0].find("copycat"), std::string::npos);
    // The first declaration stands; the second grants nothing.
    EXPECT_FALSE(table.Allows(RoleSet{Role::kAdmin}, kRead));
}

TEST(PermissionTable, MalformedNamesAndMissingJustificationsAreProblems) {
    PermissionTable table;
    const ActionGrant bad[] = {{Action("Things.Read"), {Role::kHead}, "why"},
                               {Action("things"), {Role::kHead}, "why"},
                               {Action("a.b.c"), {Role::kHead}, "why"},
                               {Action("things.list"), {Role::kHead}, ""}};
    table.Declare("bad", bad);
    EXPECT_EQ(table.problems().size(), 4u);
}

TEST(PermissionTable, WellFormedNames) {
    EXPECT_TRUE(IsWellFormedActionName("staff.promote_override"));
    EXPECT_TRUE(IsWellFormedActionName("jobs2.read"));
    EXPECT_FALSE(IsWellFormedActionName(".read"));
    EXPECT_FALSE(IsWellFormedActionName("staff."));
    EXPECT_FALSE(IsWellFormedActionName("staff-read"));
}

TEST(Principal, WithoutATableNothingIsAllowed) {
    Principal p;
    p.roles = RoleSet{Role::kAdmin};
    EXPECT_FALSE(p.Can(kRead));
    EXPECT_TRUE(p.PermittedActions().empty());
    EXPECT_EQ(Require(p, kRead).error().code(), ErrorCode::kPermissionDenied);
}

TEST(Principal, ListsItsActionsSortedByName) {
    PermissionTable table;
    table.Declare("things", kThings);
    EXPECT_EQ(With({Role::kHead}, table).PermittedActions(),
              (std::vector<std::string>{"things.read", "things.write"}));
}

TEST(Principal, TheSystemMayDoEverything) { EXPECT_TRUE(SystemPrincipal().Can(kOther)); }

TEST(Roles, RoundTripByName) {
    for (Role role : kAllRoles) EXPECT_EQ(ParseRole(RoleName(role)), role);
    EXPECT_FALSE(ParseRole("root"));
    EXPECT_EQ(kRoleNames.Names().size(), kRoleCount);
}

TEST(RoleSet, ContainsIsSubset) {
    RoleSet head_admin{Role::kHead, Role::kAdmin};
    EXPECT_TRUE(head_admin.Contains(RoleSet{Role::kHead}));
    EXPECT_FALSE(head_admin.Contains(RoleSet{Role::kHead, Role::kLeadership}));
    EXPECT_EQ(head_admin.Intersect(RoleSet{Role::kHead, Role::kClerk}), RoleSet{Role::kHead});
}

}  // namespace
}  // namespace kefu::auth
