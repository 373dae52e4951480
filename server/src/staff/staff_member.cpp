#include "staff/staff_member.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <set>
#include <string_view>

#include "catalog/product.hpp"
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
    if (fields.skills) {
        const std::vector<std::string>& skills = *fields.skills;
        if (skills.size() > kMaxSkills) v.Add("skills", "too_many_items");
        std::set<std::string_view> seen;
        for (std::size_t i = 0; i < skills.size(); ++i) {
            // The products' rule, so every skill a product can need is one a member can hold.
            if (!catalog::IsSkillKey(skills[i])) {
                v.Add(fmt::format("skills[{}]", i), "pattern");
            } else if (!seen.insert(skills[i]).second) {
                v.Add(fmt::format("skills[{}]", i), "duplicate");
            }
        }
    }
    KEFU_TRY(v.ToResult());
    if (fields.skills) {
        member.skills = *fields.skills;
        std::sort(member.skills.begin(), member.skills.end());
    }
    member.name = fields.name;
    member.phone = fields.phone;
    member.hire_date = *hire;
    member.experience_start = *experience;
    member.roles = roles;
    return {};
}

}  // namespace kefu::staff
