// Vehicles on SQL.
#pragma once

#include "fleet/vehicle_repository.hpp"

namespace kefu::fleet {

/// VehicleRepository over SOCI.
class SqlVehicleRepository final : public VehicleRepository {
public:
    Result<std::optional<Vehicle>> FindById(Tx& tx, VehicleId id) override;
    Result<std::optional<Vehicle>> FindByPlate(Tx& tx, std::string_view plate) override;
    Result<Page<Vehicle>> List(Tx& tx,
                               const VehicleFilter& filter,
                               const PageRequest& page) override;
    Result<Vehicle> Insert(Tx& tx, const Vehicle& vehicle, Timestamp at) override;
    Result<Vehicle> Update(Tx& tx, const Vehicle& vehicle, Timestamp at) override;
};

}  // namespace kefu::fleet
