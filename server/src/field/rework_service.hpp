// Use cases of rework (R-FLD-8): a problem that could not be solved on site becomes a rework job
// linked to the original job and its crew, with the date committed to the customer and the
// apology call; the office sees what is due and the on-time rate of each crew and person.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "field/office_lists.hpp"
#include "field/rework_repository.hpp"
#include "jobs/job_service.hpp"
#include "platform/clock.hpp"

namespace kefu::field {

/// A rework with what the office reads of it: its job, its original and the crew it counts for.
struct ReworkView {
    Rework rework;
    std::string job_number;
    jobs::JobStatus job_status = jobs::JobStatus::kNew;
    std::string original_number;
    Timeliness timeliness = Timeliness::kPending;
    /// The crew the promise counts for: the rework job's once assigned, else the original's.
    std::vector<CrewPerson> crew;  ///< the lead first; empty when neither job has a crew
    bool crew_from_original = false;
};

/// The reworks of one job's page: the promise of a rework job, and the reworks raised from it.
struct ReworksOfJob {
    std::optional<ReworkView> rework;
    std::vector<ReworkView> raised;
};

/// One crew's or person's on-time figures.
struct RateRow {
    CrewPerson who;
    OnTimeRate rate;
};

/// On-time rates of the reworks committed in a period (R-FLD-8).
struct OnTimeReport {
    Date from;
    Date to;
    std::vector<RateRow> by_crew = {};    ///< a crew is named by its lead
    std::vector<RateRow> by_person = {};  ///< by name
    int pending = 0;                      ///< not done and not yet late: not counted
};

/// The rework service.
class ReworkService {
public:
    ReworkService(ReworkRepository& reworks,
                  jobs::JobService& jobs,
                  TransactionRunner& transactions,
                  audit::AuditLog& audit,
                  const Clock& clock)
        : reworks_(reworks),
          jobs_(jobs),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// Raises a rework job for `input.original_job_id` (field.rework): same customer or dealer,
    /// site, contact, window and items, requested on the committed date, with the problem as its
    /// notes; the apology call is recorded with it when already made. One transaction, audited.
    /// NOT_FOUND for an original the principal may not see; FAILED_PRECONDITION (originalJobId:
    /// state) before the crew has been on site; INVALID_ARGUMENT with every violation.
    Result<ReworkView> Create(const auth::Principal& principal, const NewRework& input);
    /// The rules of a new rework alone, as of today (for the route, with the body's errors).
    Result<void> Validate(const NewRework& input) const {
        return CheckNewRework(input, clock_.Today()).ToResult("invalid rework");
    }
    /// Records the apology call to the customer of rework job `job_id` (field.rework), once.
    /// FAILED_PRECONDITION (apology: already_recorded) the second time; ABORTED when stale.
    Result<ReworkView> RecordApology(const auth::Principal& principal,
                                     std::int64_t job_id,
                                     const std::string& note,
                                     int version);
    /// The job's own promise (if it is a rework) and the reworks raised from it (field.read);
    /// NOT_FOUND like the job.
    Result<ReworksOfJob> ForJob(const auth::Principal& principal, std::int64_t job_id);
    /// Reworks committed from `from` to `to` (field.oversee), of jobs the principal may see.
    /// INVALID_ARGUMENT (to: before_from / too_long) beyond 366 days.
    Result<std::vector<ReworkView>> ListCommitted(const auth::Principal& principal,
                                                  Date from,
                                                  Date to);
    /// The on-time rate per crew and per person of the reworks committed from `from` to `to`
    /// (field.oversee), as of now; limits as ListCommitted.
    Result<OnTimeReport> OnTime(const auth::Principal& principal, Date from, Date to);

private:
    /// The view of `rework` read in `tx`; nullopt when the principal may not see its job.
    Result<std::optional<ReworkView>> ViewOf(Tx& tx,
                                             const auth::Principal& principal,
                                             const Rework& rework);
    Result<std::vector<ReworkView>> Committed(Tx& tx,
                                              const auth::Principal& principal,
                                              Date from,
                                              Date to);

    ReworkRepository& reworks_;
    jobs::JobService& jobs_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::field
