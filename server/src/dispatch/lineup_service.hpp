// Use cases of the day's line-up (R-DSP-3): the head forms the crews of a day once, and the
// board, the planning assistant and a re-plan start from them.
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "dispatch/lineup_repository.hpp"
#include "jobs/job_service.hpp"
#include "platform/clock.hpp"

namespace kefu::dispatch {

/// A line-up as the API receives it: the version read (0: none yet) and the crews, in order.
struct LineupInput {
    Date date;
    int version = 0;
    std::vector<CrewInput> crews;
};

/// The line-up service.
class LineupService {
public:
    LineupService(LineupRepository& lineups,
                  TransactionRunner& transactions,
                  jobs::JobService& jobs,
                  audit::AuditLog& audit,
                  const Clock& clock)
        : lineups_(lineups),
          transactions_(transactions),
          jobs_(jobs),
          audit_(audit),
          clock_(clock) {}

    /// The line-up of `date`; version 0 and no crews when none was saved. PERMISSION_DENIED
    /// without dispatch.plan.
    Result<DayLineup> Get(const auth::Principal& principal, Date date);

    /// Replaces the line-up of a day, audited. PERMISSION_DENIED without dispatch.plan;
    /// INVALID_ARGUMENT: date in_past, crews[i].leadId / memberIds[j] / driverId / vehicleId
    /// duplicate; FAILED_PRECONDITION naming every crew's clash as an assignment would, under
    /// crews[i].leadId (not_installer, staff_left, on_leave, invalid_value), crews[i]
    /// (intern_without_lead), crews[i].memberIds[j], crews[i].driverId (not_driver …),
    /// crews[i].vehicleId (not_in_service, invalid_value); ABORTED when someone saved the day since
    /// `version`.
    Result<DayLineup> Save(const auth::Principal& principal, const LineupInput& input);

    /// Replaces the line-ups of several days (a crew formed for a week) all or nothing, each
    /// judged as Save judges it, every day's violations at once under days[k]. (date duplicate
    /// when a day comes twice, days required when none); ABORTED naming the first day someone
    /// saved since (days[k].version stale_version).
    Result<std::vector<DayLineup>> SaveDays(const auth::Principal& principal,
                                            const std::vector<LineupInput>& days);

private:
    /// Save's writes inside `tx`, once its input passed InputViolations.
    Result<DayLineup> SaveIn(Tx& tx, const auth::Principal& principal, const LineupInput& input);

    LineupRepository& lineups_;
    TransactionRunner& transactions_;
    jobs::JobService& jobs_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::dispatch
