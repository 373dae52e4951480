// Port: storage of approval requests.
#pragma once

#include <optional>

#include "approvals/approval.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::approvals {

/// Filters of the inbox; empty fields match everything.
struct ApprovalFilter {
    std::optional<ApprovalStatus> status;
    std::optional<std::string> kind;
    std::optional<std::int64_t> subject_id;
};

/// Approval requests.
class ApprovalRepository {
public:
    virtual ~ApprovalRepository() = default;
    virtual Result<ApprovalRequest> Insert(Tx& tx, const ApprovalRequest& request) = 0;
    virtual Result<std::optional<ApprovalRequest>> FindById(Tx& tx, ApprovalId id) = 0;
    /// Newest first.
    virtual Result<Page<ApprovalRequest>> List(Tx& tx,
                                               const ApprovalFilter& filter,
                                               const PageRequest& page) = 0;
    /// Records the decision; ABORTED unless the request is still at `request.version - 1`.
    virtual Result<void> Decide(Tx& tx, const ApprovalRequest& request) = 0;
};

}  // namespace kefu::approvals
