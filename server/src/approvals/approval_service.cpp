#include "approvals/approval_service.hpp"

#include <fmt/core.h>

#include "approvals/approval_actions.hpp"

namespace kefu::approvals {

audit::Snapshot SnapshotOf(const ApprovalRequest& r) {
    audit::Snapshot s{{"kind", r.kind},
                      {"subjectId", r.subject_id},
                      {"target", r.target},
                      {"summary", r.summary},
                      {"reason", r.reason},
                      {"status", std::string(kApprovalStatusNames.Name(r.status))},
                      {"version", static_cast<std::int64_t>(r.version)}};
    if (r.status != ApprovalStatus::kPending) {
        s.push_back({"decidedBy", r.decided_by_name});
        s.push_back({"decisionReason", r.decision_reason});
    }
    return s;
}

Result<ApprovalRequest> ApprovalService::Submit(Tx& tx,
                                                const auth::Principal& principal,
                                                const NewApproval& input) {
    if (!handlers_.contains(input.kind)) {
        return Fail(
            Error::Internal(fmt::format("no handler for approvals of kind {}", input.kind)));
    }
    if (input.reason.empty()) {
        return Fail(Error::InvalidArgument("a request needs a reason", {{"reason", "required"}}));
    }
    ApprovalFilter pending;
    pending.status = ApprovalStatus::kPending;
    pending.kind = input.kind;
    pending.subject_id = input.subject_id;
    KEFU_ASSIGN_OR_RETURN(auto open, requests_.List(tx, pending, PageRequest{1, 1}));
    if (open.total > 0) {
        return Fail(
            Error::AlreadyExists("the same request is already waiting for a decision",
                                 {{"reason", "pending", open.items.front().requested_by_name}}));
    }
    ApprovalRequest request;
    request.kind = input.kind;
    request.subject_id = input.subject_id;
    request.target = input.target;
    request.summary = input.summary;
    request.reason = input.reason;
    if (principal.user_id.valid()) request.requested_by = principal.user_id;
    request.requested_by_name = principal.display_name;
    request.requested_at = clock_.Now();
    KEFU_ASSIGN_OR_RETURN(ApprovalRequest stored, requests_.Insert(tx, request));
    KEFU_TRY(audit_.Record(
        tx,
        principal,
        {events::kRequest, std::to_string(stored.id.value()), std::nullopt, SnapshotOf(stored)}));
    return stored;
}

Result<Page<ApprovalRequest>> ApprovalService::List(const auth::Principal& principal,
                                                    const ApprovalFilter& filter,
                                                    const PageRequest& page) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<Page<ApprovalRequest>>(
        TxMode::kRead, [&](Tx& tx) { return requests_.List(tx, filter, page); });
}

Result<ApprovalRequest> ApprovalService::Get(const auth::Principal& principal, ApprovalId id) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<ApprovalRequest>(
        TxMode::kRead, [&](Tx& tx) -> Result<ApprovalRequest> {
            KEFU_ASSIGN_OR_RETURN(auto found, requests_.FindById(tx, id));
            if (!found) return Fail(Error::NotFound("no such request"));
            return *found;
        });
}

Result<ApprovalRequest> ApprovalService::Decide(const auth::Principal& principal,
                                                ApprovalId id,
                                                const Decision& decision) {
    KEFU_TRY(auth::Require(principal, actions::kDecide));
    if (!decision.approve && decision.reason.empty()) {
        return Fail(Error::InvalidArgument("a rejection needs a reason", {{"reason", "required"}}));
    }
    return transactions_.Run<ApprovalRequest>(
        TxMode::kWrite, [&](Tx& tx) -> Result<ApprovalRequest> {
            KEFU_ASSIGN_OR_RETURN(auto found, requests_.FindById(tx, id));
            if (!found) return Fail(Error::NotFound("no such request"));
            if (found->status != ApprovalStatus::kPending) {
                return Fail(
                    Error::FailedPrecondition(fmt::format("this request was already {} by {}",
                                                          kApprovalStatusNames.Name(found->status),
                                                          found->decided_by_name),
                                              {{"status", "decided"}}));
            }
            if (found->version != decision.version) {
                return Fail(
                    Error::Aborted("someone else changed this request; reload and try again"));
            }
            ApprovalRequest after = *found;
            after.status = decision.approve ? ApprovalStatus::kApproved : ApprovalStatus::kRejected;
            if (principal.user_id.valid()) after.decided_by = principal.user_id;
            after.decided_by_name = principal.display_name;
            after.decided_at = clock_.Now();
            after.decision_reason = decision.reason;
            after.version = found->version + 1;
            KEFU_TRY(requests_.Decide(tx, after));
            auto handler = handlers_.find(after.kind);
            if (handler == handlers_.end()) {
                return Fail(Error::Internal("no handler for this kind of request"));
            }
            if (decision.approve) {
                KEFU_TRY(handler->second->OnApproved(tx, principal, after));
            } else {
                KEFU_TRY(handler->second->OnRejected(tx, principal, after));
            }
            KEFU_TRY(audit_.Record(tx,
                                   principal,
                                   {decision.approve ? events::kApprove : events::kReject,
                                    std::to_string(id.value()),
                                    SnapshotOf(*found),
                                    SnapshotOf(after)}));
            return after;
        });
}

Result<std::int64_t> ApprovalService::CountPending(const auth::Principal& principal) {
    KEFU_TRY(auth::Require(principal, actions::kDecide));
    ApprovalFilter filter;
    filter.status = ApprovalStatus::kPending;
    KEFU_ASSIGN_OR_RETURN(auto page, List(principal, filter, PageRequest{1, 1}));
    return page.total;
}

}  // namespace kefu::approvals
