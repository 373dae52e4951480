// Approval requests on SQL.
#pragma once

#include "approvals/approval_repository.hpp"

namespace kefu::approvals {

/// ApprovalRepository over SOCI.
class SqlApprovalRepository final : public ApprovalRepository {
public:
    Result<ApprovalRequest> Insert(Tx& tx, const ApprovalRequest& request) override;
    Result<std::optional<ApprovalRequest>> FindById(Tx& tx, ApprovalId id) override;
    Result<Page<ApprovalRequest>> List(Tx& tx,
                                       const ApprovalFilter& filter,
                                       const PageRequest& page) override;
    Result<void> Decide(Tx& tx, const ApprovalRequest& request) override;
};

}  // namespace kefu::approvals
