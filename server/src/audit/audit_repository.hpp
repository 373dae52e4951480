// Port: where audit rows are appended and read.
#pragma once

#include "audit/audit_record.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::audit {

/// Who made a change; empty for unauthenticated events such as a failed login.
struct Actor {
    std::optional<UserId> user_id;
    std::optional<std::string> username;
};

/// Append-only storage of the audit trail.
class AuditRepository {
public:
    virtual ~AuditRepository() = default;
    /// Appends one row inside the caller's transaction.
    virtual Result<void> Append(Tx& tx,
                                const AuditRecord& record,
                                const Actor& actor,
                                Timestamp at) = 0;
    /// Newest first.
    virtual Result<Page<AuditEntry>> List(Tx& tx,
                                          const AuditFilter& filter,
                                          const PageRequest& page) = 0;
};

}  // namespace kefu::audit
