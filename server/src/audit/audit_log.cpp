#include "audit/audit_log.hpp"

namespace kefu::audit {

Result<void> AuditLog::Record(Tx& tx, const auth::Principal& actor, AuditRecord record) {
    Actor who;
    if (actor.user_id.valid()) who.user_id = actor.user_id;
    who.username = actor.username;
    return repository_.Append(tx, record, who, clock_.Now());
}

Result<void> AuditLog::RecordAnonymous(Tx& tx, AuditRecord record) {
    return repository_.Append(tx, record, Actor{}, clock_.Now());
}

Result<Page<AuditEntry>> AuditLog::List(const auth::Principal& principal,
                                        const AuditFilter& filter,
                                        const PageRequest& page) {
    KEFU_TRY(auth::Require(principal, auth::Action::kAuditRead));
    if (filter.from && filter.to && *filter.from > *filter.to) {
        return Fail(Error::InvalidArgument("from is after to", {{"from", "after_to"}}));
    }
    return transactions_.Run<Page<AuditEntry>>(
        TxMode::kRead, [&](Tx& tx) { return repository_.List(tx, filter, page); });
}

}  // namespace kefu::audit
