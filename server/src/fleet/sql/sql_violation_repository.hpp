// Violations and damage on SQL.
#pragma once

#include "fleet/violation_repository.hpp"

namespace kefu::fleet {

/// ViolationRepository over SOCI.
class SqlViolationRepository final : public ViolationRepository {
public:
    Result<std::vector<Violation>> List(Tx& tx, std::optional<VehicleId> vehicle) override;
    Result<Violation> Insert(Tx& tx, const Violation& violation) override;
};

}  // namespace kefu::fleet
