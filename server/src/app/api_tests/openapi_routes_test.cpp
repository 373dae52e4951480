// The OpenAPI contract and the router agree: every documented (method, path) is served and every
// served route is documented.
#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>
#include <set>
#include <string>
#include <utility>

#include "app/testing/test_database.hpp"
#include "http/router.hpp"

namespace kefu::api_tests {
namespace {

using Route = std::pair<std::string, std::string>;  // (method, path)

// Paths are 2-space indented keys under `paths:` starting with /api/; their methods are
// 4-space indented keys. A line-based reading is enough for our hand-written file.
std::set<Route> DocumentedRoutes(const std::string& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file);
    std::set<Route> routes;
    std::string line;
    std::string current_path;
    bool in_paths = false;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty() && line.front() != ' ' && line.front() != '#') {
            in_paths = line.starts_with("paths:");
            current_path.clear();
            continue;
        }
        if (!in_paths) continue;
        if (line.starts_with("  /") && !line.starts_with("   ")) {
            const auto colon = line.rfind(':');
            const std::string key = line.substr(2, colon - 2);
            current_path = key.starts_with("/api/") ? key : "";
            continue;
        }
        if (current_path.empty() || !line.starts_with("    ") || line.starts_with("     ")) {
            continue;
        }
        for (const char* method : {"get", "post", "put", "delete", "patch"}) {
            if (line == std::string("    ") + method + ":") routes.emplace(method, current_path);
        }
    }
    return routes;
}

std::string List(const std::set<Route>& routes) {
    std::string out;
    for (const auto& [method, path] : routes) out += "\n  " + method + " " + path;
    return out;
}

TEST(OpenApiRoutes, EveryDocumentedRouteIsServedAndEveryServedRouteIsDocumented) {
    const std::set<Route> documented = DocumentedRoutes(KEFU_OPENAPI_FILE);
    ASSERT_GT(documented.size(), 10u) << "the parser found too few routes in " << KEFU_OPENAPI_FILE;

    testing::TestApp test_app;
    httplib::Server server;
    http::Router router(server, test_app.app->auth());
    test_app.app->RegisterRoutes(router);
    std::set<Route> served;
    for (const http::RouteInfo& r : router.routes()) {
        EXPECT_TRUE(served.emplace(r.method, r.path).second)
            << "registered twice: " << r.method << " " << r.path;
    }

    std::set<Route> undocumented;
    std::set<Route> unserved;
    for (const Route& r : served) {
        if (!documented.contains(r)) undocumented.insert(r);
    }
    for (const Route& r : documented) {
        if (!served.contains(r)) unserved.insert(r);
    }
    EXPECT_TRUE(undocumented.empty())
        << "served by the router but missing from docs/api/openapi.yaml:" << List(undocumented);
    EXPECT_TRUE(unserved.empty())
        << "documented in docs/api/openapi.yaml but not registered by Application::RegisterRoutes:"
        << List(unserved);
}

}  // namespace
}  // namespace kefu::api_tests
