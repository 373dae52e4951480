// What the approvals capability lets users do, and what it audits.
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::approvals {

namespace actions {
/// See the inbox of requests and their decisions.
inline constexpr auth::Action kRead{"approval.read"};
/// Approve or reject a request (leadership: 主管领导 approves exceptions).
inline constexpr auth::Action kDecide{"approval.decide"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kRequest{"approval", "request"};
inline constexpr audit::AuditEvent kApprove{"approval", "approve"};
inline constexpr audit::AuditEvent kReject{"approval", "reject"};
}  // namespace events

}  // namespace kefu::approvals
