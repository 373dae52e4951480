// A travel claim (R-EXP-1..7): one person's lines for one trip or job, each with the allowance
// the engine computed, and its way from submitted through the head's approval to payment.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "approvals/approval.hpp"
#include "expenses/allowance.hpp"
#include "expenses/receipt.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/state_machine.hpp"
#include "platform/strong_id.hpp"

namespace kefu::expenses {

struct ClaimTag {};
using ClaimId = StrongId<ClaimTag>;  ///< one claim

/// Where a claim stands: submitted → head_approved → paid, or rejected from either step.
enum class ClaimStatus { kSubmitted, kHeadApproved, kPaid, kRejected };

inline constexpr auto kClaimStatusNames =
    MakeEnumNames<ClaimStatus>({{ClaimStatus::kSubmitted, "submitted"},
                                {ClaimStatus::kHeadApproved, "head_approved"},
                                {ClaimStatus::kPaid, "paid"},
                                {ClaimStatus::kRejected, "rejected"}});

/// What happens to a claim.
enum class ClaimEvent { kApprove, kPay, kReject };

inline constexpr auto kClaimEventNames =
    MakeEnumNames<ClaimEvent>({{ClaimEvent::kApprove, "approve"},
                               {ClaimEvent::kPay, "pay"},
                               {ClaimEvent::kReject, "reject"}});

/// A line is active until a reviewer rejects it (it then counts for nothing).
enum class LineStatus { kActive, kRejected };

inline constexpr auto kLineStatusNames = MakeEnumNames<LineStatus>(
    {{LineStatus::kActive, "active"}, {LineStatus::kRejected, "rejected"}});

/// One line as stored: the facts claimed, the engine's decision and the reviewers' verdict.
struct ClaimLine {
    std::int64_t id = 0;
    LineFacts facts;
    Allowance allowance;
    LineStatus status = LineStatus::kActive;
    std::string reject_reason;
    std::string note;
    std::vector<ReceiptInfo> receipts;  ///< facts.receipt is true while there is one
    /// The leadership request for a fare above ordinary class or lodging beyond the standard
    /// (R-EXP-1/5) and its status, read with the line.
    std::optional<std::int64_t> approval_id;
    std::optional<approvals::ApprovalStatus> approval_status;

    /// Whether leadership's approval would change this line: an active fare that needs one, or
    /// lodging above or outside the standard, with no request pending or granted.
    bool MayRequestApproval() const;
};

/// A claim as stored.
struct Claim {
    ClaimId id;
    StaffId claimant;
    std::string claimant_name;  ///< read with the claim
    std::optional<std::int64_t> job_id;
    std::optional<std::int64_t> trip_log_id;
    std::int32_t division_code = 0;  ///< the destination (default: the job's site division)
    std::string division_name;       ///< read with the claim
    bool local = false;              ///< the destination lies in the local area (computed)
    geo::PlaceClass place_class = geo::PlaceClass::kOther;
    Timestamp departure;
    Timestamp return_at;
    bool times_from_trip_log = false;
    std::string purpose;
    ClaimStatus status = ClaimStatus::kSubmitted;
    std::string reject_reason;
    std::vector<ClaimLine> lines;
    Timestamp created_at;
    int version = 1;

    /// The sums of the active lines.
    Money TotalClaimed() const;
    Money TotalAllowed() const;
    /// True when an active line is not payable (the head cannot approve then).
    bool HasUnpayableLine() const;
};

/// What the guards of the claim table look at.
struct ClaimContext {
    bool has_unpayable_line = false;
    bool has_reason = false;
};

using ClaimWorkflow = StateMachine<ClaimStatus,
                                   ClaimEvent,
                                   ClaimContext,
                                   kClaimStatusNames.size(),
                                   kClaimEventNames.size()>;

/// The claim workflow's transition table (one instance).
const ClaimWorkflow& Workflow();

/// Whether lines may still change: submitted claims only (head-approved, paid and rejected
/// claims are fixed; a paid one for good).
bool LinesEditable(ClaimStatus status);

}  // namespace kefu::expenses
