#include "field/rework.hpp"

#include <algorithm>
#include <set>

namespace kefu::field {

bool CanRaiseRework(jobs::JobStatus original) {
    using S = jobs::JobStatus;
    switch (original) {
        case S::kOnSite:
        case S::kInstalled:
        case S::kDelivered:
        case S::kAccepted:
        case S::kClosed:
        case S::kReturnedToFactory:
            return true;
        default:
            return false;
    }
}

Date MondayOf(Date day) {
    const std::chrono::weekday weekday{day.days()};
    return day.AddDays(-static_cast<int>((weekday.c_encoding() + 6) % 7));
}

Violations CheckNewRework(const NewRework& rework, Date today) {
    Violations v;
    // A promise for a day already over would be late the moment it is made.
    if (rework.committed < today) v.Add("committedDate", "date_in_past");
    if (rework.problem.empty()) v.Add("problem", "required");
    return v;
}

Timeliness ReworkTimeliness(Date committed, std::optional<Timestamp> done_at, Timestamp now) {
    if (done_at)
        return ChinaDateOf(*done_at) <= committed ? Timeliness::kOnTime : Timeliness::kLate;
    return ChinaDateOf(now) > committed ? Timeliness::kLate : Timeliness::kPending;
}

std::optional<double> OnTimeRate::Rate() const {
    const int decided = on_time + late;
    if (decided == 0) return std::nullopt;
    return static_cast<double>(on_time) / decided;
}

OnTimeRates ComputeOnTimeRates(std::span<const ReworkRecord> reworks, Timestamp now) {
    OnTimeRates rates;
    for (const ReworkRecord& rework : reworks) {
        const Timeliness t = ReworkTimeliness(rework.committed, rework.done_at, now);
        if (t == Timeliness::kPending) continue;
        auto count = [&](OnTimeRate& rate) {
            ++(t == Timeliness::kOnTime ? rate.on_time : rate.late);
        };
        count(rates.by_crew[rework.crew_lead]);
        // A lead listed among the people too is still one person.
        std::set<std::int64_t> people(rework.people.begin(), rework.people.end());
        people.insert(rework.crew_lead);
        for (std::int64_t person : people) count(rates.by_person[person]);
    }
    return rates;
}

}  // namespace kefu::field
