// A job: a delivery, an installation, an after-sales visit or a rework, from intake to closing
// (R-JOB-1..5). Plain data; the rules live in crew_rules.* and the service.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "jobs/job_status.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/strong_id.hpp"

namespace kefu::jobs {

struct JobTag {};
using JobId = StrongId<JobTag>;  ///< one job

/// What kind of work (R-JOB-1).
enum class JobKind {
    kInstallation,        ///< end-customer delivery and installation, from a feedback form
    kDealerDelivery,      ///< a dealer's delivery without installation help
    kDealerInstallation,  ///< a dealer's delivery with installation help
    kAfterSales,          ///< an after-sales visit (售后通知)
    kRework,              ///< rework of an earlier job
    kOther,
};

inline constexpr auto kJobKindNames =
    MakeEnumNames<JobKind>({{JobKind::kInstallation, "installation"},
                            {JobKind::kDealerDelivery, "dealer_delivery"},
                            {JobKind::kDealerInstallation, "dealer_installation"},
                            {JobKind::kAfterSales, "after_sales"},
                            {JobKind::kRework, "rework"},
                            {JobKind::kOther, "other"}});

/// True for the kinds a dealer asks for (the crew-size gate applies to them, R-JOB-3).
bool IsDealerKind(JobKind kind);
/// True when the job ends with an installation (installed), false when with a delivery.
bool Installs(JobKind kind);

enum class Priority { kNormal, kUrgent };

inline constexpr auto kPriorityNames =
    MakeEnumNames<Priority>({{Priority::kNormal, "normal"}, {Priority::kUrgent, "urgent"}});

/// A time window on one day, in minutes after midnight (China time); start < end.
struct TimeWindow {
    int start = 0;
    int end = 0;
    bool operator==(const TimeWindow&) const = default;
    /// True when the two windows share at least one minute.
    bool Overlaps(const TimeWindow& other) const { return start < other.end && other.start < end; }
};

/// One line of a job: a product, how many units and how many packed pieces.
struct JobItem {
    std::int64_t product_id = 0;
    std::string product_model;  ///< read with the item, for lists and documents
    std::string product_name;
    int quantity = 0;
    int pieces = 0;
};

/// Who does the job and with what (R-DSP-1): a lead (supervisor or technician), members, a
/// vehicle and its driver, on a date in a window.
struct Assignment {
    StaffId lead;
    std::vector<StaffId> members;  ///< without the lead
    std::optional<std::int64_t> vehicle_id;
    std::optional<StaffId> driver;
    Date date;
    TimeWindow window;
    /// Everyone on the job: the lead, the members and the driver, once each.
    std::vector<StaffId> People() const;
};

/// The crew-size gate of a job (R-JOB-3).
enum class CrewApproval { kNotNeeded, kPending, kApproved, kRejected };

inline constexpr auto kCrewApprovalNames =
    MakeEnumNames<CrewApproval>({{CrewApproval::kNotNeeded, "not_needed"},
                                 {CrewApproval::kPending, "pending"},
                                 {CrewApproval::kApproved, "approved"},
                                 {CrewApproval::kRejected, "rejected"}});

/// Flags of the job list (R-DSP-5 and the head's day).
enum class JobFlag {
    kUnassigned,          ///< new, without a crew
    kAwaitingApproval,    ///< the crew-size gate waits for leadership
    kMissingEtaCall,      ///< loading (or scheduled) today without an ETA call
    kMissingAddressCall,  ///< en route without a confirmed address
};

inline constexpr auto kJobFlagNames =
    MakeEnumNames<JobFlag>({{JobFlag::kUnassigned, "unassigned"},
                            {JobFlag::kAwaitingApproval, "awaiting_approval"},
                            {JobFlag::kMissingEtaCall, "missing_eta_call"},
                            {JobFlag::kMissingAddressCall, "missing_address_call"}});

/// A job as stored.
struct Job {
    JobId id;
    std::string number;  ///< e.g. KF-2026-000123 (year of intake and id)
    JobKind kind = JobKind::kInstallation;
    JobStatus status = JobStatus::kNew;
    std::optional<std::int64_t> customer_id;
    std::optional<DealerId> dealer_id;
    std::int64_t site_id = 0;
    std::int32_t division_code = 0;  ///< the site's, kept for filters and reports
    std::string contact_name;
    std::string contact_phone;
    Date requested_date;
    TimeWindow requested_window;
    Priority priority = Priority::kNormal;
    std::string source_document;
    std::string notes;
    std::optional<UserId> raised_by;
    std::string raised_by_name;
    std::optional<JobId> original_job;  ///< what a rework repairs
    std::optional<int> crew_requested;  ///< the size a dealer asked for
    int crew_needed = 1;                ///< from the items and the request
    CrewApproval crew_approval = CrewApproval::kNotNeeded;
    std::optional<std::int64_t> approval_id;
    std::optional<Assignment> assignment;
    std::string cancel_reason;
    std::vector<JobItem> items;
    int total_pieces = 0;
    std::int64_t total_volume_l = 0;
    std::int64_t total_weight_g = 0;
    Timestamp created_at;
    int version = 1;
    /// Read with the job, for lists and documents: roles that may not read customers, dealers or
    /// staff (a dealer, an installer) still see the names on their own jobs.
    struct Names {
        std::string customer;
        std::string dealer;
        std::string site_street;
        std::string division;
        std::string lead;
        std::string driver;
        std::string vehicle_plate;
        std::vector<std::string> members;  ///< in the order of assignment->members
    } names;
    bool has_eta_call = false;      ///< an ETA call is recorded (R-DSP-5)
    bool has_address_call = false;  ///< the address was confirmed or changed (R-DSP-5)
    std::vector<JobFlag> flags;     ///< what the head must look at, as of today (FlagsOf)
};

/// What the head must look at on this job as of `today`: the job list's flags (R-DSP-5).
std::vector<JobFlag> FlagsOf(const Job& job, Date today);

/// One recorded move of the life cycle (R-JOB-5): who, when, from which state, and why.
struct JobTransitionRecord {
    JobStatus from = JobStatus::kNew;
    JobStatus to = JobStatus::kNew;
    JobEvent event = JobEvent::kSchedule;
    Timestamp at;
    std::string by_name;
    std::string note;
};

/// The two calls before arrival (R-DSP-5).
enum class CallKind { kEta, kAddress };

inline constexpr auto kCallKindNames =
    MakeEnumNames<CallKind>({{CallKind::kEta, "eta"}, {CallKind::kAddress, "address"}});

/// How a call went.
enum class CallOutcome { kReached, kNoAnswer, kConfirmed, kChanged };

inline constexpr auto kCallOutcomeNames =
    MakeEnumNames<CallOutcome>({{CallOutcome::kReached, "reached"},
                                {CallOutcome::kNoAnswer, "no_answer"},
                                {CallOutcome::kConfirmed, "confirmed"},
                                {CallOutcome::kChanged, "changed"}});

/// A recorded call: time, by whom, outcome, the new ETA when one was given.
struct JobCall {
    std::int64_t id = 0;
    CallKind kind = CallKind::kEta;
    Timestamp at;
    std::string by_name;
    CallOutcome outcome = CallOutcome::kReached;
    std::optional<Timestamp> new_eta;
    std::string note;
};

}  // namespace kefu::jobs
