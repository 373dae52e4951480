// Serializes audit snapshots to the JSON text stored in audit_log.before_json/after_json.
#pragma once

#include <string>

#include "audit/audit_record.hpp"

namespace kefu::audit {

/// A JSON object with one member per field, in field order.
std::string SnapshotToJson(const Snapshot& snapshot);

}  // namespace kefu::audit
