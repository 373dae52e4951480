// R-SEC-2: a dealer's account sees only its own dealer's records.
#include <gtest/gtest.h>

#include "dealers/dealer_actions.hpp"

namespace kefu::dealers {
namespace {

auth::PermissionTable Table() {
    auth::PermissionTable table;
    const auth::ActionGrant grants[] = {
        {actions::kRead, {auth::Role::kSales, auth::Role::kDealer}, "test"}};
    table.Declare("dealers", grants);
    return table;
}

auth::Principal With(auth::Role role, const auth::PermissionTable& table) {
    auth::Principal p;
    p.roles = auth::RoleSet{role};
    p.permissions = &table;
    return p;
}

TEST(DealerRecordRules, ADealerSeesOnlyItsOwnDealer) {
    const auto table = Table();
    auth::Principal dealer = With(auth::Role::kDealer, table);
    dealer.dealer_id = DealerId(7);
    EXPECT_TRUE(CanSeeDealer(dealer, DealerId(7)));
    EXPECT_FALSE(CanSeeDealer(dealer, DealerId(8)));
}

TEST(DealerRecordRules, ADealerAccountWithoutADealerSeesNone) {
    const auto table = Table();
    EXPECT_FALSE(CanSeeDealer(With(auth::Role::kDealer, table), DealerId(7)));
}

TEST(DealerRecordRules, InternalRolesNeedDealerRead) {
    const auto table = Table();
    EXPECT_TRUE(CanSeeDealer(With(auth::Role::kSales, table), DealerId(8)));
    EXPECT_FALSE(CanSeeDealer(With(auth::Role::kTechnician, table), DealerId(8)));
}

}  // namespace
}  // namespace kefu::dealers
