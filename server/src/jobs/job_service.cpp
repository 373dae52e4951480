#include "jobs/job_service.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "documents/pdf_renderer.hpp"
#include "jobs/feedback_form.hpp"
#include "jobs/job_actions.hpp"

namespace kefu::jobs {
namespace {

// The names of the new crew, from the facts the checks loaded: the answer to an assignment names
// the crew it set, not the one before (a reassignment would otherwise show the old lead's name).
Job::Names CrewNames(Job::Names names, const Assignment& a, const AssignmentFacts& facts) {
    const auto name_of = [&](StaffId id) {
        for (const PersonFacts& p : facts.people) {
            if (p.id == id) return p.name;
        }
        return std::string();
    };
    names.lead = name_of(a.lead);
    names.driver = a.driver ? name_of(*a.driver) : std::string();
    names.vehicle_plate = facts.vehicle ? facts.vehicle->plate : std::string();
    names.members.clear();
    for (StaffId m : a.members) names.members.push_back(name_of(m));
    return names;
}

/// An error of the i-th of several assignments (or releases), with its fields under
/// "assignments[i]." and the job named in the message, so the head sees which card of a plan
/// failed.
Error NamingItem(const Error& error,
                 std::size_t i,
                 JobId job,
                 std::string_view list = "assignments") {
    std::vector<FieldViolation> violations;
    const std::string prefix = fmt::format("{}[{}]", list, i);
    for (const FieldViolation& v : error.violations()) {
        violations.push_back({prefix + "." + v.field, v.reason, v.detail});
    }
    if (violations.empty())
        violations.push_back({prefix, std::string(ErrorCodeName(error.code()))});
    return {error.code(),
            fmt::format("job {}: {}", job.value(), error.message()),
            std::move(violations)};
}

using auth::Require;

constexpr std::string_view kCrewSizeKey = "dispatch.crew_size_requiring_approval";

std::string IdText(JobId id) { return std::to_string(id.value()); }

Error NotFound() { return Error::NotFound("no such job"); }

Error Stale() { return Error::Aborted("someone else changed this job; reload and try again"); }

int CrewSize(const Assignment& a) {
    std::set<StaffId> people{a.lead};
    people.insert(a.members.begin(), a.members.end());
    return static_cast<int>(people.size());
}

}  // namespace

audit::Snapshot SnapshotOf(const Job& job) {
    audit::Snapshot s{{"number", job.number},
                      {"kind", std::string(kJobKindNames.Name(job.kind))},
                      {"status", std::string(kJobStatusNames.Name(job.status))},
                      {"siteId", job.site_id},
                      {"requestedDate", job.requested_date.ToString()},
                      {"crewNeeded", static_cast<std::int64_t>(job.crew_needed)},
                      {"crewApproval", std::string(kCrewApprovalNames.Name(job.crew_approval))},
                      {"version", static_cast<std::int64_t>(job.version)}};
    if (job.assignment) {
        s.push_back({"scheduledDate", job.assignment->date.ToString()});
        s.push_back({"lead", job.assignment->lead.value()});
        std::vector<std::string> members;
        for (StaffId m : job.assignment->members) members.push_back(std::to_string(m.value()));
        s.push_back({"members", members});
    }
    if (!job.cancel_reason.empty()) s.push_back({"reason", job.cancel_reason});
    return s;
}

Result<JobScope> JobService::ScopeOf(const auth::Principal& principal) const {
    JobScope scope;
    if (principal.Can(actions::kReadAll)) {
        scope.all = true;
        return scope;
    }
    KEFU_TRY(Require(principal, actions::kRead));
    if (auth::IsExternal(principal)) {
        // A dealer's account without a dealer sees nothing, never everything.
        scope.dealer = principal.dealer_id.value_or(DealerId(-1));
        return scope;
    }
    if (principal.user_id.valid()) scope.raised_by = principal.user_id;
    if (principal.staff_id) scope.crew = principal.staff_id;
    return scope;
}

bool JobService::CanSee(const auth::Principal& principal, const Job& job) const {
    auto scope = ScopeOf(principal);
    if (!scope) return false;
    if (scope->all) return true;
    if (scope->dealer) return job.dealer_id == scope->dealer;
    if (scope->raised_by && job.raised_by == scope->raised_by) return true;
    if (scope->crew && job.assignment) {
        for (StaffId p : job.assignment->People()) {
            if (p == *scope->crew) return true;
        }
    }
    return false;
}

Result<Job> JobService::LoadVisible(Tx& tx, const auth::Principal& principal, JobId id) {
    KEFU_ASSIGN_OR_RETURN(auto found, jobs_.FindById(tx, id));
    // Another dealer's job answers like a missing one (R-SEC-2).
    if (!found || !CanSee(principal, *found)) return Fail(NotFound());
    return *found;
}

Result<void> JobService::Record(Tx& tx,
                                const auth::Principal& principal,
                                const Job& job,
                                JobStatus from,
                                JobEvent event,
                                const std::string& note) {
    JobTransitionRecord record{from, job.status, event, clock_.Now(), principal.display_name, note};
    std::optional<UserId> by;
    if (principal.user_id.valid()) by = principal.user_id;
    return jobs_.InsertTransition(tx, job.id, record, by);
}

Violations JobService::CheckShape(const auth::Principal& principal, NewJob& in) const {
    Violations v;
    // The system (CLI, demo) acts as the office, though it holds every role.
    if (auth::IsExternal(principal) && !principal.system) {
        // A dealer raises its own deliveries only, whatever the body says.
        if (!IsDealerKind(in.kind)) v.Add("kind", "not_allowed");
        in.dealer_id = principal.dealer_id;
        in.customer_id.reset();
    }
    if (in.requested_date < clock_.Today()) v.Add("requestedDate", "date_in_past");
    if (in.window.start < 0 || in.window.end > 24 * 60 || in.window.start >= in.window.end) {
        v.Add("windowEnd", "not_after_start");
    }
    switch (in.kind) {
        case JobKind::kInstallation:
            if (!in.customer_id) v.Add("customerId", "required");
            if (in.items.empty()) v.Add("items", "required");
            break;
        case JobKind::kDealerDelivery:
        case JobKind::kDealerInstallation:
            if (!in.dealer_id) v.Add("dealerId", "required");
            if (in.items.empty()) v.Add("items", "required");
            break;
        case JobKind::kAfterSales:
            if (!in.customer_id && !in.dealer_id) v.Add("customerId", "required");
            if (in.notes.empty()) v.Add("notes", "required");
            break;
        case JobKind::kRework:
            if (!in.original_job) v.Add("originalJobId", "required");
            break;
        case JobKind::kOther:
            if (in.notes.empty()) v.Add("notes", "required");
            break;
    }
    if (in.kind != JobKind::kDealerInstallation && in.crew_requested) {
        v.Add("crewRequested", "not_allowed");
    }
    return v;
}

Result<Job> JobService::Build(Tx& tx,
                              const auth::Principal& principal,
                              const NewJob& in,
                              Violations& refs) {
    Job job;
    job.kind = in.kind;
    job.customer_id = in.customer_id;
    job.dealer_id = in.dealer_id;
    job.site_id = in.site_id;
    job.contact_name = in.contact_name;
    job.contact_phone = in.contact_phone;
    job.requested_date = in.requested_date;
    job.requested_window = in.window;
    job.priority = in.priority;
    job.source_document = in.source_document;
    job.notes = in.notes;
    if (principal.user_id.valid()) job.raised_by = principal.user_id;
    job.raised_by_name = principal.display_name;
    job.crew_requested = in.crew_requested;
    if (in.original_job) {
        KEFU_ASSIGN_OR_RETURN(auto original, jobs_.FindById(tx, *in.original_job));
        if (!original || !CanSee(principal, *original)) {
            refs.Add("originalJobId", "invalid_value");
        } else {
            job.original_job = original->id;
            // A rework goes back to the same place for the same customer or dealer.
            if (!job.customer_id) job.customer_id = original->customer_id;
            if (!job.dealer_id) job.dealer_id = original->dealer_id;
            if (job.site_id == 0) job.site_id = original->site_id;
        }
    }
    if (job.customer_id) {
        KEFU_ASSIGN_OR_RETURN(bool exists, references_.CustomerExists(tx, *job.customer_id));
        if (!exists) refs.Add("customerId", "invalid_value");
    }
    if (job.dealer_id) {
        KEFU_ASSIGN_OR_RETURN(bool exists, references_.DealerExists(tx, *job.dealer_id));
        if (!exists) refs.Add("dealerId", "invalid_value");
    }
    KEFU_ASSIGN_OR_RETURN(auto site, references_.Site(tx, job.site_id));
    if (!site) {
        refs.Add("siteId", job.site_id == 0 ? "required" : "invalid_value");
    } else {
        job.division_code = site->division_code;
        const bool owners_site = (site->customer_id && site->customer_id == job.customer_id) ||
                                 (site->dealer_id && site->dealer_id == job.dealer_id);
        if (!owners_site) refs.Add("siteId", "not_owners_site");
    }
    std::vector<int> installers;
    for (std::size_t i = 0; i < in.items.size(); ++i) {
        const NewJob::Item& item = in.items[i];
        if (item.product_id == 0) continue;  // an import line whose model is unknown (reported)
        KEFU_ASSIGN_OR_RETURN(auto product, references_.Product(tx, item.product_id));
        if (!product || !product->active) {
            refs.Add(fmt::format("items[{}].productId", i), "invalid_value");
            continue;
        }
        JobItem line;
        line.product_id = item.product_id;
        line.product_model = product->model;
        line.product_name = product->name;
        line.quantity = item.quantity;
        line.pieces = item.pieces.value_or(item.quantity * product->pieces_per_unit);
        job.items.push_back(line);
        job.total_pieces += line.pieces;
        job.total_volume_l += product->volume_l * item.quantity;
        job.total_weight_g += product->weight_g * item.quantity;
        installers.push_back(Installs(job.kind) ? product->installers_needed : 0);
    }
    job.crew_needed = CrewNeeded(installers, job.crew_requested);
    job.created_at = clock_.Now();
    return job;
}

Result<Job> JobService::Create(const auth::Principal& principal, const NewJob& input) {
    KEFU_TRY(Require(principal, actions::kCreate));
    return transactions_.Run<Job>(
        TxMode::kWrite, [&](Tx& tx) -> Result<Job> { return CreateIn(tx, principal, input); });
}

Result<Job> JobService::CreateIn(Tx& tx, const auth::Principal& principal, const NewJob& input) {
    NewJob in = input;
    KEFU_TRY(CheckShape(principal, in).ToResult());
    Violations refs;
    KEFU_ASSIGN_OR_RETURN(Job job, Build(tx, principal, in, refs));
    KEFU_TRY(refs.ToResult());
    KEFU_ASSIGN_OR_RETURN(Job stored, jobs_.Insert(tx, job));
    KEFU_TRY(audit_.Record(
        tx, principal, {events::kCreate, IdText(stored.id), std::nullopt, SnapshotOf(stored)}));
    return stored;
}

Result<std::vector<Job>> JobService::Import(const auth::Principal& principal,
                                            const std::vector<ImportRow>& rows) {
    KEFU_TRY(Require(principal, actions::kImport));
    return transactions_.Run<std::vector<Job>>(
        TxMode::kWrite, [&](Tx& tx) -> Result<std::vector<Job>> {
            Violations all;
            std::vector<Job> built;
            for (std::size_t r = 0; r < rows.size(); ++r) {
                const std::string prefix = fmt::format("rows[{}].", r);
                Violations row;
                KEFU_ASSIGN_OR_RETURN(NewJob in, Resolve(tx, rows[r], row));
                const Violations shape = CheckShape(principal, in);
                for (const auto& item : shape.items())
                    row.Add(item.field, item.reason, item.detail);
                KEFU_ASSIGN_OR_RETURN(Job job, Build(tx, principal, in, row));
                for (const auto& item : row.items()) {
                    all.Add(prefix + item.field, item.reason, item.detail);
                }
                built.push_back(std::move(job));
            }
            // All or nothing (R-JOB-4): one bad row and no row is stored.
            KEFU_TRY(all.ToResult("some rows cannot be imported; nothing was imported"));
            std::vector<Job> stored;
            for (const Job& job : built) {
                KEFU_ASSIGN_OR_RETURN(Job saved, jobs_.Insert(tx, job));
                KEFU_TRY(audit_.Record(
                    tx,
                    principal,
                    {events::kImport, IdText(saved.id), std::nullopt, SnapshotOf(saved)}));
                stored.push_back(std::move(saved));
            }
            return stored;
        });
}

Result<NewJob> JobService::Resolve(Tx& tx, const ImportRow& row, Violations& v) {
    NewJob in = row.job;
    if (!row.customer_name.empty()) {
        KEFU_ASSIGN_OR_RETURN(in.customer_id, references_.CustomerByName(tx, row.customer_name));
        if (!in.customer_id) v.Add("customerName", "not_found", row.customer_name);
    }
    if (!row.dealer_name.empty()) {
        KEFU_ASSIGN_OR_RETURN(auto dealer, references_.DealerByName(tx, row.dealer_name));
        if (dealer) {
            in.dealer_id = *dealer;
        } else {
            v.Add("dealerName", "not_found", row.dealer_name);
        }
    }
    if (in.customer_id || in.dealer_id) {
        KEFU_ASSIGN_OR_RETURN(auto sites, references_.SitesOf(tx, in.customer_id, in.dealer_id));
        std::optional<std::int64_t> match;
        for (const auto& [id, street] : sites) {
            if (row.site_street.empty() ? sites.size() == 1 : street == row.site_street) {
                match = id;
            }
        }
        if (match) {
            in.site_id = *match;
        } else {
            v.Add("siteStreet",
                  sites.empty()             ? "no_site"
                  : row.site_street.empty() ? "ambiguous"
                                            : "not_found",
                  row.site_street);
        }
    }
    for (std::size_t i = 0; i < row.models.size(); ++i) {
        KEFU_ASSIGN_OR_RETURN(auto product, references_.ProductByModel(tx, row.models[i]));
        if (product) {
            in.items[i].product_id = *product;
        } else {
            v.Add(fmt::format("items[{}].model", i), "not_found", row.models[i]);
        }
    }
    return in;
}

Result<JobDetail> JobService::Get(const auth::Principal& principal, JobId id) {
    KEFU_TRY(ScopeOf(principal));
    return transactions_.Run<JobDetail>(TxMode::kRead, [&](Tx& tx) -> Result<JobDetail> {
        JobDetail detail;
        KEFU_ASSIGN_OR_RETURN(detail.job, LoadVisible(tx, principal, id));
        detail.job.flags = FlagsOf(detail.job, clock_.Today());
        KEFU_ASSIGN_OR_RETURN(detail.transitions, jobs_.ListTransitions(tx, id));
        KEFU_ASSIGN_OR_RETURN(detail.calls, jobs_.ListCalls(tx, id));
        for (JobEvent e : Lifecycle().EventsFrom(detail.job.status)) {
            const auto* row = Lifecycle().Find(detail.job.status, e);
            if (row && principal.Can(auth::Action(row->action))) detail.next_events.push_back(e);
        }
        return detail;
    });
}

Result<std::string> JobService::FeedbackFormPdf(const auth::Principal& principal,
                                                JobId id,
                                                const std::string& job_url_prefix) {
    KEFU_ASSIGN_OR_RETURN(JobDetail detail, Get(principal, id));
    KEFU_ASSIGN_OR_RETURN(PrintFacts print,
                          transactions_.Run<PrintFacts>(TxMode::kRead, [&](Tx& tx) {
                              return references_.Print(tx, detail.job);
                          }));
    FeedbackFormFacts facts{print.party,
                            print.address,
                            print.access,
                            job_url_prefix + std::to_string(id.value()),
                            ChinaMinuteText(clock_.Now())};
    return documents::RenderPdf(FeedbackForm(detail, facts));
}

Result<Page<Job>> JobService::List(const auth::Principal& principal,
                                   JobFilter filter,
                                   const PageRequest& page) {
    KEFU_ASSIGN_OR_RETURN(filter.scope, ScopeOf(principal));
    filter.today = clock_.Today();
    KEFU_ASSIGN_OR_RETURN(auto result, transactions_.Run<Page<Job>>(TxMode::kRead, [&](Tx& tx) {
        return jobs_.List(tx, filter, page);
    }));
    for (Job& job : result.items) job.flags = FlagsOf(job, filter.today);
    return result;
}

Result<std::int64_t> JobService::CountFlagged(const auth::Principal& principal, JobFlag flag) {
    JobFilter filter;
    KEFU_ASSIGN_OR_RETURN(filter.scope, ScopeOf(principal));
    filter.flag = flag;
    filter.today = clock_.Today();
    return transactions_.Run<std::int64_t>(TxMode::kRead,
                                           [&](Tx& tx) { return jobs_.Count(tx, filter); });
}

Result<std::vector<DayCount>> JobService::CountByDay(const auth::Principal& principal,
                                                     Date from,
                                                     Date to) {
    KEFU_TRY(Require(principal, actions::kReadAll));
    if (to < from)
        return Fail(Error::InvalidArgument("to is before from", {{"to", "before_from"}}));
    if (from.AddDays(61) < to) {
        return Fail(Error::InvalidArgument("at most 62 days at once", {{"to", "too_long"}}));
    }
    return transactions_.Run<std::vector<DayCount>>(
        TxMode::kRead, [&](Tx& tx) { return jobs_.CountByDay(tx, from, to); });
}

Result<std::vector<CrewJob>> JobService::CrewJobs(const auth::Principal& principal,
                                                  Date from,
                                                  Date to) {
    KEFU_TRY(ScopeOf(principal));
    if (to < from)
        return Fail(Error::InvalidArgument("to is before from", {{"to", "before_from"}}));
    if (from.AddDays(13) < to) {
        return Fail(Error::InvalidArgument("at most 14 days at once", {{"to", "too_long"}}));
    }
    if (!principal.staff_id) return std::vector<CrewJob>{};
    JobFilter filter;
    // Only the crews the principal works in: a head who also raises jobs gets no office list.
    filter.scope.crew = principal.staff_id;
    filter.from = from;
    filter.to = to;
    filter.today = clock_.Today();
    return transactions_.Run<std::vector<CrewJob>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<CrewJob>> {
            KEFU_ASSIGN_OR_RETURN(auto page,
                                  jobs_.List(tx, filter, PageRequest{1, PageRequest::kMaxSize}));
            std::vector<CrewJob> out;
            out.reserve(page.items.size());
            for (const Job& listed : page.items) {
                // The list carries no items; the phone counts them, so read each job whole.
                KEFU_ASSIGN_OR_RETURN(auto job, jobs_.FindById(tx, listed.id));
                if (!job) continue;
                job->flags = FlagsOf(*job, filter.today);
                KEFU_ASSIGN_OR_RETURN(PrintFacts print, references_.Print(tx, *job));
                out.push_back({std::move(*job), std::move(print)});
            }
            return out;
        });
}

Result<std::int64_t> JobService::CountToday(const auth::Principal& principal) {
    JobFilter filter;
    KEFU_ASSIGN_OR_RETURN(filter.scope, ScopeOf(principal));
    filter.today = clock_.Today();
    filter.from = filter.today;
    filter.to = filter.today;
    for (JobStatus s : kJobStatusNames.Values()) {
        if (!IsFinal(s)) filter.statuses.push_back(s);
    }
    return transactions_.Run<std::int64_t>(TxMode::kRead,
                                           [&](Tx& tx) { return jobs_.Count(tx, filter); });
}

Result<Job> JobService::Assign(const auth::Principal& principal,
                               JobId id,
                               const AssignInput& input) {
    KEFU_TRY(Require(principal, actions::kAssign));
    return transactions_.Run<Job>(TxMode::kWrite,
                                  [&](Tx& tx) { return AssignIn(tx, principal, id, input); });
}

Result<std::vector<Job>> JobService::AssignAll(const auth::Principal& principal,
                                               const std::vector<JobAssignment>& assignments,
                                               const std::vector<JobRelease>& releases) {
    KEFU_TRY(Require(principal, actions::kAssign));
    if (!releases.empty()) KEFU_TRY(RequireEventAction(principal, JobEvent::kUnschedule));
    return transactions_.Run<std::vector<Job>>(
        TxMode::kWrite, [&](Tx& tx) -> Result<std::vector<Job>> {
            for (std::size_t i = 0; i < releases.size(); ++i) {
                EventInput unschedule;
                unschedule.event = JobEvent::kUnschedule;
                unschedule.version = releases[i].version;
                auto released = FireIn(tx, principal, releases[i].job, unschedule);
                if (!released) {
                    return Fail(NamingItem(released.error(), i, releases[i].job, "releases"));
                }
            }
            std::vector<JobId> moving;
            moving.reserve(assignments.size());
            for (const JobAssignment& a : assignments) moving.push_back(a.job);
            std::vector<Job> out;
            out.reserve(assignments.size());
            for (std::size_t i = 0; i < assignments.size(); ++i) {
                auto job = AssignIn(tx,
                                    principal,
                                    assignments[i].job,
                                    assignments[i].input,
                                    std::span<const JobId>(moving).subspan(i + 1));
                if (!job) return Fail(NamingItem(job.error(), i, assignments[i].job));
                out.push_back(std::move(*job));
            }
            return out;
        });
}

Result<Job> JobService::AssignIn(Tx& tx,
                                 const auth::Principal& principal,
                                 JobId id,
                                 const AssignInput& input,
                                 std::span<const JobId> moving) {
    const Assignment& a = input.assignment;
    KEFU_TRY(jobs_.LockDay(tx, a.date));
    KEFU_ASSIGN_OR_RETURN(Job before, LoadVisible(tx, principal, id));
    if (before.version != input.version) return Fail(Stale());
    const bool reassigning = before.status == JobStatus::kScheduled;
    if (!reassigning && !Lifecycle().Find(before.status, JobEvent::kSchedule)) {
        return Fail(Error::FailedPrecondition(fmt::format("a job in state {} cannot be assigned",
                                                          kJobStatusNames.Name(before.status)),
                                              {{"status", "illegal_transition"}}));
    }
    if (a.date < clock_.Today()) {
        return Fail(Error::InvalidArgument("the date is in the past", {{"date", "date_in_past"}}));
    }
    AssignmentFacts facts;
    facts.crew_needed = before.crew_needed;
    facts.load_volume_l = before.total_volume_l;
    facts.load_weight_g = before.total_weight_g;
    for (StaffId person : a.People()) {
        KEFU_ASSIGN_OR_RETURN(auto found, references_.Person(tx, person, a.date));
        if (found) facts.people.push_back(*found);
    }
    if (a.vehicle_id) {
        KEFU_ASSIGN_OR_RETURN(facts.vehicle, references_.Vehicle(tx, *a.vehicle_id));
    }
    KEFU_ASSIGN_OR_RETURN(facts.busy, jobs_.BusyOn(tx, a.date, a.People(), a.vehicle_id, id));
    std::erase_if(facts.busy, [&](const BusySlot& slot) {
        return std::ranges::find(moving, JobId(slot.job_id)) != moving.end();
    });
    KEFU_TRY(CheckAssignment(a, facts));

    Job after = before;
    after.assignment = a;
    after.version = before.version + 1;
    after.names = CrewNames(before.names, a, facts);
    // The crew-size gate reads the policy in force on the job's date (R-JOB-3).
    bool needs_approval = false;
    if (IsDealerKind(before.kind) && before.dealer_id) {
        KEFU_ASSIGN_OR_RETURN(std::int64_t limit, policy_.ValueOn(tx, kCrewSizeKey, a.date));
        KEFU_ASSIGN_OR_RETURN(int others, jobs_.DealerDayPeople(tx, *before.dealer_id, a.date, id));
        const int crew = CrewSize(a);
        needs_approval =
            NeedsCrewApproval(before.kind, crew, others + crew, static_cast<int>(limit));
        if (needs_approval) {
            approvals::NewApproval request;
            request.kind = std::string(kCrewKind);
            request.subject_id = id.value();
            request.target = std::to_string(crew);
            request.summary = fmt::format("{}: {} people on {} (policy: {}; the dealer's day: {})",
                                          before.number,
                                          crew,
                                          a.date.ToString(),
                                          limit,
                                          others + crew);
            request.reason = fmt::format("crew of {} for {}", crew, before.number);
            auto filed = approvals_.Submit(tx, principal, request);
            if (!filed && filed.error().code() != ErrorCode::kAlreadyExists) {
                return Fail(filed.error());
            }
            after.crew_approval = CrewApproval::kPending;
            if (filed) after.approval_id = filed->id.value();
        } else {
            after.crew_approval = CrewApproval::kNotNeeded;
        }
    }
    JobEvent recorded = JobEvent::kSchedule;
    if (reassigning && needs_approval) {
        // A larger crew on a scheduled job goes back to new until leadership approves it.
        after.status = JobStatus::kNew;
        recorded = JobEvent::kUnschedule;
    } else if (!reassigning && !needs_approval) {
        TransitionContext ctx;
        ctx.has_assignment = true;
        ctx.installs = Installs(before.kind);
        KEFU_ASSIGN_OR_RETURN(
            after.status,
            Lifecycle().Fire(
                before.status,
                JobEvent::kSchedule,
                [&](std::string_view action) { return principal.Can(auth::Action(action)); },
                ctx));
    }
    KEFU_TRY(jobs_.Update(tx, after));
    if (after.status != before.status) {
        KEFU_TRY(Record(tx,
                        principal,
                        after,
                        before.status,
                        recorded,
                        needs_approval ? "crew size awaits leadership" : ""));
    }
    KEFU_TRY(audit_.Record(
        tx, principal, {events::kAssign, IdText(id), SnapshotOf(before), SnapshotOf(after)}));
    return after;
}

Result<void> JobService::RequireEventAction(const auth::Principal& principal,
                                            JobEvent event) const {
    // Every row of one event needs the same action.
    for (const auto& row : Lifecycle().rows()) {
        if (row.event == event) return Require(principal, auth::Action(row.action));
    }
    return {};
}

Result<Job> JobService::Fire(const auth::Principal& principal, JobId id, const EventInput& input) {
    if (input.event == JobEvent::kSchedule) {
        return Fail(
            Error::InvalidArgument("assign the job to schedule it", {{"event", "use_assign"}}));
    }
    // Refuse before looking the job up, so a refusal does not tell whether the job exists.
    KEFU_TRY(RequireEventAction(principal, input.event));
    return transactions_.Run<Job>(TxMode::kWrite,
                                  [&](Tx& tx) { return FireIn(tx, principal, id, input); });
}

Result<Job> JobService::FireIn(Tx& tx,
                               const auth::Principal& principal,
                               JobId id,
                               const EventInput& input) {
    KEFU_ASSIGN_OR_RETURN(Job before, LoadVisible(tx, principal, id));
    if (before.version != input.version) return Fail(Stale());
    return Transition(tx, principal, before, input, [&](std::string_view action) {
        return principal.Can(auth::Action(action));
    });
}

Result<Job> JobService::FireForCrew(Tx& tx,
                                    const auth::Principal& principal,
                                    JobId id,
                                    JobEvent event) {
    KEFU_ASSIGN_OR_RETURN(Job before, LoadVisible(tx, principal, id));
    EventInput input;
    input.event = event;
    input.version = before.version;
    return Transition(tx, principal, before, input, [](std::string_view) { return true; });
}

Result<Job> JobService::Transition(Tx& tx,
                                   const auth::Principal& principal,
                                   const Job& before,
                                   const EventInput& input,
                                   const std::function<bool(std::string_view)>& may) {
    TransitionContext ctx;
    ctx.installs = Installs(before.kind);
    ctx.has_assignment = before.assignment.has_value();
    ctx.crew_approved = before.crew_approval == CrewApproval::kNotNeeded ||
                        before.crew_approval == CrewApproval::kApproved;
    ctx.has_reason = !input.reason.empty();
    KEFU_ASSIGN_OR_RETURN(JobStatus to, Lifecycle().Fire(before.status, input.event, may, ctx));
    for (JobEventGuard* guard : guards_) KEFU_TRY(guard->Check(tx, before, input.event));
    Job after = before;
    after.status = to;
    after.version = before.version + 1;
    if (input.event == JobEvent::kCancel) after.cancel_reason = input.reason;
    if (input.event == JobEvent::kUnschedule) {
        after.assignment.reset();
        after.crew_approval = CrewApproval::kNotNeeded;
        after.approval_id.reset();
    }
    KEFU_TRY(jobs_.Update(tx, after));
    KEFU_TRY(Record(tx, principal, after, before.status, input.event, input.reason));
    KEFU_TRY(audit_.Record(
        tx,
        principal,
        {events::kTransition, IdText(before.id), SnapshotOf(before), SnapshotOf(after)}));
    return after;
}

Result<JobCall> JobService::RecordCall(const auth::Principal& principal,
                                       JobId id,
                                       const CallInput& input) {
    KEFU_TRY(Require(principal, actions::kCall));
    return transactions_.Run<JobCall>(TxMode::kWrite, [&](Tx& tx) -> Result<JobCall> {
        KEFU_ASSIGN_OR_RETURN(Job job, LoadVisible(tx, principal, id));
        if (IsFinal(job.status)) {
            return Fail(Error::FailedPrecondition(
                fmt::format("the job is {}", kJobStatusNames.Name(job.status)),
                {{"status", "final"}}));
        }
        JobCall call;
        call.kind = input.kind;
        call.at = clock_.Now();
        call.by_name = principal.display_name;
        call.outcome = input.outcome;
        call.new_eta = input.new_eta;
        call.note = input.note;
        std::optional<UserId> by;
        if (principal.user_id.valid()) by = principal.user_id;
        KEFU_ASSIGN_OR_RETURN(JobCall stored, jobs_.InsertCall(tx, id, call, by));
        audit::Snapshot after{{"kind", std::string(kCallKindNames.Name(stored.kind))},
                              {"outcome", std::string(kCallOutcomeNames.Name(stored.outcome))},
                              {"note", stored.note}};
        if (stored.new_eta) after.push_back({"newEta", FormatTimestamp(*stored.new_eta)});
        KEFU_TRY(audit_.Record(tx, principal, {events::kCall, IdText(id), std::nullopt, after}));
        return stored;
    });
}

Result<std::vector<BusySlot>> JobService::BusyIn(Tx& tx,
                                                 Date day,
                                                 const std::vector<StaffId>& people,
                                                 std::optional<std::int64_t> vehicle) {
    return jobs_.BusyOn(tx, day, people, vehicle, JobId(0));  // no job has id 0
}

Result<void> JobService::CheckCrewIn(Tx& tx, const Assignment& crew) {
    AssignmentFacts facts;  // no job: one person needed, nothing to carry, no other job
    for (StaffId person : crew.People()) {
        KEFU_ASSIGN_OR_RETURN(auto found, references_.Person(tx, person, crew.date));
        if (found) facts.people.push_back(*found);
    }
    if (crew.vehicle_id) {
        KEFU_ASSIGN_OR_RETURN(facts.vehicle, references_.Vehicle(tx, *crew.vehicle_id));
    }
    Assignment whole_day = crew;
    whole_day.window = {0, 24 * 60};
    return CheckAssignment(whole_day, facts);
}

Result<void> JobService::ApplyCrewDecision(Tx& tx,
                                           const auth::Principal& decider,
                                           const approvals::ApprovalRequest& request,
                                           bool approved) {
    const JobId id(request.subject_id);
    KEFU_ASSIGN_OR_RETURN(auto found, jobs_.FindById(tx, id));
    if (!found) return Fail(Error::NotFound("the job of this request is gone"));
    Job before = *found;
    if (before.crew_approval != CrewApproval::kPending || !before.assignment ||
        std::to_string(CrewSize(*before.assignment)) != request.target) {
        return Fail(Error::FailedPrecondition(
            fmt::format("{}'s crew changed since the request; it is out of date", before.number),
            {{"crew", "changed"}}));
    }
    Job after = before;
    after.version = before.version + 1;
    after.crew_approval = approved ? CrewApproval::kApproved : CrewApproval::kRejected;
    if (approved && before.status == JobStatus::kNew) {
        after.status = JobStatus::kScheduled;
    }
    KEFU_TRY(jobs_.Update(tx, after));
    if (after.status != before.status) {
        KEFU_TRY(Record(tx, decider, after, before.status, JobEvent::kSchedule, "crew approved"));
    }
    return audit_.Record(
        tx, decider, {events::kCrewApproved, IdText(id), SnapshotOf(before), SnapshotOf(after)});
}

}  // namespace kefu::jobs
