#include "audit/audit_log.hpp"

#include <fmt/core.h>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "audit/audit_actions.hpp"

namespace kefu::audit {

Result<void> AuditLog::CheckDeclared(const AuditEvent& event) const {
    if (declared_.empty() || std::ranges::find(declared_, event) != declared_.end()) return {};
    spdlog::error("undeclared audit event {}/{}", event.entity, event.action);
    return Fail(Error::Internal(
        fmt::format("the audit event {}/{} is not declared", event.entity, event.action)));
}

std::string_view AuditLog::ReadActionOf(const AuditEvent& event) const {
    // The declaration decides, whatever the recording call site passed.
    auto it = std::ranges::find(declared_, event);
    return it == declared_.end() ? event.read_action : it->read_action;
}

Result<void> AuditLog::Record(Tx& tx, const auth::Principal& actor, AuditRecord record) {
    KEFU_TRY(CheckDeclared(record.event));
    record.event.read_action = ReadActionOf(record.event);
    Actor who;
    if (actor.user_id.valid()) who.user_id = actor.user_id;
    who.username = actor.username;
    return repository_.Append(tx, record, who, clock_.Now());
}

Result<void> AuditLog::RecordAnonymous(Tx& tx, AuditRecord record) {
    KEFU_TRY(CheckDeclared(record.event));
    record.event.read_action = ReadActionOf(record.event);
    return repository_.Append(tx, record, Actor{}, clock_.Now());
}

Result<Page<AuditEntry>> AuditLog::List(const auth::Principal& principal,
                                        const AuditFilter& filter,
                                        const PageRequest& page) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    if (filter.from && filter.to && *filter.from > *filter.to) {
        return Fail(Error::InvalidArgument("from is after to", {{"from", "after_to"}}));
    }
    // An entry is as sensitive as its data: the reader also needs its event's read action.
    AuditFilter scoped = filter;
    scoped.readable_restrictions.clear();
    for (const AuditEvent& e : declared_) {
        if (!e.read_action.empty() && principal.Can(auth::Action(e.read_action))) {
            scoped.readable_restrictions.emplace_back(e.read_action);
        }
    }
    return transactions_.Run<Page<AuditEntry>>(
        TxMode::kRead, [&](Tx& tx) { return repository_.List(tx, scoped, page); });
}

}  // namespace kefu::audit
