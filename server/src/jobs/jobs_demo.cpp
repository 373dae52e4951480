// The jobs module's share of the demo department: six months of a Jinan department's work, about
// 1,500 jobs of every kind and state, drawn from the demo sites, products, staff and vehicles. The
// past is written straight through the repository (the service refuses dates in the past); one
// five-person dealer job of next week goes through the service, so it waits for leadership.
#include <algorithm>
#include <array>
#include <map>
#include <random>
#include <set>

#include "app/demo_time.hpp"
#include "jobs/jobs_module.hpp"
#include "jobs/sql/sql_job_demo.hpp"

namespace kefu::jobs {
namespace {

constexpr int kDays = 182;      // six months back …
constexpr int kDaysAhead = 14;  // … and two weeks ahead
constexpr int kJobsPerDay = 8;  // about 1,500 jobs in all
constexpr TimeWindow kMorning{8 * 60, 12 * 60};
constexpr TimeWindow kAfternoon{13 * 60 + 30, 17 * 60 + 30};

constexpr std::array<const char*, 16> kContactNames = {"刘经理",
                                                       "王主任",
                                                       "张女士",
                                                       "李先生",
                                                       "陈经理",
                                                       "杨老师",
                                                       "赵主任",
                                                       "黄女士",
                                                       "周先生",
                                                       "吴经理",
                                                       "徐主任",
                                                       "孙女士",
                                                       "胡先生",
                                                       "朱经理",
                                                       "高主任",
                                                       "林女士"};

// The state a job of `offset` days from today has reached, drawn with the demo's odds; a job of
// a day left `open` is still new.
JobStatus StatusFor(int offset, bool open, JobKind kind, std::mt19937& rng) {
    const int roll = static_cast<int>(rng() % 100);
    const JobStatus done = Installs(kind) ? JobStatus::kInstalled : JobStatus::kDelivered;
    if (offset > 0) return roll < 45 || open ? JobStatus::kNew : JobStatus::kScheduled;
    if (offset == 0) {
        if (roll < 20) return JobStatus::kScheduled;
        if (roll < 45) return JobStatus::kLoading;
        if (roll < 70) return JobStatus::kEnRoute;
        if (roll < 90) return JobStatus::kOnSite;
        return done;
    }
    if (offset >= -7) {
        if (roll < 30) return done;
        if (roll < 65) return JobStatus::kAccepted;
        if (roll < 95) return JobStatus::kClosed;
        return JobStatus::kCancelled;
    }
    if (roll < 86) return JobStatus::kClosed;
    if (roll < 91) return JobStatus::kCancelled;
    if (roll < 94) return JobStatus::kAccepted;
    if (roll < 97) return JobStatus::kReworkScheduled;
    return JobStatus::kReturnedToFactory;
}

// The state after `event`, or nullopt when the table refuses it.
std::optional<JobStatus> Step(JobStatus from, JobEvent event, const TransitionContext& context) {
    auto next = Lifecycle().Fire(
        from, event, [](std::string_view) { return true; }, context);
    if (!next) return std::nullopt;
    return *next;
}

// The events from new to `target` along the main line (and the side step at its end).
std::vector<JobEvent> PathTo(JobStatus target, bool installs) {
    using E = JobEvent;
    const std::vector<E> line = {E::kSchedule,
                                 E::kStartLoading,
                                 E::kDepart,
                                 E::kArrive,
                                 installs ? E::kFinishInstallation : E::kFinishDelivery,
                                 E::kAccept,
                                 E::kClose};
    switch (target) {
        case JobStatus::kNew:
            return {};
        case JobStatus::kCancelled:
            return {E::kCancel};
        case JobStatus::kReworkScheduled:
            return {E::kSchedule,
                    E::kStartLoading,
                    E::kDepart,
                    E::kArrive,
                    installs ? E::kFinishInstallation : E::kFinishDelivery,
                    E::kScheduleRework};
        case JobStatus::kReturnedToFactory:
            return {E::kSchedule, E::kStartLoading, E::kDepart, E::kReturnToFactory};
        default:
            break;
    }
    std::vector<E> path;
    JobStatus at = JobStatus::kNew;
    TransitionContext context{installs, true, true, true};
    for (E e : line) {
        if (at == target) break;
        auto next = Step(at, e, context);
        if (!next) break;
        path.push_back(e);
        at = *next;
    }
    return path;
}

// Who is busy in which window of which day, so the demo's crews never clash.
class Roster {
public:
    bool Free(Date day, TimeWindow w, long long id) const {
        return !busy_.contains({day.days().time_since_epoch().count(), w.start, id});
    }
    void Take(Date day, TimeWindow w, long long id) {
        busy_.insert({day.days().time_since_epoch().count(), w.start, id});
    }

private:
    std::set<std::tuple<long long, int, long long>> busy_;
};

}  // namespace

Result<void> JobsModule::LoadDemo(app::DemoContext& context) {
    const auth::Principal& system = context.system;
    const Date today = context.today;
    std::mt19937 rng(20261130);
    int created = 0;
    KEFU_TRY(core_.transactions.Run<bool>(TxMode::kWrite, [&](Tx& tx) -> Result<bool> {
        KEFU_ASSIGN_OR_RETURN(demo::World world, demo::ReadWorld(tx));
        if (world.existing_jobs > 0 || world.sites.empty() || world.products.empty()) {
            return false;  // loaded already, or nothing to build jobs from
        }
        std::vector<demo::SiteRow> customer_sites;
        std::vector<demo::SiteRow> dealer_sites;
        for (const auto& s : world.sites) {
            (s.dealer_id ? dealer_sites : customer_sites).push_back(s);
        }
        std::vector<const demo::StaffRow*> leads;
        std::vector<const demo::StaffRow*> helpers;
        for (const auto& p : world.staff) {
            if (p.grade == "supervisor" || p.grade == "technician") leads.push_back(&p);
            if (p.grade == "technician" || p.grade == "intern") helpers.push_back(&p);
        }
        std::vector<const demo::RaiserRow*> sales;
        std::map<long long, const demo::RaiserRow*> dealer_accounts;
        for (const auto& r : world.raisers) {
            if (r.dealer_id) {
                dealer_accounts[*r.dealer_id] = &r;
            } else {
                sales.push_back(&r);
            }
        }
        if (leads.empty() || customer_sites.empty()) return false;
        auto pick = [&](auto& v) -> decltype(auto) { return v[rng() % v.size()]; };

        // Nothing of the next working day is scheduled yet, so that whatever the date the demo
        // is loaded on, the planning assistant has a whole day of open jobs to plan (R-DSP-4).
        const bool sunday_tomorrow =
            std::chrono::weekday(today.AddDays(1).days()).c_encoding() == 0;
        const int last_open_offset = sunday_tomorrow ? 2 : 1;
        Roster roster;
        std::vector<JobId> finished_installations;
        for (int offset = -kDays; offset <= kDaysAhead; ++offset) {
            const Date day = today.AddDays(offset);
            const auto weekday = std::chrono::weekday(day.days()).c_encoding();
            const int count = weekday == 0 ? 1 : weekday == 6 ? 4 : kJobsPerDay;
            for (int n = 0; n < count; ++n) {
                const int k = static_cast<int>(rng() % 100);
                JobKind kind = k < 45   ? JobKind::kInstallation
                               : k < 60 ? JobKind::kDealerDelivery
                               : k < 72 ? JobKind::kDealerInstallation
                               : k < 88 ? JobKind::kAfterSales
                               : k < 95 ? JobKind::kRework
                                        : JobKind::kOther;
                if (IsDealerKind(kind) && dealer_sites.empty()) kind = JobKind::kInstallation;
                if (kind == JobKind::kRework && finished_installations.empty()) {
                    kind = JobKind::kAfterSales;
                }
                const demo::SiteRow& site =
                    IsDealerKind(kind) ? pick(dealer_sites) : pick(customer_sites);
                Job job;
                job.kind = kind;
                job.site_id = site.id;
                job.division_code = site.division_code;
                if (IsDealerKind(kind)) {
                    job.dealer_id = DealerId(*site.dealer_id);
                } else {
                    job.customer_id = site.customer_id;
                }
                job.contact_name = kContactNames[rng() % kContactNames.size()];
                job.contact_phone = fmt::format("139{:08}", 5310000 + rng() % 90000);
                job.requested_date = day;
                job.requested_window = rng() % 2 ? kMorning : kAfternoon;
                job.priority = rng() % 10 == 0 ? Priority::kUrgent : Priority::kNormal;
                job.source_document =
                    kind == JobKind::kAfterSales
                        ? fmt::format("SH-{}{:02}-{:03}", day.year(), day.month(), rng() % 1000)
                        : fmt::format(
                              "FK-{}{:02}{:02}-{}", day.year(), day.month(), day.day(), n + 1);
                if (kind == JobKind::kRework) job.original_job = pick(finished_installations);
                const demo::RaiserRow* raiser = nullptr;
                if (IsDealerKind(kind) && dealer_accounts.contains(*site.dealer_id)) {
                    raiser = dealer_accounts[*site.dealer_id];
                } else if (!sales.empty()) {
                    raiser = pick(sales);
                }
                if (raiser) {
                    job.raised_by = UserId(raiser->user_id);
                    job.raised_by_name = raiser->name;
                } else {
                    job.raised_by_name = system.display_name;
                }
                const int lines = 1 + static_cast<int>(rng() % 3);
                std::vector<int> installers;
                for (int i = 0; i < lines; ++i) {
                    const demo::ProductRow& p = pick(world.products);
                    JobItem item;
                    item.product_id = p.id;
                    item.quantity = 1 + static_cast<int>(rng() % 8);
                    item.pieces = item.quantity * p.pieces_per_unit;
                    job.items.push_back(item);
                    job.total_pieces += item.pieces;
                    job.total_volume_l += p.volume_l * item.quantity;
                    job.total_weight_g += p.weight_g * item.quantity;
                    installers.push_back(Installs(kind) ? p.installers : 0);
                }
                job.crew_needed = CrewNeeded(installers, std::nullopt);
                job.created_at =
                    app::DemoChinaTime(day.AddDays(-3 - static_cast<int>(rng() % 5)), 9 * 60);
                KEFU_ASSIGN_OR_RETURN(Job stored, repository_.Insert(tx, job));
                ++created;

                // Move it along the life cycle, with a crew that is free that day.
                const bool open = offset > 0 && offset <= last_open_offset;
                const JobStatus target = StatusFor(offset, open, kind, rng);
                const std::vector<JobEvent> path = PathTo(target, Installs(kind));
                if (path.empty()) continue;
                Job moved = stored;
                if (path.front() == JobEvent::kSchedule) {
                    const TimeWindow w = job.requested_window;
                    Assignment a;
                    a.date = day;
                    a.window = w;
                    bool found = false;
                    for (size_t tries = 0; tries < leads.size() && !found; ++tries) {
                        const auto* lead = pick(leads);
                        if (roster.Free(day, w, lead->id)) {
                            a.lead = StaffId(lead->id);
                            found = true;
                        }
                    }
                    if (!found) continue;  // a busy day: this one stays unassigned
                    roster.Take(day, w, a.lead.value());
                    for (int m = 1; m < job.crew_needed + static_cast<int>(rng() % 2); ++m) {
                        const auto* helper = pick(helpers);
                        if (helper->id == a.lead.value() || !roster.Free(day, w, helper->id)) {
                            continue;
                        }
                        roster.Take(day, w, helper->id);
                        a.members.emplace_back(helper->id);
                    }
                    for (const auto& v : world.vehicles) {
                        if (roster.Free(day, w, -v.id)) {
                            roster.Take(day, w, -v.id);
                            a.vehicle_id = v.id;
                            break;
                        }
                    }
                    for (long long d : world.drivers) {
                        if (a.vehicle_id && roster.Free(day, w, d)) {
                            roster.Take(day, w, d);
                            a.driver = StaffId(d);
                            break;
                        }
                    }
                    moved.assignment = a;
                }
                JobStatus at = JobStatus::kNew;
                int minute = job.requested_window.start - 90;
                Date when = path.front() == JobEvent::kSchedule ? day.AddDays(-2) : day;
                for (JobEvent e : path) {
                    const TransitionContext ctx{
                        Installs(kind), moved.assignment.has_value(), true, true};
                    auto next = Step(at, e, ctx);
                    if (!next) break;
                    JobTransitionRecord record{
                        at, *next, e, app::DemoChinaTime(when, minute), "王建国", ""};
                    if (e == JobEvent::kCancel) {
                        record.note = "客户推迟，重新下单";
                        moved.cancel_reason = record.note;
                    } else if (e == JobEvent::kReturnToFactory) {
                        record.note = "现场不具备安装条件";
                        moved.cancel_reason = record.note;
                    }
                    KEFU_TRY(repository_.InsertTransition(tx, stored.id, record, {}));
                    if (e == JobEvent::kStartLoading && rng() % 6 != 0) {
                        // The ETA call before loading (R-DSP-5); a few are missing.
                        JobCall call{0,
                                     CallKind::kEta,
                                     app::DemoChinaTime(day, minute - 20),
                                     "徐敏",
                                     CallOutcome::kReached,
                                     app::DemoChinaTime(day, job.requested_window.start + 30),
                                     ""};
                        KEFU_TRY(repository_.InsertCall(tx, stored.id, call, {}));
                    }
                    if (e == JobEvent::kDepart && rng() % 5 != 0) {
                        JobCall call{0,
                                     CallKind::kAddress,
                                     app::DemoChinaTime(day, minute + 10),
                                     "徐敏",
                                     CallOutcome::kConfirmed,
                                     std::nullopt,
                                     ""};
                        KEFU_TRY(repository_.InsertCall(tx, stored.id, call, {}));
                    }
                    at = *next;
                    when = day;
                    minute += 40;
                }
                moved.status = at;
                moved.version = stored.version + 1;
                KEFU_TRY(repository_.Update(tx, moved));
                if (kind == JobKind::kInstallation && IsFinal(at) && at == JobStatus::kClosed) {
                    finished_installations.push_back(stored.id);
                }
            }
        }
        return true;
    }));
    context.report.created["jobs"] += created;

    // A five-person dealer job of next week, waiting for leadership (R-JOB-3): it goes through
    // the service, so the request lands in the approval inbox as a real one would.
    if (created > 0) KEFU_TRY(RaiseWaitingDealerJob(system, today.AddDays(kDaysAhead + 1)));
    return {};
}

Result<void> JobsModule::RaiseWaitingDealerJob(const auth::Principal& system, Date day) {
    KEFU_ASSIGN_OR_RETURN(demo::World world,
                          core_.transactions.Run<demo::World>(
                              TxMode::kRead, [](Tx& tx) { return demo::ReadWorld(tx); }));
    const demo::SiteRow* site = nullptr;
    for (const auto& s : world.sites) {
        if (s.dealer_id) site = &s;
    }
    std::vector<StaffId> installers;
    for (const auto& p : world.staff) {
        if (p.grade == "supervisor" || p.grade == "technician") installers.emplace_back(p.id);
    }
    if (site == nullptr || installers.size() < 5) return {};
    NewJob input;
    input.kind = JobKind::kDealerInstallation;
    input.dealer_id = DealerId(*site->dealer_id);
    input.site_id = site->id;
    input.contact_name = "刘经理";
    input.contact_phone = "13953100088";
    input.requested_date = day;
    input.window = kMorning;
    input.source_document = "JX-展厅-05";
    input.notes = "新展厅整体布置，经销商要求五人协助安装";
    input.crew_requested = 5;
    input.items.push_back({world.products.front().id, 20, std::nullopt});
    KEFU_ASSIGN_OR_RETURN(Job job, service_.Create(system, input));
    AssignInput assign;
    assign.version = job.version;
    assign.assignment.lead = installers[0];
    assign.assignment.members.assign(installers.begin() + 1, installers.begin() + 5);
    assign.assignment.date = day;
    assign.assignment.window = kMorning;
    KEFU_TRY(service_.Assign(system, job.id, assign));
    return {};
}

}  // namespace kefu::jobs
