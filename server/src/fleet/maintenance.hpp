// Vehicle maintenance (R-VEH-2): per vehicle the next due service, annual inspection (年检) and
// insurance, each by a date and/or a km reading; the records that move them; the reminder rule.
#pragma once

#include <cstdint>
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

struct MaintenanceTag {};
using MaintenanceId = StrongId<MaintenanceTag>;  ///< one maintenance record

/// What falls due: a service, the annual inspection, the insurance.
enum class MaintenanceKind { kService, kAnnualInspection, kInsurance };

inline constexpr auto kMaintenanceKindNames =
    MakeEnumNames<MaintenanceKind>({{MaintenanceKind::kService, "service"},
                                    {MaintenanceKind::kAnnualInspection, "annual_inspection"},
                                    {MaintenanceKind::kInsurance, "insurance"}});

/// Where a due item stands against today and the vehicle's km.
enum class DueStatus { kNotDue, kDueSoon, kOverdue };

inline constexpr auto kDueStatusNames =
    MakeEnumNames<DueStatus>({{DueStatus::kNotDue, "not_due"},
                              {DueStatus::kDueSoon, "due_soon"},
                              {DueStatus::kOverdue, "overdue"}});

/// The next due date and/or km of one kind for one vehicle (at least one of the two is set).
struct DueItem {
    VehicleId vehicle_id;
    std::string vehicle_plate;
    MaintenanceKind kind = MaintenanceKind::kService;
    std::optional<Date> due_on;
    std::optional<std::int64_t> due_km;
    Timestamp updated_at{};
};

/// A maintenance record as stored; its next due (if any) became the vehicle's due item.
struct MaintenanceRecord {
    MaintenanceId id;
    VehicleId vehicle_id;
    MaintenanceKind kind = MaintenanceKind::kService;
    Date done_on;
    std::int64_t odometer_km = 0;
    Money cost;
    std::string notes;
    std::optional<Date> next_due_on;
    std::optional<std::int64_t> next_due_km;
    std::optional<UserId> created_by_user_id;
    std::string created_by_name;
    Timestamp created_at{};
};

/// A record as the API receives it.
struct MaintenanceFields {
    MaintenanceKind kind = MaintenanceKind::kService;
    Date done_on;
    std::int64_t odometer_km = 0;
    Money cost;
    std::string notes;
    std::optional<Date> next_due_on;
    std::optional<std::int64_t> next_due_km;
};

/// The record's own checks: doneOn after `today` is in_future; nextDueOn not after doneOn and
/// nextDueKm not above odometerKm are not_after_done (the next due lies ahead).
std::vector<FieldViolation> CheckMaintenanceFields(const MaintenanceFields& fields, Date today);

/// The reminder thresholds in force (policy values fleet.maintenance.soon_days / soon_km).
struct DueSoonPolicy {
    std::int64_t days = 0;
    std::int64_t km = 0;
};

/// Overdue once today is past the due date or the vehicle's km is past the due km; due soon
/// within `policy.days` days of the date (the due day included) or `policy.km` km of the reading;
/// otherwise not due. No km known (no trips) leaves the km side out.
DueStatus ClassifyDue(const DueItem& item,
                      Date today,
                      std::optional<std::int64_t> current_km,
                      const DueSoonPolicy& policy);

}  // namespace kefu::fleet
