// Actions: what a user may be allowed to do. Each capability defines its own and declares which
// roles hold each one (ActionGrant); the permission table is assembled from those declarations.
#pragma once

#include <compare>
#include <string_view>

#include "auth/role.hpp"

namespace kefu::auth {

/// Something a user may be allowed to do, named "<area>.<verb>" (e.g. "staff.read"). The name
/// is the wire form the UI checks; it must be declared by exactly one capability.
class Action {
public:
    constexpr explicit Action(std::string_view name) : name_(name) {}
    constexpr std::string_view name() const { return name_; }
    constexpr bool operator==(const Action& other) const { return name_ == other.name_; }
    constexpr auto operator<=>(const Action& other) const { return name_ <=> other.name_; }

private:
    std::string_view name_;
};

/// A capability's declaration of an action: the roles that hold it, by name, and the duty or
/// requirement that justifies the grant (so the table can be reviewed against requirements.md).
struct ActionGrant {
    Action action;
    RoleSet roles;
    std::string_view justification;
};

}  // namespace kefu::auth
