#include "staff/leave.hpp"

#include "platform/text.hpp"

namespace kefu::staff {

bool Overlaps(const LeaveRecord& record, Date from, Date to) {
    return record.from <= to && from <= record.to;
}

std::optional<LeaveRecord> FirstOverlap(std::span<const LeaveRecord> existing, Date from, Date to) {
    for (const LeaveRecord& r : existing) {
        if (Overlaps(r, from, to)) return r;
    }
    return std::nullopt;
}

std::vector<FieldViolation> CheckLeavePeriod(Date from, Date to, std::string_view note) {
    Violations v;
    if (to < from) {
        v.Add("to", "before_from");
    } else if ((to.days() - from.days()).count() + 1 > kMaxLeaveDays) {
        v.Add("to", "out_of_range");
    }
    if (Utf8Length(note) > kLeaveNoteMax) v.Add("note", "too_long");
    return v.items();
}

}  // namespace kefu::staff
