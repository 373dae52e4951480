// What the expenses capability lets users do, and what it audits (R-EXP-1..7).
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::expenses {

namespace actions {
/// See claims at all: one's own, or every claim with read_all. The routes require this one.
inline constexpr auth::Action kRead{"expense.read"};
/// See every claim (the head, finance, leadership).
inline constexpr auth::Action kReadAll{"expense.read_all"};
/// Submit one's own claim and fix its lines while it waits for the head.
inline constexpr auth::Action kClaim{"expense.claim"};
/// Approve or reject a submitted claim or one of its lines (the head).
inline constexpr auth::Action kApprove{"expense.approve"};
/// Pay or reject a head-approved claim or one of its lines; export for finance.
inline constexpr auth::Action kPay{"expense.pay"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kSubmit{"expense_claim", "submit"};
inline constexpr audit::AuditEvent kAddLine{"expense_claim", "add_line"};
inline constexpr audit::AuditEvent kRemoveLine{"expense_claim", "remove_line"};
inline constexpr audit::AuditEvent kAddReceipt{"expense_claim", "add_receipt"};
inline constexpr audit::AuditEvent kRemoveReceipt{"expense_claim", "remove_receipt"};
inline constexpr audit::AuditEvent kRequestApproval{"expense_claim", "request_approval"};
inline constexpr audit::AuditEvent kApprovalDecided{"expense_claim", "approval_decided"};
inline constexpr audit::AuditEvent kRejectLine{"expense_claim", "reject_line"};
inline constexpr audit::AuditEvent kTransition{"expense_claim", "transition"};
}  // namespace events

}  // namespace kefu::expenses
