// The audit trail as services use it: record a change, list the trail.
#pragma once

#include "audit/audit_repository.hpp"
#include "auth/permission.hpp"
#include "platform/clock.hpp"

namespace kefu::audit {

/// Writes and reads the audit trail. Writers call Record inside their own transaction so the
/// change and its audit row commit (or roll back) together.
class AuditLog {
public:
    AuditLog(AuditRepository& repository, TransactionRunner& transactions, const Clock& clock)
        : repository_(repository), transactions_(transactions), clock_(clock) {}

    /// Appends a row for a change made by `actor`.
    Result<void> Record(Tx& tx, const auth::Principal& actor, AuditRecord record);
    /// Appends a row for an event without a logged-in user (e.g. a failed login).
    Result<void> RecordAnonymous(Tx& tx, AuditRecord record);
    /// The trail, newest first. PERMISSION_DENIED without audit.read; INVALID_ARGUMENT when
    /// `from` is after `to`.
    Result<Page<AuditEntry>> List(const auth::Principal& principal,
                                  const AuditFilter& filter,
                                  const PageRequest& page);

private:
    AuditRepository& repository_;
    TransactionRunner& transactions_;
    const Clock& clock_;
};

}  // namespace kefu::audit
