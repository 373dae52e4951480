// Leave records: who is away on which days, so dispatch refuses to send them (R-DSP-2, issue 9
// item 6). Days are calendar days in China; `to` is the last day of leave (inclusive).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::staff {

struct LeaveTag {};
using LeaveId = StrongId<LeaveTag>;  ///< one leave record

/// Why someone is away.
enum class LeaveKind { kAnnual, kSick, kPersonal, kOther };

inline constexpr auto kLeaveKindNames =
    MakeEnumNames<LeaveKind>({{LeaveKind::kAnnual, "annual"},
                              {LeaveKind::kSick, "sick"},
                              {LeaveKind::kPersonal, "personal"},
                              {LeaveKind::kOther, "other"}});

/// "annual", "sick", "personal", "other".
inline std::string_view LeaveKindName(LeaveKind kind) { return kLeaveKindNames.Name(kind); }

/// One period of leave of one member of staff.
struct LeaveRecord {
    LeaveId id;
    StaffId staff_id;
    std::string staff_name;  ///< filled by reads, for lists
    Date from;
    Date to;  ///< the last day away (inclusive)
    LeaveKind kind = LeaveKind::kAnnual;
    std::string note;
};

/// The longest leave one record may cover, in days: a year.
inline constexpr int kMaxLeaveDays = 366;
/// Limit of a note, in characters.
inline constexpr std::size_t kLeaveNoteMax = 500;

/// Whether [from, to] and the record's days share at least one day.
bool Overlaps(const LeaveRecord& record, Date from, Date to);

/// Whether the record covers `day`.
inline bool Covers(const LeaveRecord& record, Date day) { return Overlaps(record, day, day); }

/// The first of `existing` that shares a day with [from, to], if any.
std::optional<LeaveRecord> FirstOverlap(std::span<const LeaveRecord> existing, Date from, Date to);

/// The violations of a new period alone: to before_from; to out_of_range beyond kMaxLeaveDays;
/// note too_long.
std::vector<FieldViolation> CheckLeavePeriod(Date from, Date to, std::string_view note);

}  // namespace kefu::staff
