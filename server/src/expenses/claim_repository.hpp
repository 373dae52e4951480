// The storage port of claims: claims with their lines, and the few facts of other capabilities
// a claim needs (a job's site division, a staff member's name).
#pragma once

#include <optional>

#include "expenses/claim.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::expenses {

/// Which claims a list shows.
struct ClaimFilter {
    std::optional<StaffId> claimant;  ///< set for a claimant without read_all
    std::optional<ClaimStatus> status;
};

/// Stores claims. Writes change the claim only when its stored version matches (ABORTED else).
class ClaimRepository {
public:
    virtual ~ClaimRepository() = default;
    /// Stores a new claim and its lines; returns it as stored (ids, names, version 1).
    virtual Result<Claim> Insert(Tx& tx, const Claim& claim, Timestamp now) = 0;
    /// The claim with its lines, or nullopt.
    virtual Result<std::optional<Claim>> Find(Tx& tx, ClaimId id) = 0;
    /// A page of claims (with lines), newest first.
    virtual Result<Page<Claim>> List(Tx& tx,
                                     const ClaimFilter& filter,
                                     const PageRequest& page) = 0;
    /// Writes status and reason, bumps the version. ABORTED when `claim.version` is stale.
    virtual Result<void> Update(Tx& tx, const Claim& claim, Timestamp now) = 0;
    /// Adds a line to a stored claim.
    virtual Result<void> InsertLine(Tx& tx, ClaimId claim, const ClaimLine& line) = 0;
    /// Writes a line's status, reject reason, receipt flag and the engine's decision.
    virtual Result<void> UpdateLine(Tx& tx, ClaimId claim, const ClaimLine& line) = 0;
    /// Removes a line.
    virtual Result<void> DeleteLine(Tx& tx, ClaimId claim, std::int64_t line_id) = 0;
    /// Stores a receipt of a line (type already checked); returns its id.
    virtual Result<std::int64_t> InsertReceipt(Tx& tx,
                                               ClaimId claim,
                                               std::int64_t line_id,
                                               ReceiptType type,
                                               std::string_view bytes,
                                               std::optional<UserId> by,
                                               Timestamp now) = 0;
    /// A receipt of the claim with its bytes, or nullopt.
    virtual Result<std::optional<ReceiptFile>> FindReceipt(Tx& tx,
                                                           ClaimId claim,
                                                           std::int64_t receipt_id) = 0;
    /// The claim a line belongs to, or nullopt.
    virtual Result<std::optional<ClaimId>> ClaimOfLine(Tx& tx, std::int64_t line_id) = 0;
    /// Removes a receipt of the claim.
    virtual Result<void> DeleteReceipt(Tx& tx, ClaimId claim, std::int64_t receipt_id) = 0;
    /// The division code of a job's site, or nullopt for an unknown job.
    virtual Result<std::optional<std::int32_t>> JobDivision(Tx& tx, std::int64_t job_id) = 0;
    /// Whether `staff` is on the crew (lead, member or driver) of the job `job_id`.
    virtual Result<bool> OnJobCrew(Tx& tx, std::int64_t job_id, StaffId staff) = 0;
};

}  // namespace kefu::expenses
