// The permission table (role × action), assembled at start-up from every capability's grants.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "auth/action.hpp"

namespace kefu::auth {

/// Who may do what. Built once from the capabilities' declarations, then read-only (safe to
/// share between threads).
class PermissionTable {
public:
    /// Adds the grants of one capability. A name declared twice, or not of the form
    /// "<area>.<verb>" in lower case, is recorded in problems() rather than applied twice.
    void Declare(std::string_view module, std::span<const ActionGrant> grants);

    /// Everything wrong with the declarations so far, one sentence each; empty when sound.
    const std::vector<std::string>& problems() const { return problems_; }
    bool IsDeclared(Action action) const;
    /// The roles holding `action`; empty for an undeclared action.
    RoleSet RolesAllowed(Action action) const;
    /// True when one of `roles` holds `action`.
    bool Allows(const RoleSet& roles, Action action) const;
    /// Names of every action one of `roles` holds, sorted.
    std::vector<std::string> ActionNamesFor(const RoleSet& roles) const;
    /// Every declared action name, sorted.
    std::vector<std::string> ActionNames() const;
    /// The module that declared an action ("" when undeclared).
    std::string_view DeclaredBy(Action action) const;

private:
    struct Entry {
        RoleSet roles;
        std::string module;
        std::string justification;
    };
    std::map<std::string, Entry, std::less<>> entries_;
    std::vector<std::string> problems_;
};

/// True when `name` is "<area>.<verb>": lower-case letters, digits and '_' on both sides of
/// exactly one dot.
bool IsWellFormedActionName(std::string_view name);

}  // namespace kefu::auth
