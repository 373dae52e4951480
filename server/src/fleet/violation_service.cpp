#include "fleet/violation_service.hpp"

#include "fleet/fleet_actions.hpp"

namespace kefu::fleet {
namespace {

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid violation record", std::move(violations)));
}

audit::Snapshot SnapshotOf(const Violation& v) {
    return {{"vehicleId", v.vehicle_id.value()},
            {"driverStaffId", v.driver_staff_id.value()},
            {"kind", std::string(kViolationKindNames.Name(v.kind))},
            {"occurredOn", v.occurred_on.ToString()},
            {"description", v.description},
            {"fineFen", v.fine.fen()},
            {"compensationFen", v.compensation.fen()}};
}

}  // namespace

Result<std::vector<Violation>> ViolationService::List(const auth::Principal& principal,
                                                      std::optional<VehicleId> vehicle) {
    KEFU_TRY(auth::Require(principal, actions::kViolationRead));
    return transactions_.Run<std::vector<Violation>>(
        TxMode::kRead, [&](Tx& tx) { return violations_.List(tx, vehicle); });
}

Result<void> ViolationService::ValidateFields(const ViolationFields& fields) const {
    return AsInvalid(CheckViolationFields(fields, clock_.Today()));
}

Result<Violation> ViolationService::Create(const auth::Principal& principal,
                                           const ViolationFields& fields) {
    KEFU_TRY(auth::Require(principal, actions::kViolationWrite));
    KEFU_TRY(ValidateFields(fields));
    return transactions_.Run<Violation>(TxMode::kWrite, [&](Tx& tx) -> Result<Violation> {
        std::vector<FieldViolation> problems;
        KEFU_ASSIGN_OR_RETURN(auto vehicle, vehicles_.FindById(tx, fields.vehicle_id));
        if (!vehicle) problems.push_back({"vehicleId", "invalid_value"});
        KEFU_ASSIGN_OR_RETURN(auto driver, staff_.FindById(tx, fields.driver_staff_id));
        if (!driver) problems.push_back({"driverStaffId", "invalid_value"});
        KEFU_TRY(AsInvalid(std::move(problems)));
        Violation v;
        v.vehicle_id = fields.vehicle_id;
        v.vehicle_plate = vehicle->plate;
        v.driver_staff_id = fields.driver_staff_id;
        v.driver_name = driver->name;
        v.kind = fields.kind;
        v.occurred_on = fields.occurred_on;
        v.description = fields.description;
        v.fine = fields.fine;
        v.compensation = fields.compensation;
        if (principal.user_id.valid()) v.decided_by_user_id = principal.user_id;
        v.decided_by_name = principal.display_name;
        v.created_at = clock_.Now();
        KEFU_ASSIGN_OR_RETURN(Violation stored, violations_.Insert(tx, v));
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kViolationCreate,
                                std::to_string(stored.id.value()),
                                std::nullopt,
                                SnapshotOf(stored)}));
        return stored;
    });
}

}  // namespace kefu::fleet
