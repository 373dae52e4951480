// The planning assistant's reads on SQL: jobs, sites and products (for the open jobs), vehicles
// and the skills of staff, inside the caller's transaction.
#pragma once

#include "dispatch/plan_repository.hpp"

namespace kefu::dispatch {

/// PlanRepository over SOCI.
class SqlPlanRepository final : public PlanRepository {
public:
    Result<std::vector<OpenJob>> OpenJobs(Tx& tx, Date day) override;
    Result<std::vector<CrewJob>> CrewJobs(Tx& tx, Date day) override;
    Result<std::optional<VehicleCapacity>> Vehicle(Tx& tx, std::int64_t id) override;
    Result<std::vector<std::string>> SkillsOf(Tx& tx, const std::vector<StaffId>& people) override;
};

}  // namespace kefu::dispatch
