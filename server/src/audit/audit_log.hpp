// The audit trail as services use it: record a change, list the trail.
#pragma once

#include <vector>

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

    /// Sets the events the capabilities declared (start-up wiring, before any request). Once
    /// set, recording any other event is refused as INTERNAL, so a typo cannot slip into the
    /// trail unnoticed.
    void SetDeclaredEvents(std::vector<AuditEvent> events) { declared_ = std::move(events); }
    /// The declared events, in declaration order (for the audit page's filters).
    const std::vector<AuditEvent>& declared_events() const { return declared_; }

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
    Result<void> CheckDeclared(const AuditEvent& event) const;
    std::string_view ReadActionOf(const AuditEvent& event) const;
    AuditRepository& repository_;
    TransactionRunner& transactions_;
    const Clock& clock_;
    std::vector<AuditEvent> declared_;
};

}  // namespace kefu::audit
