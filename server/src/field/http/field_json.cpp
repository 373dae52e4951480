#include "field/http/field_json.hpp"

#include "db/bytes_text.hpp"
#include "jobs/http/job_json.hpp"

namespace kefu::field {
namespace {

using nlohmann::json;

/// A count covers at most this many items (a job has at most 200 lines).
constexpr std::size_t kMaxCounts = 200;
constexpr std::int64_t kMaxPieces = 1'000'000;

}  // namespace

json CountsToJson(const std::vector<ItemCount>& counts) {
    json out = json::array();
    for (const ItemCount& c : counts)
        out.push_back({{"productId", c.item_id}, {"pieces", c.pieces}});
    return out;
}

std::vector<ItemCount> ReadCounts(http::JsonReader& reader) {
    std::vector<ItemCount> counts;
    reader.Array("counts", false, kMaxCounts, [&](http::JsonReader& item, std::size_t) {
        ItemCount c;
        c.item_id = item.RequiredId("productId").value_or(0);
        c.pieces = item.RequiredInt("pieces", 0, kMaxPieces).value_or(0);
        counts.push_back(c);
    });
    return counts;
}

std::string ReadBase64(http::JsonReader& reader, std::string_view name, std::size_t max_chars) {
    const std::string text = reader.RequiredSecret(name, max_chars);
    if (text.empty()) return {};
    auto bytes = db::TextToBytes(text);
    if (!bytes) {
        reader.Add(name, "invalid_base64");
        return {};
    }
    return std::move(*bytes);
}

json RecordToJson(const FieldRecord& r) {
    json checks = json::array();
    for (Check c : r.input.checks) checks.push_back(kCheckNames.Name(c));
    return {{"id", r.input.id},
            {"jobId", r.input.job_id},
            {"step", kFieldStepNames.Name(r.input.step)},
            {"checks", std::move(checks)},
            {"counts", CountsToJson(r.input.counts)},
            {"note", r.input.note},
            {"recordedAt", FormatTimestamp(r.input.recorded_at)},
            {"receivedAt", FormatTimestamp(r.received_at)},
            {"recordedByName", r.recorded_by_name},
            {"outcome", kRecordOutcomeNames.Name(r.outcome)},
            {"conflictReason", r.conflict_reason},
            {"conflictStatus", r.conflict_status}};
}

json IncidentToJson(const Incident& i) {
    json differences = json::array();
    for (const CountDifference& d : i.differences) {
        differences.push_back(
            {{"productId", d.item_id}, {"expected", d.expected}, {"counted", d.counted}});
    }
    return {{"id", i.id},
            {"jobId", i.job_id},
            {"jobNumber", i.job_number},
            {"kind", kIncidentKindNames.Name(i.kind)},
            {"recordId", i.record_id},
            {"differences", std::move(differences)},
            {"raisedAt", FormatTimestamp(i.raised_at)},
            {"resolvedAt", i.resolved_at ? json(FormatTimestamp(*i.resolved_at)) : json(nullptr)},
            {"resolvedByName", i.resolved_by_name},
            {"resolution", i.resolution},
            {"version", i.version}};
}

json RecordResultToJson(const RecordResult& result) {
    return {{"record", RecordToJson(result.record)},
            {"replayed", result.replayed},
            {"jobStatus", jobs::kJobStatusNames.Name(result.job_status)},
            {"incident", result.incident ? IncidentToJson(*result.incident) : json(nullptr)}};
}

nlohmann::json FieldJobToJson(const FieldJob& job) {
    nlohmann::json steps = nlohmann::json::array();
    for (FieldStep s : job.steps_done) steps.push_back(kFieldStepNames.Name(s));
    nlohmann::json warranties = nlohmann::json::array();
    for (const catalog::SeriesWarranty& w : job.warranties) {
        warranties.push_back({{"series", w.series}, {"months", w.months}, {"content", w.content}});
    }
    return {{"job", jobs::JobToJson(job.crew_job.job)},
            {"partyName", job.crew_job.print.party},
            {"address", job.crew_job.print.address},
            {"access", job.crew_job.print.access},
            {"stepsDone", std::move(steps)},
            {"warranties", std::move(warranties)}};
}

nlohmann::json PhotoToJson(const FieldPhoto& p) {
    return {{"id", p.id},
            {"recordId", p.record_id},
            {"jobId", p.job_id},
            {"step", kFieldStepNames.Name(p.step)},
            {"width", p.width},
            {"height", p.height},
            {"sizeBytes", p.size_bytes},
            {"recordedByName", p.recorded_by_name},
            {"receivedAt", FormatTimestamp(p.received_at)}};
}

PhotoInput ReadPhotoInput(http::JsonReader& reader) {
    PhotoInput in;
    in.id = reader.RequiredString("id", 36);
    in.job_id = reader.RequiredId("jobId").value_or(0);
    in.step = reader.RequiredEnum("step", kFieldStepNames).value_or(FieldStep::kLoading);
    in.content_type = reader.RequiredString("contentType", 40);
    // The server's body limit (1 MiB) bounds the text; the phone shrinks photos to 1600 px first.
    in.bytes = ReadBase64(reader, "data", std::size_t{2} * 1024 * 1024);
    return in;
}

RecordInput ReadRecordInput(http::JsonReader& reader) {
    RecordInput in;
    in.id = reader.RequiredString("id", 36);
    in.job_id = reader.RequiredId("jobId").value_or(0);
    in.step = reader.RequiredEnum("step", kFieldStepNames).value_or(FieldStep::kLoading);
    for (const std::string& name : reader.StringArray("checks", false)) {
        if (auto check = kCheckNames.Parse(name)) {
            in.checks.push_back(*check);
        } else {
            reader.Add("checks", "invalid_value");
        }
    }
    in.counts = ReadCounts(reader);
    in.note = reader.OptionalText("note", 500).value_or("");
    in.recorded_at = reader.RequiredDateTime("recordedAt").value_or(Timestamp{});
    return in;
}

}  // namespace kefu::field
