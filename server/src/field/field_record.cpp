#include "field/field_record.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <set>

namespace kefu::field {

std::string Fingerprint(const RecordInput& input) {
    std::vector<std::string_view> checks;
    checks.reserve(input.checks.size());
    for (Check c : input.checks) checks.push_back(kCheckNames.Name(c));
    std::ranges::sort(checks);
    std::vector<ItemCount> counts = input.counts;
    std::ranges::sort(counts, {}, &ItemCount::item_id);
    std::string text = fmt::format("job={};step={};at={};checks=",
                                   input.job_id,
                                   kFieldStepNames.Name(input.step),
                                   FormatTimestamp(input.recorded_at));
    for (std::string_view c : checks) text += fmt::format("{},", c);
    text += ";counts=";
    for (const ItemCount& c : counts) text += fmt::format("{}:{},", c.item_id, c.pieces);
    // The note's length first, so no note can imitate the fields before it.
    text += fmt::format(";note={}:{}", input.note.size(), input.note);
    return text;
}

bool IsUuid(std::string_view id) {
    if (id.size() != 36) return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (c == '-')) return false;
        if (!dash && !std::isxdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

std::vector<FieldViolation> CheckRecordShape(const RecordInput& input, Timestamp now) {
    std::vector<FieldViolation> v;
    if (!IsUuid(input.id)) v.push_back({"id", "invalid_format"});
    for (std::size_t i = 0; i < input.checks.size(); ++i) {
        if (!BelongsTo(input.checks[i], input.step)) {
            v.push_back({fmt::format("checks[{}]", i), "not_in_step"});
        }
    }
    for (Check missing : MissingChecks(input.step, input.checks)) {
        v.push_back({"checks", "incomplete", std::string(kCheckNames.Name(missing))});
    }
    if (!CountsPieces(input.step) && !input.counts.empty()) {
        v.push_back({"counts", "not_in_step"});
    }
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < input.counts.size(); ++i) {
        if (input.counts[i].pieces < 0) {
            v.push_back({fmt::format("counts[{}].pieces", i), "must_be_non_negative"});
        }
        if (!seen.insert(input.counts[i].item_id).second) {
            v.push_back({fmt::format("counts[{}].productId", i), "duplicate"});
        }
    }
    if (input.recorded_at > now + kClockSkew) v.push_back({"recordedAt", "in_future"});
    return v;
}

std::vector<FieldViolation> CheckCountsCover(const RecordInput& input,
                                             const std::vector<std::int64_t>& job_products) {
    if (!CountsPieces(input.step)) return {};
    return CheckCountsCoverProducts(input.counts, job_products);
}

std::optional<jobs::JobEvent> StepEvent(FieldStep step) {
    switch (step) {
        case FieldStep::kLoading:
            return jobs::JobEvent::kStartLoading;
        case FieldStep::kDeparture:
            return jobs::JobEvent::kDepart;
        case FieldStep::kArrival:
            return jobs::JobEvent::kArrive;
        case FieldStep::kInstallation:
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace kefu::field
