// A member of the department's staff and the validation of what the user types (R-ORG-1).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/role.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/phone.hpp"
#include "platform/strong_id.hpp"
#include "staff/grade.hpp"

namespace kefu::staff {

/// Whether the person still works here; leaving is a soft delete (the record stays).
enum class StaffStatus { kActive, kLeft };

inline constexpr auto kStaffStatusNames =
    MakeEnumNames<StaffStatus>({{StaffStatus::kActive, "active"}, {StaffStatus::kLeft, "left"}});

inline std::string_view StatusName(StaffStatus status) { return kStaffStatusNames.Name(status); }
inline std::optional<StaffStatus> ParseStatus(std::string_view name) {
    return kStaffStatusNames.Parse(name);
}

/// A staff member as stored.
struct StaffMember {
    StaffId id;
    std::string name;
    std::string phone;
    Date hire_date;
    Date experience_start;  ///< start of installation experience at this company
    Grade grade = Grade::kIntern;
    auth::RoleSet roles;  ///< functions besides the grade, e.g. driver
    /// Skill keys the member holds (e.g. electric_desk, the keys products name), sorted, distinct.
    std::vector<std::string> skills;
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
    /// Absent: none on a new record, unchanged on an update; present: replaces them.
    std::optional<std::vector<std::string>> skills = std::nullopt;
};

/// The most skills one member may hold.
inline constexpr std::size_t kMaxSkills = 20;

/// Validates the editable fields into `member` (id, grade, status and version untouched).
/// INVALID_ARGUMENT with every violation: required, too_long, invalid_phone, invalid_date,
/// date_in_future, before_hire_date, invalid_value (roles[i]), skills too_many_items, and
/// skills[i] pattern (not a skill key, see catalog::IsSkillKey) or duplicate. Present skills are
/// stored sorted.
Result<void> ApplyFields(const StaffFields& fields, Date today, StaffMember& member);

}  // namespace kefu::staff
