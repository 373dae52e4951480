// The audit trail on SQL (SQLite or PostgreSQL).
#pragma once

#include "audit/audit_repository.hpp"

namespace kefu::audit {

/// AuditRepository over SOCI; before/after snapshots are stored as JSON text.
class SqlAuditRepository final : public AuditRepository {
public:
    Result<void> Append(Tx& tx,
                        const AuditRecord& record,
                        const Actor& actor,
                        Timestamp at) override;
    Result<Page<AuditEntry>> List(Tx& tx,
                                  const AuditFilter& filter,
                                  const PageRequest& page) override;
};

}  // namespace kefu::audit
