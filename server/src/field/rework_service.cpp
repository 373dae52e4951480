#include "field/rework_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "field/field_actions.hpp"

namespace kefu::field {
namespace {

audit::Snapshot SnapshotOf(const Rework& r) {
    return {{"jobId", r.job_id},
            {"originalJobId", r.original_job_id},
            {"committedDate", r.committed.ToString()},
            {"problem", r.problem},
            {"apologyNote", r.apology_note},
            {"apologyCalled", r.apology_at.has_value()}};
}

/// The job, or nullopt when the principal may not see it (the same as a missing one).
Result<std::optional<jobs::Job>> Visible(Tx& tx,
                                         jobs::JobService& jobs,
                                         const auth::Principal& principal,
                                         std::int64_t id) {
    auto job = jobs.LoadVisible(tx, principal, jobs::JobId(id));
    if (job) return std::optional<jobs::Job>(std::move(*job));
    if (job.error().code() == ErrorCode::kNotFound) return std::optional<jobs::Job>();
    return Fail(job.error());
}

/// Rate rows sorted by most late first, then by name, for the office to read from the top.
std::vector<RateRow> Rows(const std::map<std::int64_t, OnTimeRate>& rates,
                          const std::map<std::int64_t, std::string>& names) {
    std::vector<RateRow> rows;
    rows.reserve(rates.size());
    for (const auto& [id, rate] : rates) rows.push_back({{id, names.at(id)}, rate});
    std::ranges::sort(rows, [](const RateRow& a, const RateRow& b) {
        if (a.rate.late != b.rate.late) return a.rate.late > b.rate.late;
        return a.who.name < b.who.name;
    });
    return rows;
}

}  // namespace

Result<std::optional<ReworkView>> ReworkService::ViewOf(Tx& tx,
                                                        const auth::Principal& principal,
                                                        const Rework& rework) {
    KEFU_ASSIGN_OR_RETURN(auto job, Visible(tx, jobs_, principal, rework.job_id));
    if (!job) return std::optional<ReworkView>();
    KEFU_ASSIGN_OR_RETURN(auto original, Visible(tx, jobs_, principal, rework.original_job_id));
    ReworkView view;
    view.rework = rework;
    view.job_number = job->number;
    view.job_status = job->status;
    view.timeliness = ReworkTimeliness(rework.committed, rework.done_at, clock_.Now());
    view.crew = CrewOf(*job);
    if (original) {
        view.original_number = original->number;
        // Until the head assigns the rework, the promise counts for the crew that left it.
        if (view.crew.empty()) {
            view.crew = CrewOf(*original);
            view.crew_from_original = !view.crew.empty();
        }
    }
    return std::optional<ReworkView>(std::move(view));
}

Result<ReworkView> ReworkService::Create(const auth::Principal& principal, const NewRework& input) {
    KEFU_TRY(auth::Require(principal, actions::kRework));
    KEFU_TRY(Validate(input));
    return transactions_.Run<ReworkView>(TxMode::kWrite, [&](Tx& tx) -> Result<ReworkView> {
        KEFU_ASSIGN_OR_RETURN(jobs::Job original,
                              jobs_.LoadVisible(tx, principal, jobs::JobId(input.original_job_id)));
        if (!CanRaiseRework(original.status)) {
            return Fail(Error::FailedPrecondition(
                fmt::format("a job {} cannot be reworked: its crew has not been on site",
                            jobs::kJobStatusNames.Name(original.status)),
                {{"originalJobId", "state"}}));
        }
        jobs::NewJob job;
        job.kind = jobs::JobKind::kRework;
        job.original_job = original.id;
        job.customer_id = original.customer_id;
        job.dealer_id = original.dealer_id;
        job.site_id = original.site_id;
        job.contact_name = original.contact_name;
        job.contact_phone = original.contact_phone;
        job.requested_date = input.committed;
        job.window = original.requested_window;
        job.priority = original.priority;
        job.source_document = original.number;
        job.notes = input.problem;
        for (const jobs::JobItem& item : original.items)
            job.items.push_back({item.product_id, item.quantity, item.pieces});
        KEFU_ASSIGN_OR_RETURN(jobs::Job created, jobs_.CreateIn(tx, principal, job));

        Rework rework;
        rework.job_id = created.id.value();
        rework.original_job_id = original.id.value();
        rework.problem = input.problem;
        rework.committed = input.committed;
        if (principal.user_id.valid()) rework.raised_by = principal.user_id;
        rework.raised_by_name = principal.display_name;
        rework.raised_at = clock_.Now();
        if (input.apology_called) {
            rework.apology_at = rework.raised_at;
            rework.apology_by = rework.raised_by;
            rework.apology_by_name = principal.display_name;
            rework.apology_note = input.apology_note;
        }
        KEFU_TRY(reworks_.Insert(tx, rework));
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kReworkCreate,
                                std::to_string(rework.job_id),
                                std::nullopt,
                                SnapshotOf(rework)}));
        KEFU_ASSIGN_OR_RETURN(auto view, ViewOf(tx, principal, rework));
        if (!view) return Fail(Error::NotFound("job not found"));
        return std::move(*view);
    });
}

Result<ReworkView> ReworkService::RecordApology(const auth::Principal& principal,
                                                std::int64_t job_id,
                                                const std::string& note,
                                                int version) {
    KEFU_TRY(auth::Require(principal, actions::kRework));
    return transactions_.Run<ReworkView>(TxMode::kWrite, [&](Tx& tx) -> Result<ReworkView> {
        KEFU_ASSIGN_OR_RETURN(auto found, reworks_.Select(tx, {.job_id = job_id, .limit = 1}));
        if (found.empty()) return Fail(Error::NotFound("rework not found"));
        Rework rework = found.front();
        KEFU_ASSIGN_OR_RETURN(auto job, Visible(tx, jobs_, principal, rework.job_id));
        if (!job) return Fail(Error::NotFound("rework not found"));
        if (rework.apology_at) {
            return Fail(Error::FailedPrecondition("the apology call is recorded already",
                                                  {{"apology", "already_recorded"}}));
        }
        if (rework.version != version) {
            return Fail(Error::Aborted("the rework was changed by someone else; reload it"));
        }
        const audit::Snapshot before = SnapshotOf(rework);
        rework.apology_at = clock_.Now();
        if (principal.user_id.valid()) rework.apology_by = principal.user_id;
        rework.apology_by_name = principal.display_name;
        rework.apology_note = note;
        rework.version += 1;
        KEFU_TRY(reworks_.RecordApology(tx, rework));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kReworkApology, std::to_string(rework.job_id), before, SnapshotOf(rework)}));
        KEFU_ASSIGN_OR_RETURN(auto view, ViewOf(tx, principal, rework));
        if (!view) return Fail(Error::NotFound("rework not found"));
        return std::move(*view);
    });
}

Result<ReworksOfJob> ReworkService::ForJob(const auth::Principal& principal, std::int64_t job_id) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<ReworksOfJob>(TxMode::kRead, [&](Tx& tx) -> Result<ReworksOfJob> {
        KEFU_TRY(jobs_.LoadVisible(tx, principal, jobs::JobId(job_id)));
        ReworksOfJob out;
        KEFU_ASSIGN_OR_RETURN(auto own, reworks_.Select(tx, {.job_id = job_id, .limit = 1}));
        if (!own.empty()) {
            KEFU_ASSIGN_OR_RETURN(out.rework, ViewOf(tx, principal, own.front()));
        }
        KEFU_ASSIGN_OR_RETURN(auto raised, reworks_.Select(tx, {.original_job_id = job_id}));
        for (const Rework& r : raised) {
            KEFU_ASSIGN_OR_RETURN(auto view, ViewOf(tx, principal, r));
            if (view) out.raised.push_back(std::move(*view));
        }
        return out;
    });
}

Result<std::vector<ReworkView>> ReworkService::Committed(Tx& tx,
                                                         const auth::Principal& principal,
                                                         Date from,
                                                         Date to) {
    KEFU_ASSIGN_OR_RETURN(auto reworks,
                          reworks_.Select(tx, {.committed_from = from, .committed_to = to}));
    std::vector<ReworkView> out;
    for (const Rework& r : reworks) {
        KEFU_ASSIGN_OR_RETURN(auto view, ViewOf(tx, principal, r));
        if (view) out.push_back(std::move(*view));
    }
    return out;
}

Result<std::vector<ReworkView>> ReworkService::ListCommitted(const auth::Principal& principal,
                                                             Date from,
                                                             Date to) {
    KEFU_TRY(auth::Require(principal, actions::kOversee));
    KEFU_TRY(CheckPeriod(from, to));
    return transactions_.Run<std::vector<ReworkView>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<ReworkView>> {
            return Committed(tx, principal, from, to);
        });
}

Result<OnTimeReport> ReworkService::OnTime(const auth::Principal& principal, Date from, Date to) {
    KEFU_TRY(auth::Require(principal, actions::kOversee));
    KEFU_TRY(CheckPeriod(from, to));
    return transactions_.Run<OnTimeReport>(TxMode::kRead, [&](Tx& tx) -> Result<OnTimeReport> {
        KEFU_ASSIGN_OR_RETURN(auto views, Committed(tx, principal, from, to));
        OnTimeReport report{.from = from, .to = to};
        std::vector<ReworkRecord> records;
        std::map<std::int64_t, std::string> names;
        for (const ReworkView& v : views) {
            // A cancelled rework is a promise withdrawn with the customer, not one broken.
            if (v.job_status == jobs::JobStatus::kCancelled || v.crew.empty()) continue;
            if (v.timeliness == Timeliness::kPending) ++report.pending;
            ReworkRecord record{.crew_lead = v.crew.front().id,
                                .people = {},
                                .committed = v.rework.committed,
                                .done_at = v.rework.done_at};
            for (const CrewPerson& p : v.crew) {
                record.people.push_back(p.id);
                names.emplace(p.id, p.name);
            }
            records.push_back(std::move(record));
        }
        const OnTimeRates rates = ComputeOnTimeRates(records, clock_.Now());
        report.by_crew = Rows(rates.by_crew, names);
        report.by_person = Rows(rates.by_person, names);
        return report;
    });
}

}  // namespace kefu::field
