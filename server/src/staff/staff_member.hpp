// A member of the department's staff and the validation of what the user types (R-ORG-1).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/role.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"
#include "staff/grade.hpp"

namespace kefu::staff {

/// Whether the person still works here; leaving is a soft delete (the record stays).
enum class StaffStatus { kActive, kLeft };

std::string_view StatusName(StaffStatus status);
std::optional<StaffStatus> ParseStatus(std::string_view name);

/// A staff member as stored.
struct StaffMember {
    StaffId id;
    std::string name;
    std::string phone;
    Date hire_date;
    Date experience_start;  ///< start of installation experience at this company
    Grade grade = Grade::kIntern;
    auth::RoleSet roles;  ///< functions besides the grade, e.g. driver
    StaffStatus status = StaffStatus::kActive;
    std::optional<Date> left_on;
    int version = 1;
};

/// Editable fields as the API receives them (unvalidated text).
struct StaffFields {
    std::string name;
    std::string phone;
    std::string hire_date;
    std::string experience_start;
    std::vector<std::string> roles;
};

/// Validates the editable fields into `member` (id, grade, status and version untouched).
/// INVALID_ARGUMENT with every violation: required, too_long, invalid_phone, invalid_date,
/// date_in_future, before_hire_date, invalid_value (roles[i]).
Result<void> ApplyFields(const StaffFields& fields, Date today, StaffMember& member);

/// Mainland mobile numbers (11 digits starting with 1) or landlines (digits, '-', 7–20 chars).
bool IsValidPhone(std::string_view phone);

}  // namespace kefu::staff
