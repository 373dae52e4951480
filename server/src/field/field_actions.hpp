// What the field capability lets users do and what it audits. The roles holding each action are
// declared in field_module.cpp.
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::field {

namespace actions {
/// Record the steps of one's own jobs from the phone (R-FLD-1..4, R-FLD-10).
inline constexpr auth::Action kRecord{"field.record"};
/// Read the field records, incidents and conflicts of the jobs one may see.
inline constexpr auth::Action kRead{"field.read"};
/// The office's lists: open incidents and records kept as conflicts, of every job.
inline constexpr auth::Action kOversee{"field.oversee"};
/// Resolve an incident so the job may close (R-FLD-3).
inline constexpr auth::Action kResolve{"field.resolve"};
/// Raise a rework with its committed date and record the apology call (R-FLD-8).
inline constexpr auth::Action kRework{"field.rework"};
/// List goods back at the factory and record their repacking check (R-FLD-9).
inline constexpr auth::Action kReturnCheck{"field.return_check"};
/// Charge the loss of a badly repacked return to a staff member (R-FLD-9).
inline constexpr auth::Action kCharge{"field.charge"};
/// See the charges: the head, finance and leadership only (R-FLD-9).
inline constexpr auth::Action kChargeRead{"field.charge_read"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kRecord{"field_record", "create"};
inline constexpr audit::AuditEvent kIncidentRaise{"field_incident", "create"};
inline constexpr audit::AuditEvent kIncidentResolve{"field_incident", "resolve"};
inline constexpr audit::AuditEvent kPhoto{"field_photo", "create"};
inline constexpr audit::AuditEvent kDocumentSign{"field_document", "sign"};
inline constexpr audit::AuditEvent kDocumentCorrect{"field_document", "correct"};
inline constexpr audit::AuditEvent kDocumentCopy{"field_document", "copy"};
inline constexpr audit::AuditEvent kReworkCreate{"field_rework", "create"};
inline constexpr audit::AuditEvent kReworkApology{"field_rework", "apology"};
inline constexpr audit::AuditEvent kReturnCheck{"field_return", "check"};
/// Its entries are as sensitive as the charge itself: only field.charge_read reads them.
inline constexpr audit::AuditEvent kCharge{"field_charge", "create", actions::kChargeRead.name()};
inline constexpr audit::AuditEvent kChargeWithdrawn{
    "field_charge", "withdraw", actions::kChargeRead.name()};
}  // namespace events

}  // namespace kefu::field
