// Use cases of field work (R-FLD-1..4, R-FLD-10): a step recorded on the phone applied exactly
// once, whatever the network did; the piece-count incident of an arrival (R-FLD-3) and its
// resolution; what the office sees.
#pragma once

#include <optional>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "field/field_repository.hpp"
#include "jobs/job_event_guard.hpp"
#include "jobs/job_service.hpp"
#include "platform/clock.hpp"

namespace kefu::field {

/// What recording a step did.
struct RecordResult {
    FieldRecord record;
    bool replayed = false;             ///< the same record came before: nothing was done again
    std::optional<Incident> incident;  ///< raised by this record (an arrival that counts short)
    jobs::JobStatus job_status = jobs::JobStatus::kNew;  ///< the job's state afterwards
};

/// A job's field work: its records, incidents and photos (without their bytes).
struct JobFieldWork {
    std::vector<FieldRecord> records;
    std::vector<Incident> incidents;
    std::vector<FieldPhoto> photos;
};

/// What sending a photo did.
struct PhotoResult {
    FieldPhoto photo;       ///< without its bytes
    bool replayed = false;  ///< the same photo came before: nothing was stored again
};

/// A job on the crew's phone: the job, who and where, and the steps already applied.
struct FieldJob {
    jobs::CrewJob crew_job;
    std::vector<FieldStep> steps_done;  ///< steps whose record moved the job, in order
    /// The warranty in force on the job's day per series of its products (R-FLD-4).
    std::vector<catalog::SeriesWarranty> warranties = {};
};

/// The field service; every path to field records goes through its checks.
class FieldService {
public:
    FieldService(FieldRepository& field,
                 jobs::JobService& jobs,
                 TransactionRunner& transactions,
                 audit::AuditLog& audit,
                 const Clock& clock)
        : field_(field), jobs_(jobs), transactions_(transactions), audit_(audit), clock_(clock) {}

    /// Applies a step the crew recorded, once per UUID: a second delivery of the same record
    /// answers what the first did (replayed); the UUID with other content is ALREADY_EXISTS (id
    /// reused). PERMISSION_DENIED without field.record or when the principal is not on the
    /// job's crew (the office, with job.progress, may record for it); NOT_FOUND for a job the
    /// principal cannot see; INVALID_ARGUMENT with every violation. When the job has moved on
    /// (cancelled, the step already done) the record is kept as a conflict, not refused.
    Result<RecordResult> Record(const auth::Principal& principal, const RecordInput& input);
    /// The shape checks alone (for the route, before the body's errors are reported).
    Result<void> ValidateShape(const RecordInput& input) const;
    /// Stores a photo of a step, re-encoded without metadata (ADR 0016), once per UUID like a
    /// record (replay; ALREADY_EXISTS "id reused"). INVALID_ARGUMENT on `data` for a photo that
    /// is not one (type, size, pixel count, unreadable), nothing stored; the crew rules of Record.
    Result<PhotoResult> AddPhoto(const auth::Principal& principal, const PhotoInput& input);
    /// A stored photo with its JPEG bytes; NOT_FOUND like its job.
    Result<FieldPhoto> Photo(const auth::Principal& principal, std::int64_t id);
    /// NOT_FOUND like the job's own page.
    Result<JobFieldWork> ForJob(const auth::Principal& principal, std::int64_t job_id);
    /// The principal's crew jobs from `from` (default today, China time) to `to` (default two
    /// days after `from`) with their applied steps, for the phone to keep offline (R-FLD-10);
    /// PERMISSION_DENIED without field.record.
    Result<std::vector<FieldJob>> MyJobs(const auth::Principal& principal,
                                         std::optional<Date> from,
                                         std::optional<Date> to);
    /// Open incidents (or all), oldest first; PERMISSION_DENIED without field.oversee.
    Result<std::vector<Incident>> Incidents(const auth::Principal& principal, bool open_only);
    /// Records kept as conflicts, newest first; PERMISSION_DENIED without field.oversee.
    Result<std::vector<FieldRecord>> Conflicts(const auth::Principal& principal);
    /// Closes an incident with what the head decided. FAILED_PRECONDITION when already
    /// resolved; ABORTED when `version` is stale; INVALID_ARGUMENT without a resolution.
    Result<Incident> Resolve(const auth::Principal& principal,
                             std::int64_t id,
                             const std::string& resolution,
                             int version);
    /// The rule the jobs service consults: no close while an incident of the job is open.
    jobs::JobEventGuard& close_guard() { return close_guard_; }

private:
    /// Refuses closing a job with an open incident (R-FLD-3).
    class OpenIncidentGuard final : public jobs::JobEventGuard {
    public:
        explicit OpenIncidentGuard(FieldRepository& field) : field_(field) {}
        Result<void> Check(Tx& tx, const jobs::Job& job, jobs::JobEvent event) override;

    private:
        FieldRepository& field_;
    };

    /// One attempt of Record in a transaction.
    Result<RecordResult> RecordIn(Tx& tx, const auth::Principal& principal, const RecordInput& in);
    /// The incident an arrival raises when its counts are not the loading's; nullopt when equal
    /// or when no loading was recorded.
    Result<std::optional<Incident>> CompareWithLoading(Tx& tx,
                                                       const auth::Principal& principal,
                                                       const FieldRecord& arrival);

    FieldRepository& field_;
    jobs::JobService& jobs_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
    OpenIncidentGuard close_guard_{field_};
};

}  // namespace kefu::field
