// R-ORG-5, R-SEC-2: the permission table.
#include "auth/permission.hpp"

#include <gtest/gtest.h>

#include <set>

namespace kefu::auth {
namespace {

Principal With(std::initializer_list<Role> roles) {
    Principal p;
    p.user_id = UserId(1);
    p.roles = RoleSet(roles);
    return p;
}

TEST(PermissionTable, EveryActionHasAUniqueNameAndAtLeastOneRole) {
    std::set<std::string_view> names;
    for (Action action : kAllActions) {
        EXPECT_FALSE(RolesAllowed(action).empty()) << ActionName(action);
        EXPECT_TRUE(names.insert(ActionName(action)).second) << ActionName(action);
    }
}

TEST(PermissionTable, HeadManagesStaffButOnlyLeadershipOverridesPromotions) {
    EXPECT_TRUE(With({Role::kHead}).Can(Action::kStaffWrite));
    EXPECT_TRUE(With({Role::kHead}).Can(Action::kStaffEndInternship));
    EXPECT_FALSE(With({Role::kHead}).Can(Action::kStaffPromoteOverride));
    EXPECT_TRUE(With({Role::kLeadership}).Can(Action::kStaffPromoteOverride));
}

TEST(PermissionTable, FieldRolesAndDealersSeeNoStaffRecords) {
    for (Role role : {Role::kTechnician,
                      Role::kIntern,
                      Role::kDriver,
                      Role::kDealer,
                      Role::kWarehouse,
                      Role::kSales}) {
        EXPECT_FALSE(With({role}).Can(Action::kStaffRead)) << RoleName(role);
        EXPECT_FALSE(With({role}).Can(Action::kAuditRead)) << RoleName(role);
    }
}

TEST(RecordRules, HrDataOnlyForHeadFinanceLeadership) {
    EXPECT_TRUE(CanSeeHrData(With({Role::kHead})));
    EXPECT_TRUE(CanSeeHrData(With({Role::kFinance})));
    EXPECT_TRUE(CanSeeHrData(With({Role::kLeadership})));
    EXPECT_FALSE(CanSeeHrData(With({Role::kSupervisor})));
    EXPECT_FALSE(CanSeeHrData(With({Role::kAdmin})));
}

TEST(RecordRules, DealerSeesOnlyItsOwnDealerRecord) {
    Principal dealer = With({Role::kDealer});
    dealer.dealer_id = DealerId(7);
    EXPECT_TRUE(CanSeeDealer(dealer, DealerId(7)));
    EXPECT_FALSE(CanSeeDealer(dealer, DealerId(8)));
    EXPECT_TRUE(CanSeeDealer(With({Role::kSales}), DealerId(8)));
}

TEST(RecordRules, InstallerSeesOwnStaffRecordOnly) {
    Principal tech = With({Role::kTechnician});
    tech.staff_id = StaffId(3);
    EXPECT_TRUE(CanSeeStaff(tech, StaffId(3)));
    EXPECT_FALSE(CanSeeStaff(tech, StaffId(4)));
}

TEST(Roles, RoundTripByName) {
    for (Role role : kAllRoles) EXPECT_EQ(ParseRole(RoleName(role)), role);
    EXPECT_FALSE(ParseRole("root"));
}

TEST(RoleSet, ContainsIsSubset) {
    RoleSet head_admin{Role::kHead, Role::kAdmin};
    EXPECT_TRUE(head_admin.Contains(RoleSet{Role::kHead}));
    EXPECT_FALSE(head_admin.Contains(RoleSet{Role::kHead, Role::kLeadership}));
}

}  // namespace
}  // namespace kefu::auth
