#include "field/http/rework_json.hpp"

namespace kefu::field {

using nlohmann::json;

namespace {

json PersonToJson(const CrewPerson& p) { return {{"id", p.id}, {"name", p.name}}; }

json RowsToJson(const std::vector<RateRow>& rows) {
    json out = json::array();
    for (const RateRow& row : rows) {
        const auto rate = row.rate.Rate();
        out.push_back({{"staffId", row.who.id},
                       {"name", row.who.name},
                       {"onTime", row.rate.on_time},
                       {"late", row.rate.late},
                       {"rate", rate ? json(*rate) : json(nullptr)}});
    }
    return out;
}

}  // namespace

json ReworkToJson(const ReworkView& v) {
    const Rework& r = v.rework;
    json crew = json::array();
    for (const CrewPerson& p : v.crew) crew.push_back(PersonToJson(p));
    json apology = nullptr;
    if (r.apology_at) {
        apology = {{"at", FormatTimestamp(*r.apology_at)},
                   {"byName", r.apology_by_name},
                   {"note", r.apology_note}};
    }
    return {{"jobId", r.job_id},
            {"jobNumber", v.job_number},
            {"jobStatus", jobs::kJobStatusNames.Name(v.job_status)},
            {"originalJobId", r.original_job_id},
            {"originalNumber", v.original_number},
            {"problem", r.problem},
            {"committedDate", r.committed.ToString()},
            {"doneAt", r.done_at ? json(FormatTimestamp(*r.done_at)) : json(nullptr)},
            {"timeliness", kTimelinessNames.Name(v.timeliness)},
            {"apology", std::move(apology)},
            {"raisedByName", r.raised_by_name},
            {"raisedAt", FormatTimestamp(r.raised_at)},
            {"crew", std::move(crew)},
            {"crewFromOriginal", v.crew_from_original},
            {"version", r.version}};
}

json ReworksOfJobToJson(const ReworksOfJob& reworks) {
    json raised = json::array();
    for (const ReworkView& v : reworks.raised) raised.push_back(ReworkToJson(v));
    return {{"rework", reworks.rework ? ReworkToJson(*reworks.rework) : json(nullptr)},
            {"raised", std::move(raised)}};
}

json OnTimeReportToJson(const OnTimeReport& report) {
    return {{"from", report.from.ToString()},
            {"to", report.to.ToString()},
            {"byCrew", RowsToJson(report.by_crew)},
            {"byPerson", RowsToJson(report.by_person)},
            {"pending", report.pending}};
}

NewRework ReadNewRework(http::JsonReader& reader) {
    NewRework in;
    in.original_job_id = reader.RequiredId("originalJobId").value_or(0);
    in.committed = reader.RequiredDate("committedDate").value_or(Date());
    // Several lines are allowed; an empty problem is the service's "required".
    in.problem = reader.OptionalText("problem", 500).value_or("");
    in.apology_called = reader.OptionalBool("apologyCalled").value_or(false);
    in.apology_note = reader.OptionalString("apologyNote", 200).value_or("");
    return in;
}

}  // namespace kefu::field
