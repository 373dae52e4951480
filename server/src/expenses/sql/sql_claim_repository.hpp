// Claims on SQL (both engines).
#pragma once

#include "expenses/claim_repository.hpp"

namespace kefu::expenses {

/// ClaimRepository over SOCI.
class SqlClaimRepository final : public ClaimRepository {
public:
    Result<Claim> Insert(Tx& tx, const Claim& claim, Timestamp now) override;
    Result<std::optional<Claim>> Find(Tx& tx, ClaimId id) override;
    Result<Page<Claim>> List(Tx& tx, const ClaimFilter& filter, const PageRequest& page) override;
    Result<void> Update(Tx& tx, const Claim& claim, Timestamp now) override;
    Result<void> InsertLine(Tx& tx, ClaimId claim, const ClaimLine& line) override;
    Result<void> UpdateLine(Tx& tx, ClaimId claim, const ClaimLine& line) override;
    Result<void> DeleteLine(Tx& tx, ClaimId claim, std::int64_t line_id) override;
    Result<std::int64_t> InsertReceipt(Tx& tx,
                                       ClaimId claim,
                                       std::int64_t line_id,
                                       ReceiptType type,
                                       std::string_view bytes,
                                       std::optional<UserId> by,
                                       Timestamp now) override;
    Result<std::optional<ReceiptFile>> FindReceipt(Tx& tx,
                                                   ClaimId claim,
                                                   std::int64_t receipt_id) override;
    Result<void> DeleteReceipt(Tx& tx, ClaimId claim, std::int64_t receipt_id) override;
    Result<std::optional<ClaimId>> ClaimOfLine(Tx& tx, std::int64_t line_id) override;
    Result<std::optional<std::int32_t>> JobDivision(Tx& tx, std::int64_t job_id) override;
    Result<bool> OnJobCrew(Tx& tx, std::int64_t job_id, StaffId staff) override;

    /// For the demo step: active technicians and supervisors, and how many claims exist.
    Result<std::vector<StaffId>> DemoClaimants(Tx& tx);
    Result<std::int64_t> CountAll(Tx& tx);
};

}  // namespace kefu::expenses
