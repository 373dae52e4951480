// The start-up check that the modules' declarations and routes agree (also run by a test).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "app/module.hpp"
#include "auth/permission_table.hpp"
#include "http/router.hpp"

namespace kefu::app {

/// Problems within the declarations themselves: an audit event or enum declared twice.
std::vector<std::string> CheckDeclarations(std::span<const NamedDeclarations> all);

/// Problems between routes and declarations: a route registered twice, a route naming an
/// undeclared action, a public route no module declares public, a declared public route that
/// is not registered.
std::vector<std::string> CheckRoutes(std::span<const NamedDeclarations> all,
                                     const auth::PermissionTable& permissions,
                                     const std::vector<http::RouteInfo>& routes);

}  // namespace kefu::app
