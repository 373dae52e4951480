// The storage port of the day's line-up: the crews the head formed for a day (R-DSP-3).
#pragma once

#include <optional>

#include "dispatch/lineup.hpp"
#include "platform/transaction.hpp"

namespace kefu::dispatch {

class LineupRepository {
public:
    virtual ~LineupRepository() = default;
    /// The line-up saved for `day`, crews in the order they were formed; nothing when none was.
    virtual Result<std::optional<DayLineup>> Find(Tx& tx, Date day) = 0;
    /// Replaces the line-up of `lineup.day` with `lineup` (its crews, saved_by_name, saved_at),
    /// whose version the caller has read as `lineup.version` (0: none yet). ABORTED when another
    /// save came first.
    virtual Result<void> Replace(Tx& tx, const DayLineup& lineup) = 0;
};

}  // namespace kefu::dispatch
