#include "staff/leave_service.hpp"

#include <fmt/core.h>

#include "staff/staff_actions.hpp"

namespace kefu::staff {
namespace {

using auth::Require;

audit::Snapshot SnapshotOf(const LeaveRecord& r) {
    return {{"staffId", r.staff_id.value()},
            {"from", r.from.ToString()},
            {"to", r.to.ToString()},
            {"kind", std::string(LeaveKindName(r.kind))},
            {"note", r.note}};
}

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid leave", std::move(violations)));
}

}  // namespace

Result<std::vector<LeaveRecord>> LeaveService::ListForStaff(const auth::Principal& principal,
                                                            StaffId id) {
    KEFU_TRY(Require(principal, actions::kLeaveRead));
    return transactions_.Run<std::vector<LeaveRecord>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<LeaveRecord>> {
            KEFU_ASSIGN_OR_RETURN(auto member, staff_.FindById(tx, id));
            if (!member) return Fail(Error::NotFound("no such staff member"));
            return leave_.ListForStaff(tx, id);
        });
}

Result<std::vector<LeaveRecord>> LeaveService::ListBetween(const auth::Principal& principal,
                                                           Date from,
                                                           Date to) {
    KEFU_TRY(Require(principal, actions::kLeaveRead));
    KEFU_TRY(AsInvalid(CheckLeavePeriod(from, to, "")));
    return transactions_.Run<std::vector<LeaveRecord>>(
        TxMode::kRead, [&](Tx& tx) { return leave_.ListBetween(tx, from, to); });
}

Result<void> LeaveService::Validate(const LeaveInput& input) const {
    return AsInvalid(CheckLeavePeriod(input.from, input.to, input.note));
}

Result<LeaveRecord> LeaveService::Record(const auth::Principal& principal,
                                         StaffId id,
                                         const LeaveInput& input) {
    KEFU_TRY(Require(principal, actions::kLeaveWrite));
    KEFU_TRY(Validate(input));
    return transactions_.Run<LeaveRecord>(TxMode::kWrite, [&](Tx& tx) -> Result<LeaveRecord> {
        KEFU_TRY(leave_.LockStaff(tx, id));
        KEFU_ASSIGN_OR_RETURN(auto member, staff_.FindById(tx, id));
        if (!member) return Fail(Error::NotFound("no such staff member"));
        if (member->status == StaffStatus::kLeft) {
            return Fail(Error::FailedPrecondition(
                fmt::format("{} has left; leave is for current staff", member->name),
                {{"status", "staff_left"}}));
        }
        KEFU_ASSIGN_OR_RETURN(auto existing, leave_.ListForStaff(tx, id));
        if (auto clash = FirstOverlap(existing, input.from, input.to)) {
            const std::string period = clash->from.ToString() + "–" + clash->to.ToString();
            return Fail(Error::FailedPrecondition(
                fmt::format("{} is already on leave {}", member->name, period),
                {{"from", "overlaps_leave", period}}));
        }
        LeaveRecord record;
        record.staff_id = id;
        record.staff_name = member->name;
        record.from = input.from;
        record.to = input.to;
        record.kind = input.kind;
        record.note = input.note;
        KEFU_ASSIGN_OR_RETURN(LeaveRecord stored, leave_.Insert(tx, record, clock_.Now()));
        stored.staff_name = member->name;
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kLeaveRecorded,
                                std::to_string(stored.id.value()),
                                std::nullopt,
                                SnapshotOf(stored)}));
        return stored;
    });
}

Result<void> LeaveService::Delete(const auth::Principal& principal, StaffId id, LeaveId leave) {
    KEFU_TRY(Require(principal, actions::kLeaveWrite));
    return transactions_.Run(TxMode::kWrite, [&](Tx& tx) -> Result<void> {
        KEFU_ASSIGN_OR_RETURN(auto found, leave_.FindById(tx, leave));
        if (!found || found->staff_id != id) return Fail(Error::NotFound("no such leave record"));
        KEFU_TRY(leave_.Delete(tx, leave));
        return audit_.Record(tx,
                             principal,
                             {events::kLeaveDeleted,
                              std::to_string(leave.value()),
                              SnapshotOf(*found),
                              std::nullopt});
    });
}

}  // namespace kefu::staff
