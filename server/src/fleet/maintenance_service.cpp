#include "fleet/maintenance_service.hpp"

#include <algorithm>

#include "fleet/fleet_actions.hpp"

namespace kefu::fleet {
namespace {

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid maintenance record", std::move(violations)));
}

audit::Snapshot SnapshotOf(const MaintenanceRecord& r) {
    audit::Snapshot s{{"vehicleId", r.vehicle_id.value()},
                      {"kind", std::string(kMaintenanceKindNames.Name(r.kind))},
                      {"doneOn", r.done_on.ToString()},
                      {"odometerKm", r.odometer_km},
                      {"costFen", r.cost.fen()},
                      {"notes", r.notes}};
    if (r.next_due_on) s.push_back({"nextDueOn", r.next_due_on->ToString()});
    if (r.next_due_km) s.push_back({"nextDueKm", *r.next_due_km});
    return s;
}

}  // namespace

Result<std::vector<DueReminder>> MaintenanceService::Classified(Tx& tx,
                                                                std::optional<VehicleId> vehicle) {
    const Date today = clock_.Today();
    DueSoonPolicy soon;
    KEFU_ASSIGN_OR_RETURN(soon.days, policy_.ValueOn(tx, policy_keys::kMaintenanceSoonDays, today));
    KEFU_ASSIGN_OR_RETURN(soon.km, policy_.ValueOn(tx, policy_keys::kMaintenanceSoonKm, today));
    KEFU_ASSIGN_OR_RETURN(auto items, maintenance_.DueItems(tx, vehicle));
    KEFU_ASSIGN_OR_RETURN(auto km, maintenance_.CurrentKm(tx));
    std::vector<DueReminder> out;
    for (DueItem& item : items) {
        DueReminder r;
        if (auto it = km.find(item.vehicle_id.value()); it != km.end()) r.current_km = it->second;
        r.status = ClassifyDue(item, today, r.current_km, soon);
        r.item = std::move(item);
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::vector<DueReminder>> MaintenanceService::Reminders(const auth::Principal& principal) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<std::vector<DueReminder>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<DueReminder>> {
            KEFU_ASSIGN_OR_RETURN(auto all, Classified(tx, std::nullopt));
            std::erase_if(all, [](const DueReminder& r) { return r.status == DueStatus::kNotDue; });
            // Overdue first; the order of the plates otherwise (stable).
            std::stable_sort(
                all.begin(), all.end(), [](const DueReminder& a, const DueReminder& b) {
                    return a.status == DueStatus::kOverdue && b.status != DueStatus::kOverdue;
                });
            return all;
        });
}

Result<VehicleMaintenance> MaintenanceService::OfVehicle(const auth::Principal& principal,
                                                         VehicleId vehicle) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<VehicleMaintenance>(
        TxMode::kRead, [&](Tx& tx) -> Result<VehicleMaintenance> {
            KEFU_ASSIGN_OR_RETURN(auto found, vehicles_.FindById(tx, vehicle));
            if (!found) return Fail(Error::NotFound("no such vehicle"));
            VehicleMaintenance out;
            KEFU_ASSIGN_OR_RETURN(out.due, Classified(tx, vehicle));
            KEFU_ASSIGN_OR_RETURN(out.records, maintenance_.Records(tx, vehicle));
            return out;
        });
}

Result<void> MaintenanceService::ValidateFields(const MaintenanceFields& fields) const {
    return AsInvalid(CheckMaintenanceFields(fields, clock_.Today()));
}

Result<MaintenanceRecord> MaintenanceService::Record(const auth::Principal& principal,
                                                     VehicleId vehicle,
                                                     const MaintenanceFields& fields) {
    KEFU_TRY(auth::Require(principal, actions::kWrite));
    KEFU_TRY(ValidateFields(fields));
    return transactions_.Run<MaintenanceRecord>(
        TxMode::kWrite, [&](Tx& tx) -> Result<MaintenanceRecord> {
            KEFU_ASSIGN_OR_RETURN(auto found, vehicles_.FindById(tx, vehicle));
            if (!found) return Fail(Error::NotFound("no such vehicle"));
            MaintenanceRecord r;
            r.vehicle_id = vehicle;
            r.kind = fields.kind;
            r.done_on = fields.done_on;
            r.odometer_km = fields.odometer_km;
            r.cost = fields.cost;
            r.notes = fields.notes;
            r.next_due_on = fields.next_due_on;
            r.next_due_km = fields.next_due_km;
            if (principal.user_id.valid()) r.created_by_user_id = principal.user_id;
            r.created_by_name = principal.display_name;
            r.created_at = clock_.Now();
            KEFU_ASSIGN_OR_RETURN(MaintenanceRecord stored, maintenance_.InsertRecord(tx, r));
            if (r.next_due_on || r.next_due_km) {
                DueItem item;
                item.vehicle_id = vehicle;
                item.kind = r.kind;
                item.due_on = r.next_due_on;
                item.due_km = r.next_due_km;
                item.updated_at = r.created_at;
                KEFU_TRY(maintenance_.PutDueItem(tx, item));
            }
            KEFU_TRY(audit_.Record(tx,
                                   principal,
                                   {events::kMaintenanceCreate,
                                    std::to_string(stored.id.value()),
                                    std::nullopt,
                                    SnapshotOf(stored)}));
            return stored;
        });
}

}  // namespace kefu::fleet
