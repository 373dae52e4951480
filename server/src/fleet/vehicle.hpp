// Vehicles: what the jobs need to know of the fleet (R-DSP-1/2): the plate, what a vehicle
// carries (litres, kilograms, seats), whether it can go out, and its usual driver. The fleet
// issue adds maintenance records, mileage and costs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::fleet {

struct VehicleTag {};
using VehicleId = StrongId<VehicleTag>;  ///< one vehicle of the department

/// Whether a vehicle can be dispatched: only in_service ones can (R-DSP-2).
enum class VehicleStatus { kInService, kMaintenance, kRetired };

inline constexpr auto kVehicleStatusNames =
    MakeEnumNames<VehicleStatus>({{VehicleStatus::kInService, "in_service"},
                                  {VehicleStatus::kMaintenance, "maintenance"},
                                  {VehicleStatus::kRetired, "retired"}});

/// "in_service", "maintenance", "retired".
inline std::string_view VehicleStatusName(VehicleStatus status) {
    return kVehicleStatusNames.Name(status);
}

/// A vehicle as stored.
struct Vehicle {
    VehicleId id;
    std::string plate;            ///< canonical, e.g. 鲁A·12345 (see NormalizePlate); unique
    std::string model;            ///< e.g. 江铃特顺 厢式货车
    std::int64_t volume_l = 0;    ///< cargo space, litres
    std::int64_t payload_kg = 0;  ///< rated load, kilograms
    int seats = 0;                ///< people it may carry, the driver included
    VehicleStatus status = VehicleStatus::kInService;
    std::optional<StaffId> driver_staff_id;  ///< the usual driver, if it has one
    /// The usual driver's name (reads join it; empty without a driver), so those who may not
    /// read staff records still see who drives.
    std::string driver_name;
    int version = 1;
};

/// Limits of a vehicle's fields (inclusive).
namespace limits {
inline constexpr std::size_t kModelMax = 50;
inline constexpr std::int64_t kVolumeMaxL = 100'000;   ///< 100 m³: a 13-metre semi-trailer
inline constexpr std::int64_t kPayloadMaxKg = 50'000;  ///< 50 t
inline constexpr std::int64_t kSeatsMax = 9;           ///< a licence-B passenger limit
}  // namespace limits

/// A vehicle as the API receives it; `status` is nullopt when missing.
struct VehicleFields {
    std::string plate;
    std::string model;
    std::int64_t volume_l = 0;
    std::int64_t payload_kg = 0;
    std::int64_t seats = 0;
    std::optional<VehicleStatus> status;
    std::optional<StaffId> driver_staff_id;
};

/// The canonical form of a mainland plate: the province's character, the issuing office's
/// letter, "·", then 5 letters or digits (6 for new-energy plates), optionally followed by 挂
/// (trailer). Lower-case letters are raised; a separator of "·", " ", "-" or "." or none is
/// accepted ("鲁a 12345" → "鲁A·12345"). nullopt for anything else (I and O are never used).
std::optional<std::string> NormalizePlate(std::string_view plate);

/// The violations of a vehicle's own fields: plate required or invalid_value; model required,
/// too_long; volumeL, payloadKg, seats out_of_range; status required.
std::vector<FieldViolation> CheckVehicleFields(const VehicleFields& fields);

}  // namespace kefu::fleet
