#include "field/http/return_json.hpp"

#include "field/http/field_json.hpp"

namespace kefu::field {

using nlohmann::json;

namespace {

json PersonToJson(std::int64_t id, const std::string& name) { return {{"id", id}, {"name", name}}; }

json CrewToJson(const std::vector<CrewPerson>& crew) {
    json out = json::array();
    for (const CrewPerson& p : crew) out.push_back(PersonToJson(p.id, p.name));
    return out;
}

json AwaitingToJson(const jobs::Job& job) {
    const std::string& party = job.names.customer.empty() ? job.names.dealer : job.names.customer;
    return {{"jobId", job.id.value()},
            {"jobNumber", job.number},
            {"jobVersion", job.version},
            {"kind", jobs::kJobKindNames.Name(job.kind)},
            {"partyName", party},
            {"siteStreet", job.names.site_street},
            {"requestedDate", job.requested_date.ToString()},
            {"totalPieces", job.total_pieces},
            {"crew", CrewToJson(CrewOf(job))}};
}

}  // namespace

json ChargeToJson(const Charge& c) {
    json out = {{"id", c.id},
                {"checkId", c.check_id},
                {"jobId", c.job_id},
                {"jobNumber", c.job_number},
                {"staff", PersonToJson(c.staff_id, c.staff_name)},
                {"amountFen", c.amount_fen},
                {"reason", c.reason},
                {"decidedByName", c.decided_by_name},
                {"decidedAt", FormatTimestamp(c.decided_at)}};
    if (c.withdrawn_at) {
        out["withdrawnAt"] = FormatTimestamp(*c.withdrawn_at);
        out["withdrawnByName"] = c.withdrawn_by_name;
        out["withdrawalReason"] = c.withdrawal_reason;
    }
    return out;
}

json ReturnCheckToJson(const ReturnCheckView& v) {
    const ReturnCheck& c = v.check;
    json charges = json::array();
    for (const Charge& charge : v.charges) charges.push_back(ChargeToJson(charge));
    return {{"id", c.id},
            {"jobId", c.job_id},
            {"jobNumber", v.job_number},
            {"jobVersion", c.job_version},
            {"outcome", kReturnOutcomeNames.Name(c.outcome)},
            {"note", c.note},
            {"hasPhoto", c.has_photo},
            {"checkedByName", c.checked_by_name},
            {"checkedAt", FormatTimestamp(c.checked_at)},
            {"crew", CrewToJson(v.crew)},
            {"charges", std::move(charges)}};
}

json ReturnDeskToJson(const ReturnDesk& desk) {
    json awaiting = json::array();
    for (const jobs::Job& job : desk.awaiting) awaiting.push_back(AwaitingToJson(job));
    json checks = json::array();
    for (const ReturnCheckView& v : desk.checks) checks.push_back(ReturnCheckToJson(v));
    return {{"from", desk.from.ToString()},
            {"to", desk.to.ToString()},
            {"awaiting", std::move(awaiting)},
            {"checks", std::move(checks)}};
}

json ChargeReportToJson(const ChargeReport& report) {
    json items = json::array();
    for (const Charge& c : report.items) items.push_back(ChargeToJson(c));
    json totals = json::array();
    for (const ChargeTotal& t : report.totals) {
        totals.push_back({{"staff", PersonToJson(t.staff_id, t.staff_name)},
                          {"amountFen", t.amount_fen},
                          {"count", t.count}});
    }
    return {{"from", report.from.ToString()},
            {"to", report.to.ToString()},
            {"items", std::move(items)},
            {"totals", std::move(totals)}};
}

NewReturnCheck ReadNewReturnCheck(http::JsonReader& reader,
                                  std::optional<ReturnPhotoUpload>& photo) {
    NewReturnCheck in;
    in.job_id = reader.RequiredId("jobId").value_or(0);
    in.job_version =
        static_cast<int>(reader.RequiredInt("jobVersion", 1, 1'000'000'000).value_or(0));
    in.outcome =
        reader.RequiredEnum("outcome", kReturnOutcomeNames).value_or(ReturnOutcome::kIntact);
    // Several lines are allowed; the length is the rule's.
    in.note = reader.OptionalText("note", kReturnNoteMax * 4).value_or("");
    reader.Object("photo", false, [&photo](http::JsonReader& child) {
        ReturnPhotoUpload upload;
        upload.content_type = child.RequiredString("contentType", 40);
        // The server's body limit (1 MiB) bounds the text; the browser shrinks photos first.
        upload.bytes = ReadBase64(child, "data", std::size_t{2} * 1024 * 1024);
        photo = std::move(upload);
    });
    in.has_photo = photo.has_value();
    return in;
}

NewCharge ReadNewCharge(http::JsonReader& reader, std::int64_t check_id) {
    NewCharge in;
    in.check_id = check_id;
    in.staff_id = reader.RequiredId("staffId").value_or(0);
    // The bounds are the rule's (CheckNewCharge), reported once with the other violations.
    in.amount_fen = reader.RequiredInt("amountFen").value_or(0);
    in.reason = reader.OptionalText("reason", kChargeReasonMax * 4).value_or("");
    return in;
}

}  // namespace kefu::field
