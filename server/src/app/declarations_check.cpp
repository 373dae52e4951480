#include "app/declarations_check.hpp"

#include <fmt/core.h>

#include <map>
#include <set>

namespace kefu::app {
namespace {

std::string RouteName(const http::RouteInfo& route) { return route.method + " " + route.path; }

}  // namespace

std::vector<std::string> CheckDeclarations(std::span<const NamedDeclarations> all) {
    std::vector<std::string> problems;
    std::map<std::pair<std::string, std::string>, std::string_view> events;
    std::map<std::string, std::string_view, std::less<>> enums;
    for (const NamedDeclarations& named : all) {
        for (const audit::AuditEvent& e : named.declarations.audit_events) {
            auto [it, inserted] = events.try_emplace(
                std::pair{std::string(e.entity), std::string(e.action)}, named.module);
            if (!inserted) {
                problems.push_back(fmt::format("the audit event {}/{} is declared twice ({}, {})",
                                               e.entity,
                                               e.action,
                                               it->second,
                                               named.module));
            }
        }
        for (const EnumDeclaration& e : named.declarations.enums) {
            auto [it, inserted] = enums.try_emplace(std::string(e.contract_name), named.module);
            if (!inserted) {
                problems.push_back(fmt::format("the enum {} is declared twice ({}, {})",
                                               e.contract_name,
                                               it->second,
                                               named.module));
            }
        }
    }
    return problems;
}

std::vector<std::string> CheckRoutes(std::span<const NamedDeclarations> all,
                                     const auth::PermissionTable& permissions,
                                     const std::vector<http::RouteInfo>& routes) {
    std::vector<std::string> problems;
    std::set<std::string> declared_public;
    std::set<std::string> declared_any_session;
    for (const NamedDeclarations& named : all) {
        const ModuleDeclarations& d = named.declarations;
        declared_public.insert(d.public_routes.begin(), d.public_routes.end());
        declared_any_session.insert(d.any_session_routes.begin(), d.any_session_routes.end());
    }
    std::set<std::string> seen;
    for (const http::RouteInfo& route : routes) {
        const std::string name = RouteName(route);
        if (!seen.insert(name).second) {
            problems.push_back(fmt::format("the route {} is registered twice", name));
        }
        if (route.action) {
            if (!permissions.IsDeclared(auth::Action(*route.action))) {
                problems.push_back(
                    fmt::format("the route {} needs the action {}, which no module declares",
                                name,
                                *route.action));
            }
        } else if (route.is_public ? !declared_public.contains(name)
                                   : !declared_any_session.contains(name)) {
            problems.push_back(
                fmt::format("the route {} names no action and no module declares "
                            "it {}",
                            name,
                            route.is_public ? "public" : "open to any session"));
        }
    }
    for (const auto* declared : {&declared_public, &declared_any_session}) {
        for (const std::string& name : *declared) {
            if (!seen.contains(name)) {
                problems.push_back(fmt::format(
                    "the route {} is declared without an action but not registered", name));
            }
        }
    }
    return problems;
}

}  // namespace kefu::app
