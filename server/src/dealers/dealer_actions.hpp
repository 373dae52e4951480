// What the dealers capability lets users do, what it audits, and its record rule (R-SEC-2).
#pragma once

#include "audit/audit_record.hpp"
#include "auth/permission.hpp"

namespace kefu::dealers {

namespace actions {
/// List dealers (a dealer's own account sees only its own dealer).
inline constexpr auth::Action kRead{"dealer.read"};
/// Add and edit dealers.
inline constexpr auth::Action kWrite{"dealer.write"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kCreate{"dealer", "create"};
/// The dealer's contacts changed (the snapshot lists them).
inline constexpr audit::AuditEvent kUpdate{"dealer", "update"};
}  // namespace events

/// Record rule: a dealer's account sees only its own dealer's records; internal roles with
/// dealer.read see every dealer (R-SEC-2).
inline bool CanSeeDealer(const auth::Principal& principal, DealerId dealer) {
    if (auth::IsExternal(principal)) return principal.dealer_id == dealer;
    return principal.Can(actions::kRead);
}

}  // namespace kefu::dealers
