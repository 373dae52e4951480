// Violations and damage (R-VEH-3): a traffic violation or damage to a vehicle, recorded against
// the responsible driver with the compensation the head decided.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fleet/vehicle.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/money.hpp"
#include "platform/strong_id.hpp"

namespace kefu::fleet {

struct ViolationTag {};
using ViolationId = StrongId<ViolationTag>;  ///< one recorded violation or damage

/// What happened: a traffic violation (fine, points) or damage to the vehicle.
enum class ViolationKind { kTrafficViolation, kDamage };

inline constexpr auto kViolationKindNames = MakeEnumNames<ViolationKind>(
    {{ViolationKind::kTrafficViolation, "traffic_violation"}, {ViolationKind::kDamage, "damage"}});

/// A violation as stored; plate and driver's name joined on read.
struct Violation {
    ViolationId id;
    VehicleId vehicle_id;
    std::string vehicle_plate;
    StaffId driver_staff_id;
    std::string driver_name;
    ViolationKind kind = ViolationKind::kTrafficViolation;
    Date occurred_on;
    std::string description;
    Money fine;          ///< what the authority or the repair cost the department
    Money compensation;  ///< what the driver pays back, as decided
    std::optional<UserId> decided_by_user_id;
    std::string decided_by_name;
    Timestamp created_at{};
};

/// A violation as the API receives it.
struct ViolationFields {
    VehicleId vehicle_id;
    StaffId driver_staff_id;
    ViolationKind kind = ViolationKind::kTrafficViolation;
    Date occurred_on;
    std::string description;
    Money fine;
    Money compensation;
};

/// The violations of its own fields: occurredOn after `today` is in_future; compensation above
/// the fine is above_fine (a driver never pays back more than it cost).
std::vector<FieldViolation> CheckViolationFields(const ViolationFields& fields, Date today);

}  // namespace kefu::fleet
