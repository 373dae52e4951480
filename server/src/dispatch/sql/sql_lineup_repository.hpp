// The day's line-up on SQL: dispatch_lineups and its crews and members (migration 0023).
#pragma once

#include "dispatch/lineup_repository.hpp"

namespace kefu::dispatch {

/// LineupRepository over SOCI.
class SqlLineupRepository final : public LineupRepository {
public:
    Result<std::optional<DayLineup>> Find(Tx& tx, Date day) override;
    Result<void> Replace(Tx& tx, const DayLineup& lineup) override;
};

}  // namespace kefu::dispatch
