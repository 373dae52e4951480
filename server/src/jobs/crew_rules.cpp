#include "jobs/crew_rules.hpp"

#include <fmt/core.h>

#include <algorithm>

namespace kefu::jobs {
namespace {

std::string Hhmm(int minute) { return fmt::format("{:02}:{:02}", minute / 60, minute % 60); }

}  // namespace

std::vector<StaffId> Assignment::People() const {
    std::vector<StaffId> out{lead};
    for (StaffId m : members) {
        if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    }
    if (driver && std::find(out.begin(), out.end(), *driver) == out.end()) out.push_back(*driver);
    return out;
}

std::vector<JobFlag> FlagsOf(const Job& job, Date today) {
    std::vector<JobFlag> flags;
    if (job.status == JobStatus::kNew && !job.assignment &&
        job.crew_approval != CrewApproval::kPending) {
        flags.push_back(JobFlag::kUnassigned);
    }
    if (job.crew_approval == CrewApproval::kPending) flags.push_back(JobFlag::kAwaitingApproval);
    const bool today_s = job.assignment && job.assignment->date == today;
    if ((job.status == JobStatus::kScheduled || job.status == JobStatus::kLoading) && today_s &&
        !job.has_eta_call) {
        flags.push_back(JobFlag::kMissingEtaCall);
    }
    if (job.status == JobStatus::kEnRoute && !job.has_address_call) {
        flags.push_back(JobFlag::kMissingAddressCall);
    }
    return flags;
}

bool IsDealerKind(JobKind kind) {
    return kind == JobKind::kDealerDelivery || kind == JobKind::kDealerInstallation;
}

bool Installs(JobKind kind) { return kind != JobKind::kDealerDelivery; }

Result<void> CheckAssignment(const Assignment& assignment, const AssignmentFacts& facts) {
    Violations v;
    auto person = [&](StaffId id) -> const PersonFacts* {
        for (const PersonFacts& p : facts.people) {
            if (p.id == id) return &p;
        }
        return nullptr;
    };
    const TimeWindow& w = assignment.window;
    if (w.start < 0 || w.end > 24 * 60 || w.start >= w.end) v.Add("window", "invalid");

    // Where each person appears in the request, so the violation points at the right field.
    std::vector<std::pair<StaffId, std::string>> fields{{assignment.lead, "lead"}};
    for (std::size_t i = 0; i < assignment.members.size(); ++i) {
        fields.emplace_back(assignment.members[i], fmt::format("members[{}]", i));
    }
    if (assignment.driver) fields.emplace_back(*assignment.driver, "driver");

    const PersonFacts* lead = person(assignment.lead);
    if (lead && !lead->installer) {
        v.Add("lead", "not_installer", lead->name);
    }
    bool has_installer = lead && lead->installer;
    int crew = 1;
    for (StaffId m : assignment.members) {
        if (m == assignment.lead) continue;
        ++crew;
        if (const PersonFacts* p = person(m); p && p->installer) has_installer = true;
    }
    for (StaffId m : assignment.members) {
        const PersonFacts* p = person(m);
        if (p && p->intern && !has_installer) {
            v.Add("crew", "intern_without_lead", p->name);
            break;
        }
    }
    if (crew < facts.crew_needed) {
        v.Add("crew", "too_few", fmt::format("{} < {}", crew, facts.crew_needed));
    }
    if (assignment.driver) {
        const PersonFacts* d = person(*assignment.driver);
        if (d && !d->driver) v.Add("driver", "not_driver", d->name);
    }
    for (const auto& [id, field] : fields) {
        const PersonFacts* p = person(id);
        if (!p) {
            v.Add(field, "invalid_value");
            continue;
        }
        if (!p->active) v.Add(field, "staff_left", p->name);
        if (p->on_leave) v.Add(field, "on_leave", p->name);
        for (const BusySlot& slot : facts.busy) {
            if (slot.person == id && slot.window.Overlaps(w)) {
                v.Add(field,
                      "busy",
                      fmt::format("{} {} {}–{}",
                                  p->name,
                                  slot.job_number,
                                  Hhmm(slot.window.start),
                                  Hhmm(slot.window.end)));
            }
        }
    }
    if (assignment.vehicle_id) {
        if (!facts.vehicle) {
            v.Add("vehicleId", "invalid_value");
        } else {
            const VehicleFacts& car = *facts.vehicle;
            if (!car.in_service) v.Add("vehicleId", "not_in_service", car.plate + " " + car.status);
            for (const BusySlot& slot : facts.busy) {
                if (slot.vehicle_id == car.id && slot.window.Overlaps(w)) {
                    v.Add("vehicleId",
                          "busy",
                          fmt::format("{} {} {}–{}",
                                      car.plate,
                                      slot.job_number,
                                      Hhmm(slot.window.start),
                                      Hhmm(slot.window.end)));
                }
            }
            if (facts.load_volume_l > car.volume_l) {
                v.Add("vehicleId",
                      "over_volume",
                      fmt::format("{} L > {} L", facts.load_volume_l, car.volume_l));
            }
            if (facts.load_weight_g > car.payload_kg * 1000) {
                v.Add("vehicleId",
                      "over_weight",
                      fmt::format(
                          "{} kg > {} kg", (facts.load_weight_g + 999) / 1000, car.payload_kg));
            }
        }
    }
    if (v.empty()) return {};
    return Fail(Error::FailedPrecondition("the assignment clashes; see the violations", v.items()));
}

int CrewNeeded(const std::vector<int>& installers_per_item, std::optional<int> requested) {
    int needed = 1;
    for (int n : installers_per_item) needed = std::max(needed, n);
    if (requested) needed = std::max(needed, *requested);
    return needed;
}

bool NeedsCrewApproval(JobKind kind, int crew_size, int dealer_day_people, int limit) {
    if (!IsDealerKind(kind)) return false;
    return crew_size > limit || dealer_day_people > limit;
}

}  // namespace kefu::jobs
