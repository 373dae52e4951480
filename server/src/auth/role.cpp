#include "auth/role.hpp"

namespace kefu::auth {
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
