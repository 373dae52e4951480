// What the customers capability lets users do, what it audits, and its record rule for sites
// (R-JOB-1, R-SEC-2). The roles holding each action are declared in customers_module.cpp.
#pragma once

#include "audit/audit_record.hpp"
#include "auth/permission.hpp"

namespace kefu::customers {

namespace actions {
/// List, search and open end customers and their contacts.
inline constexpr auth::Action kRead{"customer.read"};
/// Add and edit end customers and their contacts.
inline constexpr auth::Action kWrite{"customer.write"};
/// Open and list sites (addresses); a dealer's account sees its own dealer's sites only.
inline constexpr auth::Action kSiteRead{"site.read"};
/// Add and edit sites; a dealer's account only for its own dealer.
inline constexpr auth::Action kSiteWrite{"site.write"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kCreate{"customer", "create"};
inline constexpr audit::AuditEvent kUpdate{"customer", "update"};
inline constexpr audit::AuditEvent kSiteCreate{"site", "create"};
inline constexpr audit::AuditEvent kSiteUpdate{"site", "update"};
}  // namespace events

}  // namespace kefu::customers
