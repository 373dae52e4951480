// R-EXP-7: the claim workflow's table: who moves a claim, and the guards (no approval or payment
// with an unpayable line, no rejection without a reason, nothing after payment).
#include "expenses/claim.hpp"

#include <gtest/gtest.h>

#include <string_view>

#include "expenses/expense_actions.hpp"

namespace kefu::expenses {
namespace {

using S = ClaimStatus;
using E = ClaimEvent;

auto Holds(std::string_view action) {
    return [action](std::string_view asked) { return asked == action; };
}

TEST(ClaimWorkflow, HeadApprovesFinancePays) {
    const ClaimContext ok;
    EXPECT_EQ(*Workflow().Fire(S::kSubmitted, E::kApprove, Holds(actions::kApprove.name()), ok),
              S::kHeadApproved);
    EXPECT_EQ(*Workflow().Fire(S::kHeadApproved, E::kPay, Holds(actions::kPay.name()), ok),
              S::kPaid);
    EXPECT_EQ(
        Workflow().Fire(S::kSubmitted, E::kApprove, Holds(actions::kPay.name()), ok).error().code(),
        ErrorCode::kPermissionDenied);
    EXPECT_EQ(Workflow()
                  .Fire(S::kHeadApproved, E::kPay, Holds(actions::kApprove.name()), ok)
                  .error()
                  .code(),
              ErrorCode::kPermissionDenied);
}

TEST(ClaimWorkflow, AnUnpayableLineBlocksApprovalAndPayment) {
    ClaimContext ctx;
    ctx.has_unpayable_line = true;
    auto approve =
        Workflow().Fire(S::kSubmitted, E::kApprove, Holds(actions::kApprove.name()), ctx);
    ASSERT_FALSE(approve);
    EXPECT_EQ(approve.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_EQ(approve.error().violations().front().field, "lines");
    EXPECT_FALSE(Workflow().Fire(S::kHeadApproved, E::kPay, Holds(actions::kPay.name()), ctx));
}

TEST(ClaimWorkflow, RejectionNeedsAReasonAndTheStepsHolder) {
    ClaimContext ctx;
    EXPECT_EQ(Workflow()
                  .Fire(S::kSubmitted, E::kReject, Holds(actions::kApprove.name()), ctx)
                  .error()
                  .code(),
              ErrorCode::kInvalidArgument);
    ctx.has_reason = true;
    EXPECT_EQ(*Workflow().Fire(S::kSubmitted, E::kReject, Holds(actions::kApprove.name()), ctx),
              S::kRejected);
    EXPECT_EQ(*Workflow().Fire(S::kHeadApproved, E::kReject, Holds(actions::kPay.name()), ctx),
              S::kRejected);
    // Finance does not reject what the head has not approved yet.
    EXPECT_FALSE(Workflow().Fire(S::kSubmitted, E::kReject, Holds(actions::kPay.name()), ctx));
}

TEST(ClaimWorkflow, NothingMovesAPaidOrRejectedClaim) {
    ClaimContext ctx;
    ctx.has_reason = true;
    for (S from : {S::kPaid, S::kRejected}) {
        for (E event : {E::kApprove, E::kPay, E::kReject}) {
            auto r = Workflow().Fire(
                from, event, [](std::string_view) { return true; }, ctx);
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error().code(), ErrorCode::kFailedPrecondition);
        }
    }
    EXPECT_TRUE(LinesEditable(S::kSubmitted));
    EXPECT_FALSE(LinesEditable(S::kHeadApproved));
    EXPECT_FALSE(LinesEditable(S::kPaid));
}

TEST(ClaimTotals, CountOnlyActivePayableLines) {
    Claim c;
    ClaimLine paid;
    paid.facts.claimed = Money::Yuan(24);
    paid.allowance = {Money::Yuan(20), true, AllowanceRule::kMealOutOfTown, {}};
    ClaimLine refused;
    refused.facts.claimed = Money::Yuan(30);
    refused.allowance = {Money(), false, AllowanceRule::kFareNeedsApproval, {}};
    c.lines = {paid, refused};
    EXPECT_EQ(c.TotalClaimed(), Money::Yuan(54));
    EXPECT_EQ(c.TotalAllowed(), Money::Yuan(20));
    EXPECT_TRUE(c.HasUnpayableLine());
    c.lines[1].status = LineStatus::kRejected;
    EXPECT_FALSE(c.HasUnpayableLine());
    EXPECT_EQ(c.TotalClaimed(), Money::Yuan(24));
}

}  // namespace
}  // namespace kefu::expenses
