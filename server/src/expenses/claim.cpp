#include "expenses/claim.hpp"

#include "expenses/expense_actions.hpp"

namespace kefu::expenses {
namespace {

using S = ClaimStatus;
using E = ClaimEvent;

Result<void> AllLinesPayable(const ClaimContext& c) {
    if (!c.has_unpayable_line) return {};
    return Fail(Error::FailedPrecondition(
        "a line is not payable; fix or remove it (or reject it) before approving",
        {{"lines", "unpayable_line"}}));
}

Result<void> NeedsReason(const ClaimContext& c) {
    if (c.has_reason) return {};
    return Fail(Error::InvalidArgument("give the reason", {{"reason", "required"}}));
}

}  // namespace

Money Claim::TotalClaimed() const {
    Money sum;
    for (const ClaimLine& l : lines) {
        if (l.status == LineStatus::kActive) sum = sum + l.facts.claimed;
    }
    return sum;
}

Money Claim::TotalAllowed() const {
    Money sum;
    for (const ClaimLine& l : lines) {
        if (l.status == LineStatus::kActive && l.allowance.payable) sum = sum + l.allowance.allowed;
    }
    return sum;
}

bool Claim::HasUnpayableLine() const {
    for (const ClaimLine& l : lines) {
        if (l.status == LineStatus::kActive && !l.allowance.payable) return true;
    }
    return false;
}

const ClaimWorkflow& Workflow() {
    static const ClaimWorkflow workflow(
        {
            {S::kSubmitted,
             E::kApprove,
             S::kHeadApproved,
             actions::kApprove.name(),
             AllLinesPayable},
            {S::kHeadApproved, E::kPay, S::kPaid, actions::kPay.name(), AllLinesPayable},
            {S::kSubmitted, E::kReject, S::kRejected, actions::kApprove.name(), NeedsReason},
            {S::kHeadApproved, E::kReject, S::kRejected, actions::kPay.name(), NeedsReason},
        },
        kClaimStatusNames,
        kClaimEventNames,
        "a claim");
    return workflow;
}

bool LinesEditable(ClaimStatus status) { return status == ClaimStatus::kSubmitted; }

bool ClaimLine::MayRequestApproval() const {
    if (status != LineStatus::kActive) return false;
    if (approval_status && *approval_status != approvals::ApprovalStatus::kRejected) return false;
    return allowance.rule == AllowanceRule::kFareNeedsApproval ||
           allowance.rule == AllowanceRule::kLodgingCapped ||
           allowance.rule == AllowanceRule::kLodgingNeedsApplication;
}

}  // namespace kefu::expenses
