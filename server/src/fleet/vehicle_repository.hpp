// Port: storage of vehicles.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "fleet/vehicle.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::fleet {

/// Filters of the vehicle list; empty fields match everything.
struct VehicleFilter {
    std::string query;  ///< part of the plate or the model
    std::optional<VehicleStatus> status;
};

/// Vehicles.
class VehicleRepository {
public:
    virtual ~VehicleRepository() = default;
    virtual Result<std::optional<Vehicle>> FindById(Tx& tx, VehicleId id) = 0;
    /// By canonical plate (see NormalizePlate).
    virtual Result<std::optional<Vehicle>> FindByPlate(Tx& tx, std::string_view plate) = 0;
    /// By plate.
    virtual Result<Page<Vehicle>> List(Tx& tx,
                                       const VehicleFilter& filter,
                                       const PageRequest& page) = 0;
    /// ALREADY_EXISTS {plate, duplicate} when the plate is taken.
    virtual Result<Vehicle> Insert(Tx& tx, const Vehicle& vehicle, Timestamp at) = 0;
    /// Writes every field if the version is still `vehicle.version` (ABORTED otherwise);
    /// returns the stored vehicle (version + 1).
    virtual Result<Vehicle> Update(Tx& tx, const Vehicle& vehicle, Timestamp at) = 0;
};

}  // namespace kefu::fleet
