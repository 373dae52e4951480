// Dispatch's share of the demo: the days from today on keep the crews their scheduled jobs were
// given as their line-up (R-DSP-3), so the planning page and the board open on them.
#include <set>

#include "dispatch/dispatch_module.hpp"

namespace kefu::dispatch {
namespace {

/// Today and the next days: those the demo's jobs may be scheduled on (the next working day
/// is left open for the planning assistant, so it gets no line-up).
constexpr int kDemoLineupDays = 3;

/// The crews of a scheduled day, one per lead, leaving out one that shares a person or the
/// vehicle with an earlier one (a line-up has each once).
std::vector<CrewInput> CrewsOf(const DaySchedule& day) {
    std::vector<CrewInput> crews;
    for (const ScheduledRoute& route : day.routes) {
        if (route.crew.vehicle_id == 0) continue;
        crews.push_back(route.crew);
        if (!RepeatedInCrews(crews, CrewField).empty()) crews.pop_back();
    }
    return crews;
}

/// The crews of `crews` the refusal does not name (crews[i]…).
std::vector<CrewInput> WithoutRefused(const std::vector<CrewInput>& crews, const Error& refusal) {
    std::set<std::string> named;
    for (const FieldViolation& v : refusal.violations()) {
        named.insert(v.field.substr(0, v.field.find(']') + 1));
    }
    std::vector<CrewInput> kept;
    for (std::size_t i = 0; i < crews.size(); ++i) {
        if (!named.contains(CrewField(i))) kept.push_back(crews[i]);
    }
    return kept;
}

}  // namespace

Result<void> DispatchModule::LoadDemo(app::DemoContext& context) {
    int saved = 0;
    for (int d = 0; d < kDemoLineupDays; ++d) {
        const Date day = context.today.AddDays(d);
        KEFU_ASSIGN_OR_RETURN(DayLineup current, lineup_.Get(context.system, day));
        if (current.version > 0) continue;  // loaded already
        KEFU_ASSIGN_OR_RETURN(DaySchedule schedule, service_.Day(context.system, day));
        LineupInput input{.date = day, .version = 0, .crews = CrewsOf(schedule)};
        if (input.crews.empty()) continue;
        auto stored = lineup_.Save(context.As("head"), input);
        // A crew the schedule holds but a line-up refuses (someone on leave that day): the
        // others are kept.
        if (!stored && stored.error().code() == ErrorCode::kFailedPrecondition) {
            input.crews = WithoutRefused(input.crews, stored.error());
            if (input.crews.empty()) continue;
            stored = lineup_.Save(context.As("head"), input);
        }
        if (!stored) return Fail(stored.error());
        saved += static_cast<int>(stored->crews.size());
    }
    context.report.created["day crews"] += saved;
    return {};
}

}  // namespace kefu::dispatch
