// Use cases of travel claims (R-EXP-1..7): submit with lines whose allowances the engine computes
// from the policy on each line's date, the place and the trip's times; fix lines while submitted;
// approve, pay or reject (a claim or a line) with reasons. Every write is audited.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "approvals/approval_service.hpp"
#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "expenses/claim_repository.hpp"
#include "fleet/trip_log_repository.hpp"
#include "geo/division_service.hpp"
#include "platform/clock.hpp"
#include "policy/policy_service.hpp"

namespace kefu::expenses {

/// One line as the claimant enters it (the allowance is computed, never sent). facts.receipt and
/// the approval flags are ignored: a line has a receipt once a file is attached to it, and an
/// approval once leadership grants its request in the inbox.
struct LineInput {
    LineFacts facts;
    std::string note;
};

/// A new claim as the API receives it (formats already checked).
struct NewClaim {
    std::optional<std::int64_t> job_id;
    /// The trip log whose times decide the meals (local meals are paid on its evidence only).
    std::optional<std::int64_t> trip_log_id;
    /// Default: the job's site division, else the trip log's first job's.
    std::optional<std::int32_t> division_code;
    /// As the claim states them; required without a trip log, ignored with one.
    std::optional<Timestamp> departure;
    std::optional<Timestamp> return_at;
    std::string purpose;
    std::vector<LineInput> lines;
};

/// The claims service.
class ClaimService {
public:
    /// The approval inbox kind of a line's request (R-EXP-1/5).
    static constexpr std::string_view kLineApprovalKind = "expense_line";

    ClaimService(ClaimRepository& claims,
                 fleet::TripLogRepository& trips,
                 policy::PolicyReader& policy,
                 geo::DivisionService& divisions,
                 approvals::ApprovalService& approvals,
                 TransactionRunner& transactions,
                 audit::AuditLog& audit,
                 const Clock& clock)
        : claims_(claims),
          trips_(trips),
          policy_(policy),
          divisions_(divisions),
          approvals_(approvals),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// Submits the principal's own claim. PERMISSION_DENIED without expense.claim;
    /// FAILED_PRECONDITION for an account without a staff record; INVALID_ARGUMENT with
    /// violations (lines[i].field; tripLogId/jobId not_found) on bad input, nothing stored.
    /// With a trip log the trip's times are the log's (R-EXP-2).
    Result<Claim> Submit(const auth::Principal& principal, const NewClaim& input);
    /// One claim: one's own, or any with read_all. NOT_FOUND otherwise.
    Result<Claim> Get(const auth::Principal& principal, ClaimId id);
    /// A page of claims: one's own, or all with read_all.
    Result<Page<Claim>> List(const auth::Principal& principal,
                             std::optional<ClaimStatus> status,
                             const PageRequest& page);
    /// Adds a line to one's own submitted claim (how a line is fixed: remove it, add it anew).
    Result<Claim> AddLine(const auth::Principal& principal,
                          ClaimId id,
                          const LineInput& line,
                          std::int64_t version);
    /// Removes a line of one's own submitted claim.
    Result<Claim> RemoveLine(const auth::Principal& principal,
                             ClaimId id,
                             std::int64_t line_id,
                             std::int64_t version);
    /// Attaches a receipt (JPEG, PNG or PDF) to a line of one's own submitted claim and decides
    /// the line anew: a meal or a night is payable only with one (R-EXP-4/5). INVALID_ARGUMENT
    /// file: required, too_large, unsupported_type, type_mismatch, too_many; NOT_FOUND for
    /// someone else's claim or an unknown line; ABORTED when stale.
    Result<Claim> AddReceipt(const auth::Principal& principal,
                             ClaimId id,
                             std::int64_t line_id,
                             std::string_view content_type,
                             std::string_view bytes,
                             std::int64_t version);
    /// Removes a receipt of one's own submitted claim; its line is decided anew.
    Result<Claim> RemoveReceipt(const auth::Principal& principal,
                                ClaimId id,
                                std::int64_t receipt_id,
                                std::int64_t version);
    /// A receipt's file, for whoever may see the claim (NOT_FOUND otherwise).
    Result<ReceiptFile> Receipt(const auth::Principal& principal,
                                ClaimId id,
                                std::int64_t receipt_id);
    /// Asks leadership, through the approval inbox, to approve a line of one's own submitted
    /// claim: a sleeper, high-speed or taxi fare (R-EXP-1), or lodging above or outside the
    /// standard (R-EXP-5). FAILED_PRECONDITION line approval_not_needed (or approval_pending);
    /// INVALID_ARGUMENT reason required; NOT_FOUND; ABORTED when stale.
    Result<Claim> RequestApproval(const auth::Principal& principal,
                                  ClaimId id,
                                  std::int64_t line_id,
                                  const std::string& reason,
                                  std::int64_t version);
    /// Carries out leadership's decision on a line's request inside the decision's transaction:
    /// an approval sets the line's approval and decides it anew. FAILED_PRECONDITION when the
    /// claim can no longer change or the line names another request.
    Result<void> ApplyApproval(Tx& tx,
                               const auth::Principal& decider,
                               const approvals::ApprovalRequest& request,
                               bool approved);
    /// Rejects one line with a reason: the head while submitted, finance while head-approved.
    Result<Claim> RejectLine(const auth::Principal& principal,
                             ClaimId id,
                             std::int64_t line_id,
                             const std::string& reason,
                             std::int64_t version);
    /// Approves, pays or rejects the claim (the workflow table says who and when). Approval and
    /// payment are refused while an active line is not payable.
    Result<Claim> Fire(const auth::Principal& principal,
                       ClaimId id,
                       ClaimEvent event,
                       const std::string& reason,
                       std::int64_t version);
    /// Every claim matching `status` (for the finance export and documents), read_all required.
    Result<std::vector<Claim>> ListAll(const auth::Principal& principal,
                                       std::optional<ClaimStatus> status);

private:
    /// INVALID_ARGUMENT tripLogId not_on_trip unless the principal drove the trip, is on the crew
    /// of a job it serves, or is the head (expense.approve) filing for someone.
    Result<void> RefuseUnlessOnTrip(Tx& tx,
                                    const auth::Principal& principal,
                                    const fleet::TripLog& trip);
    Result<Claim> LoadVisible(Tx& tx, const auth::Principal& principal, ClaimId id);
    Result<Claim> LoadForChange(Tx& tx, ClaimId id, std::int64_t version);
    Result<Claim> LoadOwnEditable(Tx& tx,
                                  const auth::Principal& principal,
                                  ClaimId id,
                                  std::int64_t version);
    /// The allowance policy of each day already read in this transaction: lines of one claim
    /// mostly share their days, and each day is 14 policy reads.
    using PolicyDays = std::map<Date, AllowancePolicy>;
    /// The engine's decision for one line of `claim` (policy read on the line's dates, once per
    /// day through `days`).
    Result<Allowance> Decide(Tx& tx, const Claim& claim, const LineFacts& line, PolicyDays& days);
    Result<AllowancePolicy> PolicyOn(Tx& tx, Date day);
    /// Decides the line again from its facts and writes it.
    Result<void> Redecide(Tx& tx, const Claim& claim, ClaimLine& line);
    /// Bumps the version, audits and reloads.
    Result<Claim> Finish(Tx& tx,
                         const auth::Principal& principal,
                         const audit::AuditEvent& event,
                         const Claim& before,
                         const Claim& after);

    ClaimRepository& claims_;
    fleet::TripLogRepository& trips_;
    policy::PolicyReader& policy_;
    geo::DivisionService& divisions_;
    approvals::ApprovalService& approvals_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

/// The audit snapshot of a claim (status, totals, lines with their rules).
audit::Snapshot SnapshotOf(const Claim& claim);

/// The violations of one line's facts, named `prefix` + field (e.g. "lines[1].dinerCount").
void ValidateLine(const LineFacts& line, const std::string& prefix, Violations& out);

}  // namespace kefu::expenses
