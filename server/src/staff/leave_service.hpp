// Use cases of leave records (issue 9 item 6): list a person's leave, who is away between two
// days, record and delete leave. Overlapping leave of one person is refused.
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "platform/clock.hpp"
#include "staff/leave_repository.hpp"
#include "staff/staff_repository.hpp"

namespace kefu::staff {

/// A new leave record as the API receives it.
struct LeaveInput {
    Date from;
    Date to;
    LeaveKind kind = LeaveKind::kAnnual;
    std::string note;
};

/// The leave service.
class LeaveService {
public:
    LeaveService(StaffRepository& staff,
                 LeaveRepository& leave,
                 TransactionRunner& transactions,
                 audit::AuditLog& audit,
                 const Clock& clock)
        : staff_(staff), leave_(leave), transactions_(transactions), audit_(audit), clock_(clock) {}

    /// One member's leave, latest first. PERMISSION_DENIED without leave.read; NOT_FOUND.
    Result<std::vector<LeaveRecord>> ListForStaff(const auth::Principal& principal, StaffId id);
    /// Every record sharing a day with [from, to]. PERMISSION_DENIED without leave.read;
    /// INVALID_ARGUMENT (to: before_from, out_of_range beyond a year).
    Result<std::vector<LeaveRecord>> ListBetween(const auth::Principal& principal,
                                                 Date from,
                                                 Date to);
    /// The checks of Record on the input alone (see CheckLeavePeriod).
    Result<void> Validate(const LeaveInput& input) const;
    /// Records leave. PERMISSION_DENIED without leave.write; NOT_FOUND for an unknown member;
    /// INVALID_ARGUMENT as Validate; FAILED_PRECONDITION (status: staff_left) for someone who
    /// has left, and (from: overlaps_leave, detail: "2026-11-20–2026-11-25") when the member
    /// already has leave on one of the days.
    Result<LeaveRecord> Record(const auth::Principal& principal,
                               StaffId id,
                               const LeaveInput& input);
    /// Deletes a record of this member. PERMISSION_DENIED without leave.write; NOT_FOUND when
    /// the record does not exist or is another member's.
    Result<void> Delete(const auth::Principal& principal, StaffId id, LeaveId leave);

private:
    StaffRepository& staff_;
    LeaveRepository& leave_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::staff
