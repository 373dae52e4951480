// Rework kept to its word (R-FLD-8): whether a rework met the date committed to the customer, and
// the on-time rate of each crew and each person. Dates are the department's (Asia/Shanghai).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "jobs/job_status.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

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

/// The promise of a rework job to the customer (R-FLD-8), stored beside the job it is.
struct Rework {
    std::int64_t job_id = 0;           ///< the rework job (kind rework)
    std::int64_t original_job_id = 0;  ///< the job it repairs, whose crew it is linked to
    std::string problem;               ///< what could not be solved on site
    Date committed;                    ///< the date promised to the customer (China)
    std::optional<UserId> raised_by;
    std::string raised_by_name;
    Timestamp raised_at;
    /// The apology call to the customer, once recorded.
    std::optional<Timestamp> apology_at;
    std::optional<UserId> apology_by;
    std::string apology_by_name;
    std::string apology_note;
    /// When the rework job was first finished (installed or delivered); read, never written.
    std::optional<Timestamp> done_at;
    int version = 1;
};

/// A rework as the office asks for it.
struct NewRework {
    std::int64_t original_job_id = 0;
    Date committed;
    std::string problem;
    bool apology_called = false;  ///< the customer was already called (recorded at once)
    std::string apology_note;
};

/// True for the states of a job a rework may be raised from: the crew has been on site (on site,
/// installed, delivered, accepted, closed) or brought the goods back.
bool CanRaiseRework(jobs::JobStatus original);

/// The rules of a new rework: a committed date not before `today` (China), a problem.
Violations CheckNewRework(const NewRework& rework, Date today);

/// The Monday of `day`'s week: the office's "rework due this week" runs Monday to Sunday.
Date MondayOf(Date day);

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
