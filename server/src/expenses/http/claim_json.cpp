#include "expenses/http/claim_json.hpp"

#include "platform/money_text.hpp"

namespace kefu::expenses {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxDiners = 50;
constexpr std::size_t kMaxNameChars = 20;

json ReceiptsToJson(const std::vector<ReceiptInfo>& receipts) {
    json out = json::array();
    for (const ReceiptInfo& r : receipts) {
        out.push_back({{"id", r.id},
                       {"contentType", kReceiptTypeNames.Name(r.type)},
                       {"sizeBytes", r.size_bytes},
                       {"uploadedAt", FormatTimestamp(r.uploaded_at)}});
    }
    return out;
}

json LineToJson(const ClaimLine& l) {
    const LineFacts& f = l.facts;
    json used = json::array();
    for (const auto& [key, value] : l.allowance.policy_used) {
        used.push_back({{"key", key}, {"value", value}});
    }
    json out = {{"id", l.id},
                {"kind", kLineKindNames.Name(f.kind)},
                {"date", f.date.ToString()},
                {"claimed", FormatYuan(f.claimed)},
                {"claimedFen", f.claimed.fen()},
                {"allowed", FormatYuan(l.allowance.allowed)},
                {"allowedFen", l.allowance.allowed.fen()},
                {"payable", l.allowance.payable},
                {"rule", kAllowanceRuleNames.Name(l.allowance.rule)},
                {"policyUsed", used},
                {"receipt", f.receipt},
                {"receipts", ReceiptsToJson(l.receipts)},
                {"approval",
                 l.approval_id && l.approval_status
                     ? json{{"id", *l.approval_id},
                            {"status", approvals::kApprovalStatusNames.Name(*l.approval_status)}}
                     : json(nullptr)},
                {"mayRequestApproval", l.MayRequestApproval()},
                {"status", kLineStatusNames.Name(l.status)},
                {"rejectReason", l.reject_reason},
                {"note", l.note}};
    switch (f.kind) {
        case LineKind::kFare:
            out["fareClass"] = kFareClassNames.Name(f.fare_class);
            out["leaderApproval"] = f.leader_approval;
            break;
        case LineKind::kMeal:
            out["meal"] = kMealNames.Name(f.meal);
            out["diners"] = f.diners;
            out["dinerCount"] = f.diner_count;
            break;
        case LineKind::kLodging:
            out["nights"] = f.nights;
            out["persons"] = f.persons;
            out["specialApproval"] = f.special_approval;
            break;
        case LineKind::kPhone:
            break;
    }
    return out;
}

}  // namespace

json ClaimToJson(const Claim& c) {
    json lines = json::array();
    for (const ClaimLine& l : c.lines) lines.push_back(LineToJson(l));
    return {{"id", c.id.value()},
            {"claimantId", c.claimant.value()},
            {"claimantName", c.claimant_name},
            {"jobId", c.job_id ? json(*c.job_id) : json(nullptr)},
            {"tripLogId", c.trip_log_id ? json(*c.trip_log_id) : json(nullptr)},
            {"divisionCode", std::to_string(c.division_code)},
            {"divisionName", c.division_name},
            {"local", c.local},
            {"placeClass", geo::PlaceClassName(c.place_class)},
            {"departure", FormatTimestamp(c.departure)},
            {"returnAt", FormatTimestamp(c.return_at)},
            {"timesFromTripLog", c.times_from_trip_log},
            {"purpose", c.purpose},
            {"status", kClaimStatusNames.Name(c.status)},
            {"rejectReason", c.reject_reason},
            {"totalClaimed", FormatYuan(c.TotalClaimed())},
            {"totalAllowed", FormatYuan(c.TotalAllowed())},
            {"hasUnpayableLine", c.HasUnpayableLine()},
            {"lines", lines},
            {"createdAt", FormatTimestamp(c.created_at)},
            {"version", c.version}};
}

LineInput ReadLine(http::JsonReader& reader) {
    LineInput in;
    LineFacts& f = in.facts;
    const auto kind = reader.RequiredEnum("kind", kLineKindNames);
    f.kind = kind.value_or(LineKind::kFare);
    f.date = reader.RequiredDate("date").value_or(Date());
    // 0–100,000 yuan here (negative: must_not_be_negative); the service refuses 0.
    f.claimed = reader.RequiredMoney("claimed").value_or(Money());
    in.note = reader.OptionalText("note", 500).value_or("");
    // The kind's own fields; another kind's fields are unknown to it (unknown_field).
    if (kind == LineKind::kFare) {
        f.fare_class = reader.RequiredEnum("fareClass", kFareClassNames).value_or(FareClass::kBus);
    } else if (kind == LineKind::kMeal) {
        f.meal = reader.RequiredEnum("meal", kMealNames).value_or(Meal::kLunch);
        f.diners = reader.StringArray("diners", false);
        if (f.diners.size() > kMaxDiners) reader.Add("diners", "too_many_items");
        for (std::size_t i = 0; i < f.diners.size(); ++i) {
            // Names are stored one per line: a line break inside one would split it.
            const std::string field = "diners[" + std::to_string(i) + "]";
            if (http::HasControlCharacter(f.diners[i])) reader.Add(field, "control_character");
            if (http::CharCount(f.diners[i]) > kMaxNameChars) reader.Add(field, "too_long");
        }
        f.diner_count = static_cast<int>(reader.RequiredInt("dinerCount", 0, 50).value_or(0));
    } else if (kind == LineKind::kLodging) {
        f.nights = static_cast<int>(reader.RequiredInt("nights", 1, 60).value_or(1));
        f.persons = static_cast<int>(reader.RequiredInt("persons", 1, 50).value_or(1));
    }
    return in;
}

}  // namespace kefu::expenses
