// Port: storage of violations and damage.
#pragma once

#include <optional>
#include <vector>

#include "fleet/violation.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::fleet {

/// Violations and damage.
class ViolationRepository {
public:
    virtual ~ViolationRepository() = default;
    /// Newest first; only the vehicle's when `vehicle` is set.
    virtual Result<std::vector<Violation>> List(Tx& tx, std::optional<VehicleId> vehicle) = 0;
    /// Stores one; returns it with its id.
    virtual Result<Violation> Insert(Tx& tx, const Violation& violation) = 0;
};

}  // namespace kefu::fleet
