#include "fleet/maintenance.hpp"

namespace kefu::fleet {

std::vector<FieldViolation> CheckMaintenanceFields(const MaintenanceFields& f, Date today) {
    std::vector<FieldViolation> out;
    if (f.done_on > today) out.push_back({"doneOn", "in_future"});
    if (f.next_due_on && !(*f.next_due_on > f.done_on)) {
        out.push_back({"nextDueOn", "not_after_done"});
    }
    if (f.next_due_km && *f.next_due_km <= f.odometer_km) {
        out.push_back({"nextDueKm", "not_after_done"});
    }
    return out;
}

DueStatus ClassifyDue(const DueItem& item,
                      Date today,
                      std::optional<std::int64_t> current_km,
                      const DueSoonPolicy& policy) {
    const bool km_known = item.due_km.has_value() && current_km.has_value();
    if ((item.due_on && today > *item.due_on) || (km_known && *current_km > *item.due_km)) {
        return DueStatus::kOverdue;
    }
    if ((item.due_on && !(item.due_on->AddDays(-static_cast<int>(policy.days)) > today)) ||
        (km_known && *current_km >= *item.due_km - policy.km)) {
        return DueStatus::kDueSoon;
    }
    return DueStatus::kNotDue;
}

}  // namespace kefu::fleet
