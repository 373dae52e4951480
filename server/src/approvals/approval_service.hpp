// The approval inbox: capabilities submit requests inside their own transaction; leadership
// decides; the capability that registered the kind carries out an approval in the same
// transaction as the decision.
#pragma once

#include <map>
#include <string>

#include "approvals/approval_repository.hpp"
#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "platform/clock.hpp"

namespace kefu::approvals {

/// What a capability does when one of its requests is decided.
class ApprovalHandler {
public:
    virtual ~ApprovalHandler() = default;
    /// Carries out the approved request (e.g. promotes), inside the decision's transaction. An
    /// error (e.g. FAILED_PRECONDITION: the staff member was promoted meanwhile) undoes the
    /// decision.
    virtual Result<void> OnApproved(Tx& tx,
                                    const auth::Principal& decider,
                                    const ApprovalRequest& request) = 0;
    /// Notes a rejection (e.g. the job goes back to be re-assigned), in the same transaction.
    virtual Result<void> OnRejected(Tx& tx,
                                    const auth::Principal& decider,
                                    const ApprovalRequest& request) {
        (void)tx;
        (void)decider;
        (void)request;
        return {};
    }
};

/// A decision as the API receives it.
struct Decision {
    bool approve = false;
    std::string reason;  ///< required to reject
    int version = 0;
};

/// The inbox.
class ApprovalService {
public:
    ApprovalService(ApprovalRepository& requests,
                    TransactionRunner& transactions,
                    audit::AuditLog& audit,
                    const Clock& clock)
        : requests_(requests), transactions_(transactions), audit_(audit), clock_(clock) {}

    /// Registers the handler of a kind (start-up wiring by the capability that owns it).
    void RegisterHandler(std::string kind, ApprovalHandler* handler) {
        handlers_[std::move(kind)] = handler;
    }
    /// Files a request inside the caller's transaction (the caller checked its own permission).
    /// INVALID_ARGUMENT (reason: required); ALREADY_EXISTS when the same kind and subject has a
    /// pending request; INTERNAL for an unregistered kind.
    Result<ApprovalRequest> Submit(Tx& tx,
                                   const auth::Principal& principal,
                                   const NewApproval& input);
    /// PERMISSION_DENIED without approval.read.
    Result<Page<ApprovalRequest>> List(const auth::Principal& principal,
                                       const ApprovalFilter& filter,
                                       const PageRequest& page);
    /// NOT_FOUND; PERMISSION_DENIED without approval.read.
    Result<ApprovalRequest> Get(const auth::Principal& principal, ApprovalId id);
    /// Approves (running the kind's handler) or rejects with a reason. PERMISSION_DENIED without
    /// approval.decide; FAILED_PRECONDITION (status: decided) for a decided request;
    /// INVALID_ARGUMENT (reason: required) to reject without a reason; ABORTED when stale.
    Result<ApprovalRequest> Decide(const auth::Principal& principal,
                                   ApprovalId id,
                                   const Decision& decision);
    /// Pending requests, for the home page of those who decide.
    Result<std::int64_t> CountPending(const auth::Principal& principal);

private:
    ApprovalRepository& requests_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
    std::map<std::string, ApprovalHandler*, std::less<>> handlers_;
};

/// The audit snapshot of a request.
audit::Snapshot SnapshotOf(const ApprovalRequest& request);

}  // namespace kefu::approvals
