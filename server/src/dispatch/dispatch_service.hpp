// Use cases of dispatch: the planning assistant's proposal for a day (R-DSP-4).
#pragma once

#include <vector>

#include "auth/permission.hpp"
#include "dispatch/day_plan.hpp"
#include "dispatch/plan_repository.hpp"
#include "platform/clock.hpp"
#include "platform/strong_id.hpp"
#include "policy/policy_service.hpp"

namespace kefu::dispatch {

/// A crew the head forms for the day: its lead, the other members and the vehicle they take.
struct CrewInput {
    StaffId lead;
    std::vector<StaffId> members;
    std::int64_t vehicle_id = 0;
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
};

class DispatchService {
public:
    DispatchService(PlanRepository& plans,
                    TransactionRunner& transactions,
                    policy::PolicyReader& policy,
                    const Clock& clock)
        : plans_(plans), transactions_(transactions), policy_(policy), clock_(clock) {}

    /// Proposes crews, order and arrival times for the open jobs of a day. PERMISSION_DENIED
    /// without dispatch.plan; INVALID_ARGUMENT with every violation: date in_past;
    /// crews[i].vehicleId not_found, not_in_service or duplicate; crews[i].leadId or
    /// crews[i].memberIds[j] duplicate (one person in two places); timeLimitSeconds
    /// out_of_range. Reads only: nothing is scheduled until the head accepts.
    Result<DayProposal> Propose(const auth::Principal& principal, const ProposeInput& input);

private:
    /// The policy numbers in force on `day`.
    Result<PlanSettings> SettingsOn(Tx& tx, Date day);

    PlanRepository& plans_;
    TransactionRunner& transactions_;
    policy::PolicyReader& policy_;
    const Clock& clock_;
};

}  // namespace kefu::dispatch
