// Use cases of dispatch: the planning assistant's proposal for a day (R-DSP-4).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/permission.hpp"
#include "dispatch/day_plan.hpp"
#include "dispatch/plan_repository.hpp"
#include "jobs/job_service.hpp"
#include "platform/clock.hpp"
#include "platform/strong_id.hpp"
#include "policy/policy_service.hpp"

namespace kefu::dispatch {

/// A crew the head forms for the day: its lead, the other members, the vehicle they take and
/// who drives it.
struct CrewInput {
    StaffId lead;
    std::vector<StaffId> members;
    std::int64_t vehicle_id = 0;
    std::optional<StaffId> driver;
};

/// A request for a proposal, as the API receives it.
struct ProposeInput {
    Date date;
    std::vector<CrewInput> crews;
    double time_limit_seconds = 2.0;  ///< the planner's budget
};

/// The limits of the planner's budget a caller may ask for, in seconds.
inline constexpr double kMinTimeLimit = 0.1;
inline constexpr double kMaxTimeLimit = 30.0;

/// A proposal with the jobs and crews it is about.
struct DayProposal {
    Date date;
    std::vector<CrewInput> crews;
    std::vector<OpenJob> jobs;  ///< every open job of the day, planned or not
    Proposal proposal;
    planner::Coordinates depot;  ///< the factory, where the routes start and end (for the map)
};

/// One job of an accepted route, with the version the head saw.
struct AcceptedJob {
    std::int64_t job_id = 0;
    int version = 0;
};

/// A plan the head accepts (the whole proposal, part of it, or edited on the board): per crew the
/// jobs in visiting order.
struct AcceptInput {
    Date date;
    std::vector<CrewInput> crews;
    std::vector<std::vector<AcceptedJob>> routes;  ///< routes[i] is crews[i]'s
};

/// What accepting did: the jobs as scheduled, with the checked plan (its arrival times).
struct AcceptedPlan {
    std::vector<jobs::Job> jobs;
    Proposal plan;
};

class DispatchService {
public:
    /// `travel`, when given, replaces the straight-line model in every proposal and accepted
    /// plan (PlanSettings::travel); it must outlive the service.
    DispatchService(PlanRepository& plans,
                    TransactionRunner& transactions,
                    policy::PolicyReader& policy,
                    jobs::JobService& jobs,
                    const Clock& clock,
                    const planner::MatrixProvider* travel = nullptr)
        : plans_(plans),
          transactions_(transactions),
          policy_(policy),
          jobs_(jobs),
          clock_(clock),
          travel_(travel) {}

    /// Proposes crews, order and arrival times for the open jobs of a day. PERMISSION_DENIED
    /// without dispatch.plan; INVALID_ARGUMENT with every violation: date in_past;
    /// crews[i].vehicleId not_found, not_in_service or duplicate; crews[i].leadId or
    /// crews[i].memberIds[j] duplicate (one person in two places); timeLimitMs
    /// out_of_range. Reads only: nothing is scheduled until the head accepts.
    Result<DayProposal> Propose(const auth::Principal& principal, const ProposeInput& input);

    /// Schedules an accepted plan, all or nothing (R-DSP-4): the independent checker replays it
    /// against the jobs' real windows, the vehicles' capacity, skills, the crew-size gate and the
    /// working day; each job is then assigned with the checks of an assignment, its window
    /// starting at the arrival time. INVALID_ARGUMENT naming routes[i].jobs[k] (CheckPlan's
    /// reasons) and the crews as Propose does; ABORTED when a job changed since the proposal;
    /// an assignment's own refusal with its fields under assignments[n].
    Result<AcceptedPlan> Accept(const auth::Principal& principal, const AcceptInput& input);

private:
    /// The jobs, crews and policy of a day, read in one transaction.
    struct DayFacts {
        std::vector<OpenJob> jobs;
        std::vector<PlanCrew> crews;
        PlanSettings settings;
    };
    /// Reads the facts; INVALID_ARGUMENT with `violations` plus the crews' own, each named by
    /// `crew_field(i)` + ".vehicleId" and so on.
    Result<DayFacts> LoadDay(Date date,
                             const std::vector<CrewInput>& crews,
                             const std::function<std::string(std::size_t)>& crew_field,
                             std::vector<FieldViolation> violations);
    /// The policy numbers in force on `day`.
    Result<PlanSettings> SettingsOn(Tx& tx, Date day);
    /// The longest stretch of the working day (overtime included) in which nobody of the crew
    /// and not its vehicle has another job: the proposal plans around assignments already made.
    Result<Stretch> FreeStretchOf(Tx& tx,
                                  Date date,
                                  const CrewInput& crew,
                                  const PlanSettings& settings);

    PlanRepository& plans_;
    TransactionRunner& transactions_;
    policy::PolicyReader& policy_;
    jobs::JobService& jobs_;
    const Clock& clock_;
    const planner::MatrixProvider* travel_;
};

}  // namespace kefu::dispatch
