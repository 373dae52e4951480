#include "dispatch/lineup_service.hpp"

#include <fmt/core.h>

#include <set>

#include "dispatch/dispatch_actions.hpp"

namespace kefu::dispatch {

namespace {

/// An assignment's violation field as the line-up names it: "lead" → "crews[2].leadId".
std::string LineupField(std::size_t crew, const std::string& field) {
    std::string prefix = CrewField(crew);
    if (field == "crew") return prefix;
    if (field == "lead") return prefix + ".leadId";
    if (field == "driver") return prefix + ".driverId";
    if (field.starts_with("members[")) return prefix + ".memberIds" + field.substr(7);
    return prefix + "." + field;
}

/// A crew as one line of the audit trail: "lead 3 · members 5,7 · vehicle 2 · driver 5".
std::string CrewLine(const CrewInput& crew) {
    std::string members;
    for (StaffId m : crew.members) {
        if (!members.empty()) members += ",";
        members += std::to_string(m.value());
    }
    std::string line = fmt::format("lead {} · members {} · vehicle {}",
                                   crew.lead.value(),
                                   members.empty() ? "-" : members,
                                   crew.vehicle_id);
    if (crew.driver) line += fmt::format(" · driver {}", crew.driver->value());
    return line;
}

audit::Snapshot SnapshotOf(const std::vector<CrewInput>& crews) {
    std::vector<std::string> lines;
    lines.reserve(crews.size());
    for (const CrewInput& crew : crews) lines.push_back(CrewLine(crew));
    return {{"crews", std::move(lines)}};
}

/// "days[3]": where a day of SaveDays is named.
std::string DayField(std::size_t k) { return fmt::format("days[{}]", k); }

/// What can be judged of a line-up without the database: crews[i]... duplicate, date in_past.
std::vector<FieldViolation> InputViolations(const LineupInput& input, Date today) {
    std::vector<FieldViolation> violations = RepeatedInCrews(input.crews, CrewField);
    if (input.date < today) violations.push_back({"date", "in_past"});
    return violations;
}

/// Day k's refusal as SaveDays answers it: its violations under days[k]; a stale day as
/// days[k].version stale_version, so the client can name it.
Error UnderDay(std::size_t k, Date date, const Error& error) {
    if (error.code() == ErrorCode::kAborted) {
        return {ErrorCode::kAborted,
                fmt::format("someone else saved the crews of {}; reload and try again",
                            date.ToString()),
                {{DayField(k) + ".version", "stale_version"}}};
    }
    std::vector<FieldViolation> violations = error.violations();
    for (FieldViolation& v : violations) v.field = DayField(k) + "." + v.field;
    return {error.code(), error.message(), std::move(violations)};
}

}  // namespace

Result<DayLineup> LineupService::Get(const auth::Principal& principal, Date date) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    KEFU_ASSIGN_OR_RETURN(auto found,
                          transactions_.Run<std::optional<DayLineup>>(
                              TxMode::kRead, [&](Tx& tx) { return lineups_.Find(tx, date); }));
    if (found) return std::move(*found);
    DayLineup none;
    none.day = date;
    return none;
}

Result<DayLineup> LineupService::Save(const auth::Principal& principal, const LineupInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    std::vector<FieldViolation> violations = InputViolations(input, clock_.Today());
    if (!violations.empty()) {
        return Fail(Error::InvalidArgument("the crews cannot be saved", std::move(violations)));
    }
    return transactions_.Run<DayLineup>(TxMode::kWrite,
                                        [&](Tx& tx) { return SaveIn(tx, principal, input); });
}

Result<std::vector<DayLineup>> LineupService::SaveDays(const auth::Principal& principal,
                                                       const std::vector<LineupInput>& days) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    std::vector<FieldViolation> violations;
    if (days.empty()) violations.push_back({"days", "required"});
    std::set<Date> seen;
    for (std::size_t k = 0; k < days.size(); ++k) {
        for (FieldViolation v : InputViolations(days[k], clock_.Today())) {
            v.field = DayField(k) + "." + v.field;
            violations.push_back(std::move(v));
        }
        if (!seen.insert(days[k].date).second)
            violations.push_back({DayField(k) + ".date", "duplicate"});
    }
    if (!violations.empty()) {
        return Fail(Error::InvalidArgument("the crews cannot be saved", std::move(violations)));
    }
    using Saved = std::vector<DayLineup>;
    return transactions_.Run<Saved>(TxMode::kWrite, [&](Tx& tx) -> Result<Saved> {
        Saved saved;
        // Every day's clashes at once; a refusal rolls back the days written before it.
        std::vector<FieldViolation> clashes;
        for (std::size_t k = 0; k < days.size(); ++k) {
            auto day = SaveIn(tx, principal, days[k]);
            if (day) {
                saved.push_back(std::move(*day));
                continue;
            }
            Error refusal = UnderDay(k, days[k].date, day.error());
            if (refusal.code() != ErrorCode::kFailedPrecondition) return Fail(std::move(refusal));
            clashes.insert(clashes.end(), refusal.violations().begin(), refusal.violations().end());
        }
        if (!clashes.empty()) {
            return Fail(Error::FailedPrecondition("a crew cannot go out on one of the days",
                                                  std::move(clashes)));
        }
        return saved;
    });
}

Result<DayLineup> LineupService::SaveIn(Tx& tx,
                                        const auth::Principal& principal,
                                        const LineupInput& input) {
    KEFU_ASSIGN_OR_RETURN(auto before, lineups_.Find(tx, input.date));
    const int current = before ? before->version : 0;
    if (current != input.version) {
        return Fail(Error::Aborted("someone else saved this day's crews; reload and try again"));
    }
    // Every crew is judged as an assignment of the day would judge it, all clashes at once.
    std::vector<FieldViolation> clashes;
    for (std::size_t i = 0; i < input.crews.size(); ++i) {
        const CrewInput& crew = input.crews[i];
        jobs::Assignment assignment;
        assignment.lead = crew.lead;
        assignment.members = crew.members;
        assignment.vehicle_id = crew.vehicle_id;
        assignment.driver = crew.driver;
        assignment.date = input.date;
        auto judged = jobs_.CheckCrewIn(tx, assignment);
        if (judged) continue;
        if (judged.error().code() != ErrorCode::kFailedPrecondition) return Fail(judged.error());
        for (FieldViolation v : judged.error().violations()) {
            v.field = LineupField(i, v.field);
            clashes.push_back(std::move(v));
        }
    }
    if (!clashes.empty()) {
        return Fail(Error::FailedPrecondition("a crew cannot go out that day", clashes));
    }
    DayLineup next;
    next.day = input.date;
    next.version = input.version;
    next.crews = input.crews;
    next.saved_by_name = principal.display_name;
    next.saved_at = clock_.Now();
    KEFU_TRY(lineups_.Replace(tx, next));
    std::optional<audit::Snapshot> was;
    if (before) was = SnapshotOf(before->crews);
    KEFU_TRY(audit_.Record(
        tx,
        principal,
        {events::kLineupSaved, input.date.ToString(), std::move(was), SnapshotOf(next.crews)}));
    // Answered as a later read would answer it: the new version, the names.
    KEFU_ASSIGN_OR_RETURN(auto after, lineups_.Find(tx, input.date));
    if (!after) return Fail(Error::Internal("the line-up just saved is not there"));
    return std::move(*after);
}

}  // namespace kefu::dispatch
