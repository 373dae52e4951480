// What the staff capability lets users do, and what it writes to the audit trail. The roles
// holding each action are declared in staff_module.cpp.
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::staff {

namespace actions {
/// List and open every staff record.
inline constexpr auth::Action kRead{"staff.read"};
/// Open one's own staff record, eligibility and training (any member of staff).
inline constexpr auth::Action kReadOwn{"staff.read_own"};
/// Add, edit and mark staff as left.
inline constexpr auth::Action kWrite{"staff.write"};
/// Promote one grade when the tenure rule is met (R-ORG-2).
inline constexpr auth::Action kPromote{"staff.promote"};
/// Promote although the rule is not met, with a reason (leadership override, R-ORG-2).
inline constexpr auth::Action kPromoteOverride{"staff.promote_override"};
/// End an internship early for excellent performance (R-ORG-2).
inline constexpr auth::Action kEndInternship{"staff.end_internship"};
/// Read HR data: grade history (R-SEC-2).
inline constexpr auth::Action kHrRead{"staff.hr_read"};
/// Read training topics, records and gaps (R-ORG-3).
inline constexpr auth::Action kTrainingRead{"training.read"};
/// Record training and add topics (R-ORG-3).
inline constexpr auth::Action kTrainingWrite{"training.write"};
/// Read who is on leave when (R-DSP-2: a person on leave is not dispatched).
inline constexpr auth::Action kLeaveRead{"leave.read"};
/// Record and delete leave.
inline constexpr auth::Action kLeaveWrite{"leave.write"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kCreate{"staff", "create"};
inline constexpr audit::AuditEvent kUpdate{"staff", "update"};
inline constexpr audit::AuditEvent kLeave{"staff", "leave"};
// A grade change carries its reason: HR data, read like the grade history itself (R-SEC-2).
inline constexpr audit::AuditEvent kPromote{"staff", "promote", actions::kHrRead.name()};
inline constexpr audit::AuditEvent kEndInternship{
    "staff", "end_internship", actions::kHrRead.name()};
inline constexpr audit::AuditEvent kTrainingRecorded{"training", "create"};
inline constexpr audit::AuditEvent kTopicCreated{"training_topic", "create"};
inline constexpr audit::AuditEvent kLeaveRecorded{"leave_record", "create"};
inline constexpr audit::AuditEvent kLeaveDeleted{"leave_record", "delete"};
}  // namespace events

}  // namespace kefu::staff
