// An incident of field work the head must resolve before the job can close (R-FLD-3): the pieces
// unloaded on arrival are not the pieces loaded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "field/piece_count.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/strong_id.hpp"

namespace kefu::field {

/// What went wrong.
enum class IncidentKind { kCountMismatch };

inline constexpr auto kIncidentKindNames =
    MakeEnumNames<IncidentKind>({{IncidentKind::kCountMismatch, "count_mismatch"}});

/// An incident as stored; open until resolved_at is set.
struct Incident {
    std::int64_t id = 0;
    std::int64_t job_id = 0;
    std::string job_number;  ///< read with it, for the head's list
    IncidentKind kind = IncidentKind::kCountMismatch;
    std::string record_id;  ///< the record that raised it
    std::vector<CountDifference> differences;
    Timestamp raised_at;
    std::optional<Timestamp> resolved_at;
    std::string resolved_by_name;
    std::string resolution;  ///< what the head decided (found in the van, re-delivered …)
    int version = 1;

    bool open() const { return !resolved_at.has_value(); }
};

}  // namespace kefu::field
