// HTTP route of the audit trail page.
#pragma once

#include "audit/audit_log.hpp"
#include "http/router.hpp"

namespace kefu::audit {

/// Registers GET /api/v1/audit.
void RegisterAuditRoutes(http::Router& router, AuditLog& audit);

}  // namespace kefu::audit
