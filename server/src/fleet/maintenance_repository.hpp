// Port: storage of due items and maintenance records.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "fleet/maintenance.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::fleet {

/// Due items and maintenance records of the vehicles.
class MaintenanceRepository {
public:
    virtual ~MaintenanceRepository() = default;
    /// All vehicles' due items, or only this vehicle's; by plate, then kind.
    virtual Result<std::vector<DueItem>> DueItems(Tx& tx, std::optional<VehicleId> vehicle) = 0;
    /// Sets the vehicle's due item of the item's kind (creates it if none).
    virtual Result<void> PutDueItem(Tx& tx, const DueItem& item) = 0;
    /// The vehicle's records, newest first.
    virtual Result<std::vector<MaintenanceRecord>> Records(Tx& tx, VehicleId vehicle) = 0;
    /// Stores one; returns it with its id.
    virtual Result<MaintenanceRecord> InsertRecord(Tx& tx, const MaintenanceRecord& record) = 0;
    /// Each vehicle's current km: the largest odometer reading in its trip logs.
    virtual Result<std::map<std::int64_t, std::int64_t>> CurrentKm(Tx& tx) = 0;
};

}  // namespace kefu::fleet
