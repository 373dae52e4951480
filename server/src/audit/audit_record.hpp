// What the audit trail stores: who did what to which entity, with before/after values (R-SEC-3).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "platform/date.hpp"
#include "platform/strong_id.hpp"

namespace kefu::audit {

/// One value in a snapshot; the SQL adapter stores snapshots as JSON objects.
using FieldValue =
    std::variant<std::monostate, bool, std::int64_t, std::string, std::vector<std::string>>;

/// A named value of an entity at one moment.
struct Field {
    std::string name;
    FieldValue value;
};

/// The state of an entity, field by field (camelCase names, as the API shows them).
using Snapshot = std::vector<Field>;

/// A kind of audited change: the entity type and what happened to it (e.g. staff / leave).
/// Each capability declares its events as constants; recording an undeclared one is refused.
struct AuditEvent {
    std::string_view entity;
    std::string_view action;
    /// The action a reader needs besides audit.read, when entries of this event are as
    /// sensitive as the data they describe (e.g. staff.hr_read for a promotion's reason).
    std::string_view read_action = {};
    constexpr bool operator==(const AuditEvent& other) const {
        return entity == other.entity && action == other.action;
    }
};

/// A change to record, written in the same transaction as the change itself.
struct AuditRecord {
    AuditEvent event;
    std::string entity_id;  ///< the entity's id as text
    std::optional<Snapshot> before;
    std::optional<Snapshot> after;
};

/// A stored audit row; before/after are the JSON text the adapter wrote.
struct AuditEntry {
    std::int64_t id = 0;
    Timestamp at;
    std::optional<UserId> user_id;
    std::optional<std::string> username;
    std::optional<std::string> display_name;  ///< the account's name today, when it still exists
    std::string entity;
    std::string entity_id;
    std::string action;
    std::optional<std::string> before_json;
    std::optional<std::string> after_json;
};

/// Filters of the audit page; every field is optional. Dates are China calendar days.
struct AuditFilter {
    std::optional<std::string> entity;
    std::optional<std::string> action;
    std::optional<std::string> entity_id;
    std::optional<UserId> user_id;
    std::optional<Date> from;
    std::optional<Date> to;
    /// The read actions the reader holds (AuditEvent::read_action); entries restricted to any
    /// other are left out. Set by the service, never by the client.
    std::vector<std::string> readable_restrictions;
};

}  // namespace kefu::audit
