// What the jobs capability lets users do, and what it audits (R-JOB, R-DSP, R-SEC-2).
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::jobs {

namespace actions {
/// See every job (the head, supervisors who assign, the clerk, leadership).
inline constexpr auth::Action kReadAll{"job.read_all"};
/// See jobs at all: every job with read_all, else one's own: raised (sales), one's dealer's
/// (dealer), one's crews' (installers, drivers). The routes require this one.
inline constexpr auth::Action kRead{"job.read"};
/// Raise a job: a feedback form (sales), a delivery request (dealer), an after-sales notice
/// (clerk), any kind (head).
inline constexpr auth::Action kCreate{"job.create"};
/// Import after-sales notices and work plans in bulk (R-JOB-4).
inline constexpr auth::Action kImport{"job.import"};
/// Assign crew, vehicle, date and window; unschedule (R-DSP-1/2).
inline constexpr auth::Action kAssign{"job.assign"};
/// Move a job through the field states from the office (R-JOB-5).
inline constexpr auth::Action kProgress{"job.progress"};
/// Close an accepted job.
inline constexpr auth::Action kClose{"job.close"};
/// Cancel a job, with a reason.
inline constexpr auth::Action kCancel{"job.cancel"};
/// Record the ETA call and the address confirmation (R-DSP-5).
inline constexpr auth::Action kCall{"job.call"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kCreate{"job", "create"};
inline constexpr audit::AuditEvent kUpdate{"job", "update"};
inline constexpr audit::AuditEvent kAssign{"job", "assign"};
inline constexpr audit::AuditEvent kTransition{"job", "transition"};
inline constexpr audit::AuditEvent kCall{"job", "call"};
inline constexpr audit::AuditEvent kImport{"job", "import"};
inline constexpr audit::AuditEvent kCrewApproved{"job", "crew_approved"};
}  // namespace events

}  // namespace kefu::jobs
