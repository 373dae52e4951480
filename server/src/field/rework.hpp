// Rework kept to its word (R-FLD-8): whether a rework met the date committed to the customer, and
// the on-time rate of each crew and each person. Dates are the department's (Asia/Shanghai).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include "platform/date.hpp"
#include "platform/enum_names.hpp"

namespace kefu::field {

/// Where a rework stands against its committed date.
enum class Timeliness { kOnTime, kLate, kPending };

inline constexpr auto kTimelinessNames =
    MakeEnumNames<Timeliness>({{Timeliness::kOnTime, "on_time"},
                               {Timeliness::kLate, "late"},
                               {Timeliness::kPending, "pending"}});

/// Done on or before the committed date, as a date in China: on time; done after it: late. Not
/// done: late once the committed date is over in China at `now` (the promise is already broken),
/// else pending.
Timeliness ReworkTimeliness(Date committed, std::optional<Timestamp> done_at, Timestamp now);

/// A rework as the rate needs it: whose it is, the promise, and when it was done.
struct ReworkRecord {
    std::int64_t crew_lead = 0;        ///< a crew is known by its lead
    std::vector<std::int64_t> people;  ///< lead and members who did it (or were to)
    Date committed;
    std::optional<Timestamp> done_at;
};

/// On-time and late reworks of one crew or person; pending ones are not counted.
struct OnTimeRate {
    int on_time = 0;
    int late = 0;

    /// on_time / (on_time + late); nullopt when nothing is decided yet (no rate, not 100 %).
    std::optional<double> Rate() const;
    bool operator==(const OnTimeRate&) const = default;
};

/// The rates by crew (lead) and by person (each of `people`, the lead included once).
struct OnTimeRates {
    std::map<std::int64_t, OnTimeRate> by_crew;
    std::map<std::int64_t, OnTimeRate> by_person;
};

/// Counts every rework once for its crew and once for each of its people, as of `now`.
OnTimeRates ComputeOnTimeRates(std::span<const ReworkRecord> reworks, Timestamp now);

}  // namespace kefu::field
