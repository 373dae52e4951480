// A rule of another capability that a job's life-cycle event must also pass (e.g. field work:
// no closing while a piece-count incident is unresolved, R-FLD-3).
#pragma once

#include "jobs/job.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::jobs {

/// Consulted inside the event's transaction once the state machine allows the move.
class JobEventGuard {
public:
    virtual ~JobEventGuard() = default;
    /// FAILED_PRECONDITION (naming what is missing) to refuse `event` on `job` as it stands.
    virtual Result<void> Check(Tx& tx, const Job& job, JobEvent event) = 0;
};

}  // namespace kefu::jobs
