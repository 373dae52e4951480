// Issue 7 / R-SEC-1: the grant table, every cell (granter role × granted role).
#include "auth/grant_table.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace kefu::auth {
namespace {

// Written from the issue, not from the code: the roles each single role may grant.
const std::map<Role, RoleSet>& Expected() {
    static const std::map<Role, RoleSet> table = {
        {Role::kAdmin,
         {Role::kHead,
          Role::kSupervisor,
          Role::kTechnician,
          Role::kIntern,
          Role::kDriver,
          Role::kWarehouse,
          Role::kSales,
          Role::kDealer,
          Role::kClerk,
          Role::kFinance,
          Role::kLeadership,
          Role::kAdmin}},
        {Role::kHead,
         {Role::kSupervisor,
          Role::kTechnician,
          Role::kIntern,
          Role::kDriver,
          Role::kWarehouse,
          Role::kClerk,
          Role::kDealer}},
        {Role::kSupervisor, {}},
        {Role::kTechnician, {}},
        {Role::kIntern, {}},
        {Role::kDriver, {}},
        {Role::kWarehouse, {}},
        {Role::kSales, {}},
        {Role::kDealer, {}},
        {Role::kClerk, {}},
        {Role::kFinance, {}},
        {Role::kLeadership, {}},
    };
    return table;
}

TEST(GrantTable, EveryCellOfTheTable) {
    for (Role granter : kAllRoles) {
        const RoleSet grantable = GrantableBy(RoleSet{granter});
        for (Role role : kAllRoles) {
            EXPECT_EQ(grantable.Has(role), Expected().at(granter).Has(role))
                << RoleName(granter) << " granting " << RoleName(role);
        }
    }
}

TEST(GrantTable, OnlyTheAdministratorGrantsTheOfficeRoles) {
    for (Role role : {Role::kHead, Role::kLeadership, Role::kFinance, Role::kSales, Role::kAdmin}) {
        for (Role granter : kAllRoles) {
            EXPECT_EQ(GrantableBy(RoleSet{granter}).Has(role), granter == Role::kAdmin)
                << RoleName(granter) << " granting " << RoleName(role);
        }
    }
}

TEST(GrantTable, HoldingSeveralRolesGrantsTheUnion) {
    EXPECT_EQ(GrantableBy(RoleSet{Role::kHead, Role::kFinance}), GrantableBy(RoleSet{Role::kHead}));
}

// R-SEC-2 (hardening item 7): a dealer's account never holds an internal role.
TEST(GrantTable, ADealerAccountHoldsTheDealerRoleAlone) {
    EXPECT_TRUE(IsConsistentAccount(RoleSet{Role::kDealer}));
    EXPECT_TRUE(IsConsistentAccount(RoleSet{Role::kHead, Role::kDriver}));
    EXPECT_TRUE(IsConsistentAccount(RoleSet{}));
    for (Role role : kAllRoles) {
        if (role == Role::kDealer) continue;
        EXPECT_FALSE(IsConsistentAccount(RoleSet{Role::kDealer, role})) << RoleName(role);
    }
}

}  // namespace
}  // namespace kefu::auth
