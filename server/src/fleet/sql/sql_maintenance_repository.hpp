// Due items and maintenance records on SQL.
#pragma once

#include "fleet/maintenance_repository.hpp"

namespace kefu::fleet {

/// MaintenanceRepository over SOCI.
class SqlMaintenanceRepository final : public MaintenanceRepository {
public:
    Result<std::vector<DueItem>> DueItems(Tx& tx, std::optional<VehicleId> vehicle) override;
    Result<void> PutDueItem(Tx& tx, const DueItem& item) override;
    Result<std::vector<MaintenanceRecord>> Records(Tx& tx, VehicleId vehicle) override;
    Result<MaintenanceRecord> InsertRecord(Tx& tx, const MaintenanceRecord& record) override;
    Result<std::map<std::int64_t, std::int64_t>> CurrentKm(Tx& tx) override;
};

}  // namespace kefu::fleet
