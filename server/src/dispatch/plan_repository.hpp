// The storage port of the planning assistant: the open jobs of a day, the vehicles crews take and
// the skills of their people.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dispatch/day_plan.hpp"
#include "jobs/job_status.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"
#include "platform/transaction.hpp"

namespace kefu::dispatch {

/// A vehicle as the assistant sees it.
struct VehicleCapacity {
    std::int64_t volume_l = 0;
    std::int64_t payload_kg = 0;
    bool in_service = false;
};

/// An open job with what the proposal shows of it besides the plan.
struct OpenJob {
    PlanJob plan;
    std::string number;  ///< e.g. KF-2026-000123
    int version = 0;     ///< for the head's later assignment
};

/// A crew for the day: its lead, the other members, the vehicle they take and who drives it.
struct CrewInput {
    StaffId lead;
    std::vector<StaffId> members;
    std::int64_t vehicle_id = 0;
    std::optional<StaffId> driver;
    int delay_minutes = 0;  ///< a re-plan: how late the crew runs behind its plan
};

/// A job of the day that already has its crew: scheduled, or further along.
struct CrewJob {
    OpenJob job;  ///< its plan facts: the customer's window, the site, minutes and skills
    jobs::JobStatus status = jobs::JobStatus::kScheduled;
    CrewInput crew;  ///< as assigned (no delay)
    int start = 0;   ///< the scheduled window, minutes after midnight
    int end = 0;
};

class PlanRepository {
public:
    virtual ~PlanRepository() = default;
    /// The jobs of `day` waiting for a crew: new, and not waiting for leadership's decision on
    /// their crew size; with the site's point, the items' install minutes and skills. By id.
    virtual Result<std::vector<OpenJob>> OpenJobs(Tx& tx, Date day) = 0;
    /// The jobs of `day` that hold a crew (any state but cancelled), with their crews, by
    /// scheduled start, then id.
    virtual Result<std::vector<CrewJob>> CrewJobs(Tx& tx, Date day) = 0;
    /// A vehicle's capacity and status, or nothing when there is no such vehicle.
    virtual Result<std::optional<VehicleCapacity>> Vehicle(Tx& tx, std::int64_t id) = 0;
    /// The distinct skills any of `people` holds (a crew's are those of its lead and members),
    /// sorted; none for no people. Unknown ids hold none.
    virtual Result<std::vector<std::string>> SkillsOf(Tx& tx,
                                                      const std::vector<StaffId>& people) = 0;
};

}  // namespace kefu::dispatch
