// What the product catalogue lets users do and what it writes to the audit trail. The roles
// holding each action are declared in catalog_module.cpp.
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::catalog {

namespace actions {
/// Read the catalogue: everyone who enters, plans, loads or installs job items (R-JOB-1).
inline constexpr auth::Action kRead{"product.read"};
/// Add, edit, deactivate and import products.
inline constexpr auth::Action kWrite{"product.write"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kCreate{"product", "create"};
inline constexpr audit::AuditEvent kUpdate{"product", "update"};
inline constexpr audit::AuditEvent kWarrantySet{"series_warranty", "create"};
}  // namespace events

}  // namespace kefu::catalog
