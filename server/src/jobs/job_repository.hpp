// Ports: storage of jobs, and what jobs need to know from other capabilities.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "jobs/crew_rules.hpp"
#include "jobs/job.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::jobs {

/// Which jobs a reader sees (R-SEC-2); the same scope serves lists, details, counts and exports.
struct JobScope {
    bool all = false;
    std::optional<DealerId> dealer;   ///< a dealer's account: its dealer's jobs
    std::optional<UserId> raised_by;  ///< sales: the jobs they raised
    std::optional<StaffId> crew;      ///< installers and drivers: the jobs of their crews
};

/// Filters of the job list; empty fields match everything.
struct JobFilter {
    std::vector<JobStatus> statuses;
    std::optional<JobKind> kind;
    std::optional<Date> from;  ///< requested or scheduled on or after
    std::optional<Date> to;    ///< requested or scheduled on or before
    std::optional<DealerId> dealer;
    std::optional<std::int32_t> division;  ///< a division code: the division and all within it
    std::optional<JobFlag> flag;
    std::string query;  ///< part of the number, the contact name or phone
    JobScope scope;
    Date today;  ///< for the call flags
};

/// How many jobs of one day are in one state (the head's calendar and the dispatch board).
struct DayCount {
    Date day;
    JobStatus status = JobStatus::kNew;
    std::int64_t count = 0;
};

/// Jobs, their transitions and calls.
class JobRepository {
public:
    virtual ~JobRepository() = default;
    /// Stores a new job with its items; gives it its id and number.
    virtual Result<Job> Insert(Tx& tx, const Job& job) = 0;
    /// The job with its items and assignment.
    virtual Result<std::optional<Job>> FindById(Tx& tx, JobId id) = 0;
    /// Writes status, assignment, approval and reason; ABORTED unless still at job.version - 1.
    virtual Result<void> Update(Tx& tx, const Job& job) = 0;
    virtual Result<Page<Job>> List(Tx& tx, const JobFilter& filter, const PageRequest& page) = 0;
    virtual Result<std::int64_t> Count(Tx& tx, const JobFilter& filter) = 0;
    /// Jobs per day (scheduled, else requested) and state, from `from` to `to` inclusive.
    virtual Result<std::vector<DayCount>> CountByDay(Tx& tx, Date from, Date to) = 0;
    virtual Result<void> InsertTransition(Tx& tx,
                                          JobId id,
                                          const JobTransitionRecord& record,
                                          std::optional<UserId> by) = 0;
    virtual Result<std::vector<JobTransitionRecord>> ListTransitions(Tx& tx, JobId id) = 0;
    virtual Result<JobCall> InsertCall(Tx& tx,
                                       JobId id,
                                       const JobCall& call,
                                       std::optional<UserId> by) = 0;
    virtual Result<std::vector<JobCall>> ListCalls(Tx& tx, JobId id) = 0;
    /// The other scheduled jobs of `day` that hold one of `people` or `vehicle`.
    virtual Result<std::vector<BusySlot>> BusyOn(Tx& tx,
                                                 Date day,
                                                 const std::vector<StaffId>& people,
                                                 std::optional<std::int64_t> vehicle,
                                                 JobId except) = 0;
    /// The people a dealer's other jobs of `day` take (their crews' sizes added up).
    virtual Result<int> DealerDayPeople(Tx& tx, DealerId dealer, Date day, JobId except) = 0;
    /// Serializes assignments of one day across transactions (PostgreSQL advisory lock; SQLite's
    /// BEGIN IMMEDIATE already serializes writers), so two concurrent assignments of one person
    /// cannot both pass the clash check.
    virtual Result<void> LockDay(Tx& tx, Date day) = 0;
};

/// A product as a job sees it.
struct ProductFacts {
    std::string model;
    std::string name;
    int pieces_per_unit = 1;
    std::int64_t volume_l = 0;
    std::int64_t weight_g = 0;
    int installers_needed = 1;
    bool active = true;
};

/// A site as a job sees it.
struct SiteFacts {
    std::optional<std::int64_t> customer_id;
    std::optional<DealerId> dealer_id;
    std::int32_t division_code = 0;
};

/// What a printed job says of its customer or dealer and its site.
struct PrintFacts {
    std::string party;    ///< the customer's or the dealer's name
    std::string address;  ///< province + city + district + street
    std::string access;   ///< floor, lift, access notes
};

/// What jobs need to know from other capabilities; the jobs module implements it over their
/// repositories, inside the caller's transaction.
class JobReferences {
public:
    virtual ~JobReferences() = default;
    virtual Result<std::optional<ProductFacts>> Product(Tx& tx, std::int64_t id) = 0;
    virtual Result<std::optional<SiteFacts>> Site(Tx& tx, std::int64_t id) = 0;
    virtual Result<bool> CustomerExists(Tx& tx, std::int64_t id) = 0;
    virtual Result<bool> DealerExists(Tx& tx, DealerId id) = 0;
    /// A member of staff on `day` (leave included), or nullopt.
    virtual Result<std::optional<PersonFacts>> Person(Tx& tx, StaffId id, Date day) = 0;
    virtual Result<std::optional<VehicleFacts>> Vehicle(Tx& tx, std::int64_t id) = 0;
    /// The names and the address a printed form shows.
    virtual Result<PrintFacts> Print(Tx& tx, const Job& job) = 0;
    /// Lookups by the names a spreadsheet uses (imports, R-JOB-4).
    virtual Result<std::optional<std::int64_t>> CustomerByName(Tx& tx, const std::string& name) = 0;
    virtual Result<std::optional<DealerId>> DealerByName(Tx& tx, const std::string& name) = 0;
    /// The model matched without regard to case or surrounding spaces.
    virtual Result<std::optional<std::int64_t>> ProductByModel(Tx& tx,
                                                               const std::string& model) = 0;
    /// The sites (id, street) of a customer or a dealer.
    virtual Result<std::vector<std::pair<std::int64_t, std::string>>> SitesOf(
        Tx& tx, std::optional<std::int64_t> customer, std::optional<DealerId> dealer) = 0;
};

}  // namespace kefu::jobs
