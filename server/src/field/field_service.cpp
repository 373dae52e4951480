#include "field/field_service.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "field/crew_access.hpp"
#include "field/exactly_once.hpp"
#include "field/field_actions.hpp"
#include "images/photo.hpp"
#include "jobs/job_actions.hpp"

namespace kefu::field {
namespace {

/// How many conflicts and incidents the office lists show at most.
constexpr int kListLimit = 500;

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid field record", std::move(violations)));
}

std::vector<std::string> CountTexts(const std::vector<ItemCount>& counts) {
    std::vector<std::string> out;
    out.reserve(counts.size());
    for (const ItemCount& c : counts) out.push_back(fmt::format("{}:{}", c.item_id, c.pieces));
    return out;
}

audit::Snapshot SnapshotOf(const FieldRecord& r) {
    std::vector<std::string> checks;
    checks.reserve(r.input.checks.size());
    for (Check c : r.input.checks) checks.emplace_back(kCheckNames.Name(c));
    return {{"jobId", r.input.job_id},
            {"step", std::string(kFieldStepNames.Name(r.input.step))},
            {"checks", std::move(checks)},
            {"counts", CountTexts(r.input.counts)},
            {"recordedAt", FormatTimestamp(r.input.recorded_at)},
            {"outcome", std::string(kRecordOutcomeNames.Name(r.outcome))},
            {"conflictReason", r.conflict_reason}};
}

audit::Snapshot SnapshotOf(const Incident& i) {
    std::vector<std::string> differences;
    differences.reserve(i.differences.size());
    for (const CountDifference& d : i.differences) {
        differences.push_back(fmt::format("{}:{}->{}", d.item_id, d.expected, d.counted));
    }
    return {{"jobId", i.job_id},
            {"kind", std::string(kIncidentKindNames.Name(i.kind))},
            {"recordId", i.record_id},
            {"differences", std::move(differences)},
            {"resolution", i.resolution}};
}

/// The reason a refused event gives, for the conflict the crew and the office see.
std::string ReasonOf(const Error& error) {
    if (!error.violations().empty()) return error.violations().front().reason;
    return "illegal_transition";
}

}  // namespace

Result<void> FieldService::OpenIncidentGuard::Check(Tx& tx,
                                                    const jobs::Job& job,
                                                    jobs::JobEvent event) {
    if (event != jobs::JobEvent::kClose) return {};
    KEFU_ASSIGN_OR_RETURN(auto open, field_.ListIncidents(tx, job.id.value(), true, 1));
    if (open.empty()) return {};
    return Fail(Error::FailedPrecondition(
        fmt::format("job {} has an unresolved field incident", job.number),
        {{"incidents", "unresolved", std::to_string(open.front().id)}}));
}

Result<void> FieldService::ValidateShape(const RecordInput& input) const {
    return AsInvalid(CheckRecordShape(input, clock_.Now()));
}

Result<RecordResult> FieldService::Record(const auth::Principal& principal,
                                          const RecordInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kRecord));
    KEFU_TRY(ValidateShape(input));
    auto attempt = [&] {
        return transactions_.Run<RecordResult>(
            TxMode::kWrite, [&](Tx& tx) { return RecordIn(tx, principal, input); });
    };
    return RunOnceMoreAfterRace(attempt);
}

Result<RecordResult> FieldService::RecordIn(Tx& tx,
                                            const auth::Principal& principal,
                                            const RecordInput& in) {
    const std::string fingerprint = Fingerprint(in);
    KEFU_ASSIGN_OR_RETURN(auto stored, field_.FindRecord(tx, in.id));
    if (stored) {
        if (stored->fingerprint != fingerprint) {
            return Fail(Error::AlreadyExists("this record id was used for another record",
                                             {{"id", "reused"}}));
        }
        KEFU_ASSIGN_OR_RETURN(jobs::Job job,
                              jobs_.LoadVisible(tx, principal, jobs::JobId(in.job_id)));
        RecordResult replay{*stored, true, std::nullopt, job.status};
        KEFU_ASSIGN_OR_RETURN(auto incidents,
                              field_.ListIncidents(tx, in.job_id, false, kListLimit));
        for (const Incident& i : incidents) {
            if (i.record_id == in.id) replay.incident = i;
        }
        return replay;
    }
    KEFU_ASSIGN_OR_RETURN(jobs::Job job, jobs_.LoadVisible(tx, principal, jobs::JobId(in.job_id)));
    KEFU_TRY(RequireCrewOrOffice(principal, job, "only the job's crew records its field steps"));
    std::vector<std::int64_t> products;
    products.reserve(job.items.size());
    for (const jobs::JobItem& item : job.items) products.push_back(item.product_id);
    KEFU_TRY(AsInvalid(CheckCountsCover(in, products)));

    FieldRecord record;
    record.input = in;
    record.fingerprint = fingerprint;
    if (principal.user_id.valid()) record.recorded_by = principal.user_id;
    record.recorded_by_name = principal.display_name;
    record.received_at = clock_.Now();
    jobs::JobStatus status = job.status;
    if (auto event = StepEvent(in.step)) {
        auto moved = jobs_.FireForCrew(tx, principal, job.id, *event);
        if (moved) {
            status = moved->status;
        } else if (moved.error().code() == ErrorCode::kFailedPrecondition) {
            // The office moved the job while the crew was offline: keep what the crew did.
            record.outcome = RecordOutcome::kConflict;
            record.conflict_reason = ReasonOf(moved.error());
        } else {
            return Fail(std::move(moved).error());
        }
    } else if (job.status != jobs::JobStatus::kOnSite) {
        record.outcome = RecordOutcome::kConflict;
        record.conflict_reason = "not_on_site";
    }
    if (record.outcome == RecordOutcome::kConflict) {
        record.conflict_status = std::string(jobs::kJobStatusNames.Name(job.status));
    }
    KEFU_TRY(field_.InsertRecord(tx, record));
    KEFU_TRY(
        audit_.Record(tx, principal, {events::kRecord, in.id, std::nullopt, SnapshotOf(record)}));
    RecordResult result{record, false, std::nullopt, status};
    if (record.outcome == RecordOutcome::kApplied && in.step == FieldStep::kArrival) {
        KEFU_ASSIGN_OR_RETURN(result.incident, CompareWithLoading(tx, principal, record));
    }
    return result;
}

Result<std::optional<Incident>> FieldService::CompareWithLoading(Tx& tx,
                                                                 const auth::Principal& principal,
                                                                 const FieldRecord& arrival) {
    KEFU_ASSIGN_OR_RETURN(auto records, field_.ListRecords(tx, arrival.input.job_id));
    const FieldRecord* loading = nullptr;
    for (const FieldRecord& r : records) {
        if (r.input.step == FieldStep::kLoading && r.outcome == RecordOutcome::kApplied) {
            loading = &r;  // by recorded time: the last loading counts
        }
    }
    if (loading == nullptr) return std::optional<Incident>();
    auto differences = CountDifferences(loading->input.counts, arrival.input.counts);
    if (differences.empty()) return std::optional<Incident>();
    Incident incident;
    incident.job_id = arrival.input.job_id;
    incident.kind = IncidentKind::kCountMismatch;
    incident.record_id = arrival.input.id;
    incident.differences = std::move(differences);
    incident.raised_at = clock_.Now();
    KEFU_ASSIGN_OR_RETURN(Incident stored, field_.InsertIncident(tx, incident));
    KEFU_TRY(audit_.Record(
        tx,
        principal,
        {events::kIncidentRaise, std::to_string(stored.id), std::nullopt, SnapshotOf(stored)}));
    return std::optional<Incident>(std::move(stored));
}

Result<PhotoResult> FieldService::AddPhoto(const auth::Principal& principal,
                                           const PhotoInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kRecord));
    if (!IsUuid(input.id)) {
        return Fail(Error::InvalidArgument("invalid photo", {{"id", "invalid_format"}}));
    }
    const std::string fingerprint = PhotoFingerprint(input);
    // The photo stored under this id before: a replay, or the id reused for another photo.
    auto earlier = [&](Tx& tx) -> Result<std::optional<PhotoResult>> {
        KEFU_ASSIGN_OR_RETURN(auto before, field_.FindPhoto(tx, input.id));
        if (!before) return std::optional<PhotoResult>();
        if (before->fingerprint != fingerprint) {
            return Fail(Error::AlreadyExists("this photo id was used for another photo",
                                             {{"id", "reused"}}));
        }
        KEFU_TRY(jobs_.LoadVisible(tx, principal, jobs::JobId(before->job_id)));
        return std::optional<PhotoResult>(PhotoResult{std::move(*before), true});
    };
    // A photo sent again (its answer was lost) is answered before it is decoded again.
    KEFU_ASSIGN_OR_RETURN(auto replay,
                          transactions_.Run<std::optional<PhotoResult>>(TxMode::kRead, earlier));
    if (replay) return std::move(*replay);
    // Decoded outside the transaction: a photo costs a few hundred milliseconds of CPU.
    auto photo = images::ReencodePhoto(input.bytes, input.content_type);
    if (!photo) {
        if (photo.error().code() != ErrorCode::kInvalidArgument)
            return Fail(std::move(photo).error());
        std::vector<FieldViolation> on_data;
        for (const FieldViolation& v : photo.error().violations()) {
            on_data.push_back({"data", v.reason, v.detail});
        }
        return Fail(Error::InvalidArgument(photo.error().message(), std::move(on_data)));
    }
    FieldPhoto stored;
    stored.record_id = input.id;
    stored.job_id = input.job_id;
    stored.step = input.step;
    stored.fingerprint = fingerprint;
    stored.jpeg = std::move(photo->jpeg);
    stored.width = photo->width;
    stored.height = photo->height;
    stored.size_bytes = static_cast<std::int64_t>(stored.jpeg.size());
    if (principal.user_id.valid()) stored.recorded_by = principal.user_id;
    stored.recorded_by_name = principal.display_name;
    stored.received_at = clock_.Now();
    auto attempt = [&] {
        return transactions_.Run<PhotoResult>(TxMode::kWrite, [&](Tx& tx) -> Result<PhotoResult> {
            // Sent twice at once: the other request may have stored it meanwhile.
            KEFU_ASSIGN_OR_RETURN(auto raced, earlier(tx));
            if (raced) return std::move(*raced);
            KEFU_ASSIGN_OR_RETURN(jobs::Job job,
                                  jobs_.LoadVisible(tx, principal, jobs::JobId(input.job_id)));
            KEFU_TRY(RequireCrewOrOffice(principal, job, "only the job's crew adds its photos"));
            FieldPhoto row = stored;
            KEFU_ASSIGN_OR_RETURN(row.id, field_.InsertPhoto(tx, row));
            const audit::Snapshot after{{"jobId", row.job_id},
                                        {"step", std::string(kFieldStepNames.Name(row.step))},
                                        {"recordId", row.record_id},
                                        {"width", std::int64_t{row.width}},
                                        {"height", std::int64_t{row.height}},
                                        {"sizeBytes", row.size_bytes}};
            KEFU_TRY(audit_.Record(
                tx, principal, {events::kPhoto, std::to_string(row.id), std::nullopt, after}));
            row.jpeg.clear();
            return PhotoResult{std::move(row), false};
        });
    };
    return RunOnceMoreAfterRace(attempt);
}

Result<FieldPhoto> FieldService::Photo(const auth::Principal& principal, std::int64_t id) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<FieldPhoto>(TxMode::kRead, [&](Tx& tx) -> Result<FieldPhoto> {
        KEFU_ASSIGN_OR_RETURN(auto photo, field_.PhotoById(tx, id));
        if (!photo) return Fail(Error::NotFound("no such photo"));
        KEFU_TRY(jobs_.LoadVisible(tx, principal, jobs::JobId(photo->job_id)));
        return std::move(*photo);
    });
}

Result<JobFieldWork> FieldService::ForJob(const auth::Principal& principal, std::int64_t job_id) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<JobFieldWork>(TxMode::kRead, [&](Tx& tx) -> Result<JobFieldWork> {
        KEFU_TRY(jobs_.LoadVisible(tx, principal, jobs::JobId(job_id)));
        JobFieldWork work;
        KEFU_ASSIGN_OR_RETURN(work.records, field_.ListRecords(tx, job_id));
        KEFU_ASSIGN_OR_RETURN(work.incidents, field_.ListIncidents(tx, job_id, false, kListLimit));
        KEFU_ASSIGN_OR_RETURN(work.photos, field_.ListPhotos(tx, job_id));
        return work;
    });
}

Result<std::vector<FieldJob>> FieldService::MyJobs(const auth::Principal& principal,
                                                   std::optional<Date> from,
                                                   std::optional<Date> to) {
    KEFU_TRY(auth::Require(principal, actions::kRecord));
    const Date first = from.value_or(clock_.Today());
    KEFU_ASSIGN_OR_RETURN(auto crew_jobs,
                          jobs_.CrewJobs(principal, first, to.value_or(first.AddDays(2))));
    return transactions_.Run<std::vector<FieldJob>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<FieldJob>> {
            std::vector<FieldJob> out;
            out.reserve(crew_jobs.size());
            for (jobs::CrewJob& crew_job : crew_jobs) {
                FieldJob job{std::move(crew_job), {}};
                const jobs::Job& j = job.crew_job.job;
                KEFU_ASSIGN_OR_RETURN(auto records, field_.ListRecords(tx, j.id.value()));
                KEFU_ASSIGN_OR_RETURN(auto versions, field_.WarrantiesOfJob(tx, j.id.value()));
                // The terms of the day the crew is there, which is what it explains.
                job.warranties = catalog::InForceOn(
                    versions, j.assignment ? j.assignment->date : j.requested_date);
                for (const FieldRecord& r : records) {
                    if (r.outcome == RecordOutcome::kApplied)
                        job.steps_done.push_back(r.input.step);
                }
                out.push_back(std::move(job));
            }
            return out;
        });
}

Result<std::vector<Incident>> FieldService::Incidents(const auth::Principal& principal,
                                                      bool open_only) {
    KEFU_TRY(auth::Require(principal, actions::kOversee));
    return transactions_.Run<std::vector<Incident>>(TxMode::kRead, [&](Tx& tx) {
        return field_.ListIncidents(tx, std::nullopt, open_only, kListLimit);
    });
}

Result<std::vector<FieldRecord>> FieldService::Conflicts(const auth::Principal& principal) {
    KEFU_TRY(auth::Require(principal, actions::kOversee));
    return transactions_.Run<std::vector<FieldRecord>>(
        TxMode::kRead, [&](Tx& tx) { return field_.ListConflicts(tx, kListLimit); });
}

Result<Incident> FieldService::Resolve(const auth::Principal& principal,
                                       std::int64_t id,
                                       const std::string& resolution,
                                       int version) {
    KEFU_TRY(auth::Require(principal, actions::kResolve));
    if (resolution.empty()) {
        return Fail(
            Error::InvalidArgument("say how it was resolved", {{"resolution", "required"}}));
    }
    return transactions_.Run<Incident>(TxMode::kWrite, [&](Tx& tx) -> Result<Incident> {
        KEFU_ASSIGN_OR_RETURN(auto found, field_.FindIncident(tx, id));
        if (!found) return Fail(Error::NotFound("no such incident"));
        if (!found->open()) {
            return Fail(Error::FailedPrecondition("the incident is already resolved",
                                                  {{"status", "already_resolved"}}));
        }
        if (found->version != version) {
            return Fail(Error::Aborted("the incident was changed by someone else; reload it"));
        }
        Incident after = *found;
        after.resolved_at = clock_.Now();
        after.resolved_by_name = principal.display_name;
        after.resolution = resolution;
        after.version = found->version + 1;
        KEFU_TRY(field_.ResolveIncident(tx, after));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kIncidentResolve, std::to_string(id), SnapshotOf(*found), SnapshotOf(after)}));
        return after;
    });
}

}  // namespace kefu::field
