#include "field/quality_return.hpp"

#include <algorithm>
#include <map>

#include "platform/text.hpp"

namespace kefu::field {

bool CanCheckReturn(jobs::JobStatus status) {
    return status == jobs::JobStatus::kReturnedToFactory;
}

Violations CheckNewReturnCheck(const NewReturnCheck& check) {
    Violations v;
    if (check.job_id <= 0) v.Add("jobId", "required");
    if (Utf8Length(check.note) > kReturnNoteMax) v.Add("note", "too_long");
    // A damage charged to someone must be shown and described, not only asserted.
    if (check.outcome == ReturnOutcome::kDamaged) {
        if (check.note.empty()) v.Add("note", "required");
        if (!check.has_photo) v.Add("photo", "required");
    }
    return v;
}

Violations CheckNewCharge(const NewCharge& charge) {
    Violations v;
    if (charge.staff_id <= 0) v.Add("staffId", "required");
    if (charge.amount_fen < 1) v.Add("amountFen", "out_of_range");
    if (charge.amount_fen > kChargeMaxFen) v.Add("amountFen", "out_of_range");
    if (charge.reason.empty()) v.Add("reason", "required");
    if (Utf8Length(charge.reason) > kChargeReasonMax) v.Add("reason", "too_long");
    return v;
}

std::vector<ChargeTotal> TotalsByPerson(std::span<const Charge> charges) {
    std::map<std::int64_t, ChargeTotal> by_staff;
    for (const Charge& c : charges) {
        if (c.withdrawn_at) continue;  // decided in error: it is not owed
        ChargeTotal& total = by_staff[c.staff_id];
        total.staff_id = c.staff_id;
        total.staff_name = c.staff_name;
        total.amount_fen += c.amount_fen;
        ++total.count;
    }
    std::vector<ChargeTotal> out;
    out.reserve(by_staff.size());
    for (auto& [id, total] : by_staff) out.push_back(std::move(total));
    std::ranges::sort(out, [](const ChargeTotal& a, const ChargeTotal& b) {
        if (a.amount_fen != b.amount_fen) return a.amount_fen > b.amount_fen;
        return a.staff_name < b.staff_name;
    });
    return out;
}

}  // namespace kefu::field
