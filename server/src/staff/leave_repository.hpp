// Port: storage of leave records. Dispatch asks IsOnLeave / OnLeave inside its own transaction.
#pragma once

#include <optional>
#include <vector>

#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"
#include "staff/leave.hpp"

namespace kefu::staff {

/// Leave records, each read with its staff member's name.
class LeaveRepository {
public:
    virtual ~LeaveRepository() = default;
    /// Whether any record of `staff` covers `day`.
    virtual Result<bool> IsOnLeave(Tx& tx, StaffId staff, Date day) = 0;
    /// Everyone on leave on `day`, by name.
    virtual Result<std::vector<LeaveRecord>> OnLeave(Tx& tx, Date day) = 0;
    /// Every record sharing a day with [from, to], by first day then name.
    virtual Result<std::vector<LeaveRecord>> ListBetween(Tx& tx, Date from, Date to) = 0;
    /// The records of one member of staff, latest first.
    virtual Result<std::vector<LeaveRecord>> ListForStaff(Tx& tx, StaffId staff) = 0;
    virtual Result<std::optional<LeaveRecord>> FindById(Tx& tx, LeaveId id) = 0;
    virtual Result<LeaveRecord> Insert(Tx& tx, const LeaveRecord& record, Timestamp at) = 0;
    virtual Result<void> Delete(Tx& tx, LeaveId id) = 0;
    /// Holds the staff member's row until the transaction ends, so two requests cannot each
    /// see no overlap and both insert (PostgreSQL: SELECT … FOR UPDATE; SQLite's writers are
    /// serialised already).
    virtual Result<void> LockStaff(Tx& tx, StaffId staff) = 0;
};

}  // namespace kefu::staff
