// Use cases of jobs: intake of every kind (R-JOB-1..3), assignment with its clash checks and the
// crew-size gate (R-DSP-1/2, R-JOB-3), the life cycle (R-JOB-5), the calls before arrival
// (R-DSP-5), and who sees what (R-SEC-2).
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "approvals/approval_service.hpp"
#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "jobs/job_event_guard.hpp"
#include "jobs/job_repository.hpp"
#include "platform/clock.hpp"
#include "policy/policy_service.hpp"

namespace kefu::jobs {

/// A new job as the API receives it (formats already checked by the reader).
struct NewJob {
    JobKind kind = JobKind::kInstallation;
    std::optional<std::int64_t> customer_id;
    std::optional<DealerId> dealer_id;
    std::int64_t site_id = 0;
    std::string contact_name;
    std::string contact_phone;
    Date requested_date;
    TimeWindow window;
    Priority priority = Priority::kNormal;
    std::string source_document;
    std::string notes;
    std::optional<JobId> original_job;
    std::optional<int> crew_requested;
    struct Item {
        std::int64_t product_id = 0;
        int quantity = 0;
        std::optional<int> pieces;  ///< default: quantity × the product's pieces per unit
    };
    std::vector<Item> items;
};

/// One row of an import (R-JOB-4): a new job whose customer, dealer, site and products are
/// named as people write them in a spreadsheet; the service resolves the names.
struct ImportRow {
    NewJob job;                       ///< items carry quantities; product ids are resolved
    std::string customer_name;        ///< exact name of a customer, or empty
    std::string dealer_name;          ///< exact name of a dealer, or empty
    std::string site_street;          ///< the site's street; empty when the owner has one site
    std::vector<std::string> models;  ///< the product model of each item, in order
};

/// An assignment as the API receives it.
struct AssignInput {
    Assignment assignment;
    int version = 0;
};

/// One job's assignment among several accepted at once.
struct JobAssignment {
    JobId job;
    AssignInput input;
};

/// A scheduled job a re-plan takes off its crew (back to new), with the version the head saw.
struct JobRelease {
    JobId job;
    int version = 0;
};

/// An event of the life cycle as the API receives it.
struct EventInput {
    JobEvent event = JobEvent::kStartLoading;
    std::string reason;  ///< required to cancel or return to the factory
    int version = 0;
};

/// A call as the API receives it.
struct CallInput {
    CallKind kind = CallKind::kEta;
    CallOutcome outcome = CallOutcome::kReached;
    std::optional<Timestamp> new_eta;
    std::string note;
};

/// A job with its timeline.
struct JobDetail {
    Job job;
    std::vector<JobTransitionRecord> transitions;
    std::vector<JobCall> calls;
    std::vector<JobEvent> next_events;  ///< what the reader may fire now (for the buttons)
};

/// A job as a crew member's phone keeps it: the job and who and where it is for.
struct CrewJob {
    Job job;
    PrintFacts print;
};

/// The jobs service; every path to a job goes through its record rules.
class JobService {
public:
    JobService(JobRepository& jobs,
               JobReferences& references,
               TransactionRunner& transactions,
               policy::PolicyReader& policy,
               approvals::ApprovalService& approvals,
               audit::AuditLog& audit,
               const Clock& clock)
        : jobs_(jobs),
          references_(references),
          transactions_(transactions),
          policy_(policy),
          approvals_(approvals),
          audit_(audit),
          clock_(clock) {}

    /// The approval kind of the crew-size gate (R-JOB-3).
    static constexpr std::string_view kCrewKind = "crew_size";

    /// Raises a job. PERMISSION_DENIED without job.create (a dealer's account raises its own
    /// dealer's deliveries only); INVALID_ARGUMENT with every violation (customerId/dealerId
    /// required for the kind, siteId not the customer's or dealer's, items[i].productId unknown
    /// or inactive, requestedDate in the past, originalJobId required for a rework …).
    Result<Job> Create(const auth::Principal& principal, const NewJob& input);
    /// Create inside the caller's transaction, for a capability that raises a job as part of
    /// its own change (a rework, R-FLD-8) and has checked its own action instead of job.create;
    /// the job's rules and its audit entry are the same.
    Result<Job> CreateIn(Tx& tx, const auth::Principal& principal, const NewJob& input);
    /// Imports after-sales notices and work plans (R-JOB-4): every row becomes a job, or none
    /// does. INVALID_ARGUMENT naming rows[i].field for every problem of every row.
    Result<std::vector<Job>> Import(const auth::Principal& principal,
                                    const std::vector<ImportRow>& rows);
    /// NOT_FOUND for a missing job and for one the reader may not see (the same answer).
    Result<JobDetail> Get(const auth::Principal& principal, JobId id);
    /// The jobs the reader may see, filtered; PERMISSION_DENIED without any job.read action.
    Result<Page<Job>> List(const auth::Principal& principal,
                           JobFilter filter,
                           const PageRequest& page);
    /// Assigns crew, vehicle, date and window (R-DSP-1/2) and schedules the job, or files the
    /// crew-size request with leadership when the gate applies (R-JOB-3). FAILED_PRECONDITION
    /// naming every clash; ABORTED when stale.
    Result<Job> Assign(const auth::Principal& principal, JobId id, const AssignInput& input);
    /// Assigns several jobs in one transaction, all or none (a plan the head accepts, R-DSP-4):
    /// each with the checks of Assign, which also see the assignments before it but not the old
    /// slots of the jobs after it (a re-plan moves them). `releases` are unscheduled first (a
    /// re-plan's scheduled jobs it no longer places). The first failure is returned with its
    /// fields under "assignments[i]." (or "releases[i].") and nothing is written.
    Result<std::vector<Job>> AssignAll(const auth::Principal& principal,
                                       const std::vector<JobAssignment>& assignments,
                                       const std::vector<JobRelease>& releases = {});
    /// The feedback form of a visible job as A4 PDF bytes (R-JOB-2); its QR code leads to
    /// `job_url_prefix` + the job's id. NOT_FOUND like Get.
    Result<std::string> FeedbackFormPdf(const auth::Principal& principal,
                                        JobId id,
                                        const std::string& job_url_prefix);
    /// The jobs of the principal's crews scheduled or requested from `from` to `to`, with the
    /// names and address a crew's phone shows (R-FLD-10: the phone keeps them offline); none
    /// for an account without a member of staff. INVALID_ARGUMENT (to: before_from / too_long)
    /// beyond 14 days.
    Result<std::vector<CrewJob>> CrewJobs(const auth::Principal& principal, Date from, Date to);
    /// What a printed or field document says of the job's customer or dealer and its site,
    /// inside the caller's transaction.
    Result<PrintFacts> PrintFactsOf(Tx& tx, const Job& job) { return references_.Print(tx, job); }
    /// Fires a life-cycle event (R-JOB-5); FAILED_PRECONDITION naming the state and the event
    /// when illegal; every transition is recorded.
    Result<Job> Fire(const auth::Principal& principal, JobId id, const EventInput& input);
    /// Fires the event of a field step the crew recorded (R-FLD-1..3), inside the caller's
    /// transaction, at the job's current version. The caller has checked that the principal
    /// works on the job (field.record), so the event's office action is not required; the
    /// transition is recorded in the principal's name and the guards still apply.
    /// FAILED_PRECONDITION when the job's state does not allow it.
    Result<Job> FireForCrew(Tx& tx, const auth::Principal& principal, JobId id, JobEvent event);
    /// The job inside the caller's transaction; NOT_FOUND for a missing job and for one the
    /// principal may not see (the same answer, R-SEC-2).
    Result<Job> LoadVisible(Tx& tx, const auth::Principal& principal, JobId id);
    /// Adds a rule every event must pass from now on (not owned; outlives the service).
    void AddEventGuard(JobEventGuard& guard) { guards_.push_back(&guard); }
    /// Records an ETA call or an address confirmation (R-DSP-5).
    Result<JobCall> RecordCall(const auth::Principal& principal, JobId id, const CallInput& input);
    /// Carries out leadership's decision on a crew-size request, in the decision's transaction:
    /// approved schedules the job; rejected leaves it new, to be re-assigned.
    Result<void> ApplyCrewDecision(Tx& tx,
                                   const auth::Principal& decider,
                                   const approvals::ApprovalRequest& request,
                                   bool approved);
    /// Jobs per day and state over at most 62 days, for those who see every job (job.read_all);
    /// INVALID_ARGUMENT (to: before_from / too_long).
    Result<std::vector<DayCount>> CountByDay(const auth::Principal& principal, Date from, Date to);
    /// The reader's scope (R-SEC-2), or PERMISSION_DENIED when they see no job at all.
    Result<JobScope> ScopeOf(const auth::Principal& principal) const;
    /// The other jobs of `day` that hold any of `people` or `vehicle` (their windows), inside the
    /// caller's transaction: what the planning assistant plans around (R-DSP-4).
    Result<std::vector<BusySlot>> BusyIn(Tx& tx,
                                         Date day,
                                         const std::vector<StaffId>& people,
                                         std::optional<std::int64_t> vehicle);
    /// Judges a crew for `crew.date` without a job, inside the caller's transaction: the rules
    /// of an assignment that do not depend on the job or on other jobs (a day's line-up,
    /// R-DSP-3). FAILED_PRECONDITION with Assign's violations: lead (not_installer), crew
    /// (intern_without_lead), driver (not_driver), lead/members[i]/driver (invalid_value,
    /// staff_left, on_leave), vehicleId (invalid_value, not_in_service).
    Result<void> CheckCrewIn(Tx& tx, const Assignment& crew);
    /// Counts for the home page.
    Result<std::int64_t> CountFlagged(const auth::Principal& principal, JobFlag flag);
    /// The reader's open jobs of today (an installer's or a driver's home page).
    Result<std::int64_t> CountToday(const auth::Principal& principal);

private:
    /// Assign inside the caller's transaction (after the permission check); the slots `moving`
    /// jobs hold now do not count as clashes.
    Result<Job> AssignIn(Tx& tx,
                         const auth::Principal& principal,
                         JobId id,
                         const AssignInput& input,
                         std::span<const JobId> moving = {});
    /// PERMISSION_DENIED unless the principal holds the action that fires `event`.
    Result<void> RequireEventAction(const auth::Principal& principal, JobEvent event) const;
    /// Fire inside the caller's transaction (after RequireEventAction).
    Result<Job> FireIn(Tx& tx, const auth::Principal& principal, JobId id, const EventInput& input);
    /// Moves `before` by the event when the table and the guards allow it; `may` answers whether
    /// the principal holds an action the table names.
    Result<Job> Transition(Tx& tx,
                           const auth::Principal& principal,
                           const Job& before,
                           const EventInput& input,
                           const std::function<bool(std::string_view)>& may);
    /// The checks of a new job that need no database; a dealer's account is pinned to its dealer.
    Violations CheckShape(const auth::Principal& principal, NewJob& in) const;
    /// The job `in` describes, its references checked into `refs` (not stored).
    Result<Job> Build(Tx& tx, const auth::Principal& principal, const NewJob& in, Violations& refs);
    /// The names of an import row turned into ids; what cannot be found goes into `v`.
    Result<NewJob> Resolve(Tx& tx, const ImportRow& row, Violations& v);
    bool CanSee(const auth::Principal& principal, const Job& job) const;
    Result<void> Record(Tx& tx,
                        const auth::Principal& principal,
                        const Job& job,
                        JobStatus from,
                        JobEvent event,
                        const std::string& note);
    JobRepository& jobs_;
    JobReferences& references_;
    TransactionRunner& transactions_;
    policy::PolicyReader& policy_;
    approvals::ApprovalService& approvals_;
    audit::AuditLog& audit_;
    std::vector<JobEventGuard*> guards_;
    const Clock& clock_;
};

/// The audit snapshot of a job.
audit::Snapshot SnapshotOf(const Job& job);

}  // namespace kefu::jobs
