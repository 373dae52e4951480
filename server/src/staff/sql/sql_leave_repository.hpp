// Leave records on SQL.
#pragma once

#include "staff/leave_repository.hpp"

namespace kefu::staff {

/// LeaveRepository over SOCI; dates are stored as "YYYY-MM-DD", which compares as days do.
class SqlLeaveRepository final : public LeaveRepository {
public:
    Result<bool> IsOnLeave(Tx& tx, StaffId staff, Date day) override;
    Result<std::vector<LeaveRecord>> OnLeave(Tx& tx, Date day) override;
    Result<std::vector<LeaveRecord>> ListBetween(Tx& tx, Date from, Date to) override;
    Result<std::vector<LeaveRecord>> ListForStaff(Tx& tx, StaffId staff) override;
    Result<std::optional<LeaveRecord>> FindById(Tx& tx, LeaveId id) override;
    Result<LeaveRecord> Insert(Tx& tx, const LeaveRecord& record, Timestamp at) override;
    Result<void> Delete(Tx& tx, LeaveId id) override;
    Result<void> LockStaff(Tx& tx, StaffId staff) override;
};

}  // namespace kefu::staff
