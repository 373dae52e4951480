#include "auth/permission_table.hpp"

#include <fmt/core.h>

#include <algorithm>

namespace kefu::auth {
namespace {

bool IsNamePart(std::string_view part) {
    return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

}  // namespace

bool IsWellFormedActionName(std::string_view name) {
    const auto dot = name.find('.');
    if (dot == std::string_view::npos || name.find('.', dot + 1) != std::string_view::npos) {
        return false;
    }
    return IsNamePart(name.substr(0, dot)) && IsNamePart(name.substr(dot + 1));
}

void PermissionTable::Declare(std::string_view module, std::span<const ActionGrant> grants) {
    for (const ActionGrant& grant : grants) {
        const std::string_view name = grant.action.name();
        if (!IsWellFormedActionName(name)) {
            problems_.push_back(fmt::format(
                "module {} declares the action \"{}\", which is not <area>.<verb>", module, name));
            continue;
        }
        auto [it, inserted] = entries_.try_emplace(
            std::string(name),
            Entry{grant.roles, std::string(module), std::string(grant.justification)});
        if (!inserted) {
            problems_.push_back(fmt::format("the action {} is declared twice (by {} and by {})",
                                            name,
                                            it->second.module,
                                            module));
        }
        if (grant.justification.empty()) {
            problems_.push_back(
                fmt::format("module {} grants {} without saying why", module, name));
        }
    }
}

bool PermissionTable::IsDeclared(Action action) const {
    return entries_.find(action.name()) != entries_.end();
}

RoleSet PermissionTable::RolesAllowed(Action action) const {
    auto it = entries_.find(action.name());
    return it == entries_.end() ? RoleSet{} : it->second.roles;
}

bool PermissionTable::Allows(const RoleSet& roles, Action action) const {
    return !RolesAllowed(action).Intersect(roles).empty();
}

std::vector<std::string> PermissionTable::ActionNamesFor(const RoleSet& roles) const {
    std::vector<std::string> out;
    for (const auto& [name, entry] : entries_) {
        if (!entry.roles.Intersect(roles).empty()) out.push_back(name);
    }
    return out;
}

std::vector<std::string> PermissionTable::ActionNames() const {
    std::vector<std::string> out;
    out.reserve(entries_.size());
    for (const auto& [name, entry] : entries_) out.push_back(name);
    return out;
}

std::string_view PermissionTable::DeclaredBy(Action action) const {
    auto it = entries_.find(action.name());
    return it == entries_.end() ? std::string_view() : std::string_view(it->second.module);
}

}  // namespace kefu::auth
