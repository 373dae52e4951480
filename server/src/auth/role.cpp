#include "auth/role.hpp"

namespace kefu::auth {
namespace {

constexpr std::array<std::string_view, kRoleCount> kNames = {"head",
                                                             "supervisor",
                                                             "technician",
                                                             "intern",
                                                             "driver",
                                                             "warehouse",
                                                             "sales",
                                                             "dealer",
                                                             "clerk",
                                                             "finance",
                                                             "leadership",
                                                             "admin"};

}  // namespace

std::string_view RoleName(Role role) { return kNames.at(static_cast<std::size_t>(role)); }

std::optional<Role> ParseRole(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) return kAllRoles[i];
    }
    return std::nullopt;
}

std::vector<Role> RoleSet::ToVector() const {
    std::vector<Role> out;
    for (Role r : kAllRoles) {
        if (Has(r)) out.push_back(r);
    }
    return out;
}

std::vector<std::string> RoleSet::Names() const {
    std::vector<std::string> out;
    for (Role r : ToVector()) out.emplace_back(RoleName(r));
    return out;
}

}  // namespace kefu::auth
