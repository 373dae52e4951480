#include "staff/staff_member.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "platform/text.hpp"

namespace kefu::staff {

Result<void> ApplyFields(const StaffFields& fields, Date today, StaffMember& member) {
    Violations v;
    if (fields.name.empty()) v.Add("name", "required");
    if (Utf8Length(fields.name) > 50) v.Add("name", "too_long");
    if (fields.phone.empty()) {
        v.Add("phone", "required");
    } else if (!IsValidPhone(fields.phone)) {
        v.Add("phone", "invalid_phone");
    }
    auto hire = Date::Parse(fields.hire_date);
    auto experience = Date::Parse(fields.experience_start);
    if (fields.hire_date.empty()) {
        v.Add("hireDate", "required");
    } else if (!hire) {
        v.Add("hireDate", "invalid_date");
    } else if (*hire > today) {
        v.Add("hireDate", "date_in_future");
    }
    if (fields.experience_start.empty()) {
        v.Add("experienceStart", "required");
    } else if (!experience) {
        v.Add("experienceStart", "invalid_date");
    } else if (hire && *experience < *hire) {
        v.Add("experienceStart", "before_hire_date");
    } else if (*experience > today) {
        v.Add("experienceStart", "date_in_future");
    }
    auth::RoleSet roles;
    for (std::size_t i = 0; i < fields.roles.size(); ++i) {
        auto role = auth::ParseRole(fields.roles[i]);
        // Staff functions only: a staff record cannot be a dealer.
        if (!role || *role == auth::Role::kDealer) {
            v.Add(fmt::format("roles[{}]", i), "invalid_value");
            continue;
        }
        roles.Add(*role);
    }
    KEFU_TRY(v.ToResult());
    member.name = fields.name;
    member.phone = fields.phone;
    member.hire_date = *hire;
    member.experience_start = *experience;
    member.roles = roles;
    return {};
}

}  // namespace kefu::staff
