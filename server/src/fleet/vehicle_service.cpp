#include "fleet/vehicle_service.hpp"

#include <fmt/core.h>

#include "fleet/fleet_actions.hpp"

namespace kefu::fleet {
namespace {

using auth::Require;

std::string IdText(VehicleId id) { return std::to_string(id.value()); }

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid vehicle", std::move(violations)));
}

}  // namespace

audit::Snapshot SnapshotOf(const Vehicle& v) {
    return {
        {"plate", v.plate},
        {"model", v.model},
        {"volumeL", v.volume_l},
        {"payloadKg", v.payload_kg},
        {"seats", static_cast<std::int64_t>(v.seats)},
        {"status", std::string(VehicleStatusName(v.status))},
        {"driverStaffId",
         v.driver_staff_id ? audit::FieldValue(v.driver_staff_id->value()) : audit::FieldValue()},
        {"version", static_cast<std::int64_t>(v.version)}};
}

Result<Page<Vehicle>> VehicleService::List(const auth::Principal& principal,
                                           const VehicleFilter& filter,
                                           const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<Page<Vehicle>>(
        TxMode::kRead, [&](Tx& tx) { return vehicles_.List(tx, filter, page); });
}

Result<Vehicle> VehicleService::Get(const auth::Principal& principal, VehicleId id) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<Vehicle>(TxMode::kRead, [&](Tx& tx) -> Result<Vehicle> {
        KEFU_ASSIGN_OR_RETURN(auto found, vehicles_.FindById(tx, id));
        if (!found) return Fail(Error::NotFound("no such vehicle"));
        return std::move(*found);
    });
}

Result<void> VehicleService::ValidateFields(const VehicleFields& fields) const {
    return AsInvalid(CheckVehicleFields(fields));
}

Result<void> VehicleService::Resolve(Tx& tx,
                                     const VehicleFields& fields,
                                     std::optional<VehicleId> self,
                                     Vehicle& vehicle) {
    std::vector<FieldViolation> violations;
    std::string driver_name;
    if (fields.driver_staff_id) {
        KEFU_ASSIGN_OR_RETURN(auto driver, staff_.FindById(tx, *fields.driver_staff_id));
        if (!driver) {
            violations.push_back({"driverStaffId", "invalid_value"});
        } else if (driver->status == staff::StaffStatus::kLeft) {
            violations.push_back({"driverStaffId", "staff_left", driver->name});
        } else if (!driver->roles.Has(auth::Role::kDriver)) {
            violations.push_back({"driverStaffId", "not_driver", driver->name});
        } else {
            driver_name = driver->name;
        }
    }
    KEFU_TRY(AsInvalid(std::move(violations)));
    vehicle.plate = *NormalizePlate(fields.plate);
    // Looked up before writing: after a failed INSERT PostgreSQL refuses the transaction's
    // further statements. The unique index still settles a race.
    KEFU_ASSIGN_OR_RETURN(auto holder, vehicles_.FindByPlate(tx, vehicle.plate));
    if (holder && (!self || holder->id != *self)) {
        return Fail(Error::AlreadyExists(fmt::format("the plate {} is taken", vehicle.plate),
                                         {{"plate", "duplicate", holder->plate}}));
    }
    vehicle.model = fields.model;
    vehicle.volume_l = fields.volume_l;
    vehicle.payload_kg = fields.payload_kg;
    vehicle.seats = static_cast<int>(fields.seats);
    vehicle.status = *fields.status;
    vehicle.driver_staff_id = fields.driver_staff_id;
    vehicle.driver_name = std::move(driver_name);
    return {};
}

Result<Vehicle> VehicleService::Create(const auth::Principal& principal,
                                       const VehicleFields& fields) {
    KEFU_TRY(Require(principal, actions::kWrite));
    KEFU_TRY(ValidateFields(fields));
    return transactions_.Run<Vehicle>(TxMode::kWrite, [&](Tx& tx) -> Result<Vehicle> {
        Vehicle vehicle;
        KEFU_TRY(Resolve(tx, fields, std::nullopt, vehicle));
        KEFU_ASSIGN_OR_RETURN(Vehicle stored, vehicles_.Insert(tx, vehicle, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kCreate, IdText(stored.id), std::nullopt, SnapshotOf(stored)}));
        return stored;
    });
}

Result<Vehicle> VehicleService::Update(const auth::Principal& principal,
                                       VehicleId id,
                                       const VehicleFields& fields,
                                       int version) {
    KEFU_TRY(Require(principal, actions::kWrite));
    KEFU_TRY(ValidateFields(fields));
    return transactions_.Run<Vehicle>(TxMode::kWrite, [&](Tx& tx) -> Result<Vehicle> {
        KEFU_ASSIGN_OR_RETURN(auto before, vehicles_.FindById(tx, id));
        if (!before) return Fail(Error::NotFound("no such vehicle"));
        if (before->version != version) {
            return Fail(Error::Aborted("someone else changed this vehicle; reload and try again"));
        }
        Vehicle after = *before;
        KEFU_TRY(Resolve(tx, fields, id, after));
        KEFU_ASSIGN_OR_RETURN(Vehicle stored, vehicles_.Update(tx, after, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kUpdate, IdText(id), SnapshotOf(*before), SnapshotOf(stored)}));
        return stored;
    });
}

}  // namespace kefu::fleet
