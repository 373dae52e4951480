// The rules of who may go on a job (R-DSP-1/2) and of the crew-size gate (R-JOB-3). Pure: the
// service gathers the facts, these functions judge them, all clashes at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "jobs/job.hpp"
#include "platform/error.hpp"

namespace kefu::jobs {

/// What the rules need to know about one person on the assignment.
struct PersonFacts {
    StaffId id;
    std::string name;
    bool installer = false;  ///< supervisor or technician: may lead a crew
    bool intern = false;
    bool driver = false;    ///< holds the driver function
    bool active = true;     ///< false when the member has left
    bool on_leave = false;  ///< on leave on the assignment's date
};

/// What the rules need to know about the vehicle.
struct VehicleFacts {
    std::int64_t id = 0;
    std::string plate;
    bool in_service = true;  ///< false in maintenance or retired
    std::string status;      ///< its status name, for the message
    std::int64_t volume_l = 0;
    std::int64_t payload_kg = 0;
};

/// Another job of the same day that holds a person or the vehicle.
struct BusySlot {
    std::string job_number;
    TimeWindow window;
    std::optional<StaffId> person;           ///< the person it holds, or
    std::optional<std::int64_t> vehicle_id;  ///< the vehicle it holds
    std::int64_t job_id = 0;                 ///< the job holding it
};

/// Everything an assignment is judged on.
struct AssignmentFacts {
    std::vector<PersonFacts> people;  ///< everyone named in the assignment
    std::optional<VehicleFacts> vehicle;
    std::vector<BusySlot> busy;  ///< the other jobs of that day of these people and vehicle
    int crew_needed = 1;
    std::int64_t load_volume_l = 0;
    std::int64_t load_weight_g = 0;
};

/// FAILED_PRECONDITION naming every clash, all at once, or OK. Violations: lead (not_installer),
/// crew (intern_without_lead, too_few), <field> (staff_left, on_leave, busy — detail: the name and
/// the other job), driver (not_driver), vehicleId (not_in_service, busy, over_volume,
/// over_weight), window (invalid).
Result<void> CheckAssignment(const Assignment& assignment, const AssignmentFacts& facts);

/// The people a job needs: the most any item needs, or what the requester asked for when more.
int CrewNeeded(const std::vector<int>& installers_per_item, std::optional<int> requested);

/// The crew-size gate (R-JOB-3): a dealer's job needs leadership's approval when its crew, or
/// the dealer's whole work of that day including it, needs more people than `limit` (the policy
/// value in force on the job's date).
bool NeedsCrewApproval(JobKind kind, int crew_size, int dealer_day_people, int limit);

}  // namespace kefu::jobs
