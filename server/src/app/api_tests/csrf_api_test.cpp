// R-SEC-1 and the security model ("a CSRF token on every state-changing request"): every route
// the router registers with a method other than GET refuses a request that lacks the session's
// CSRF token or carries another session's, and nothing changes in the database. The routes come
// from Router::routes() after Application::RegisterRoutes, so a route added later is covered
// without anyone editing this file.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/api_tests/api_harness.hpp"
#include "auth/role.hpp"
#include "http/router.hpp"

namespace kefu::api_tests {
namespace {

using nlohmann::json;

// What the router registers, read the way openapi_routes_test reads it.
std::vector<http::RouteInfo> RegisteredRoutes(testing::TestApp& test_app) {
    httplib::Server server;
    http::Router router(server, test_app.app->auth());
    test_app.app->RegisterRoutes(router);
    return router.routes();
}

// State-changing routes that deliberately need no session (and therefore carry no CSRF token).
// Adding one is a security decision: it fails the test below until it is listed here.
const std::set<std::pair<std::string, std::string>> kPublicWrites = {
    {"post", "/api/v1/auth/login"},
};

// The path with every `{…}` segment replaced by the smallest existing id of the table that the
// segments before it name: "staff/{id}" -> staff, "users/{id}" -> users, "training/topics/{id}"
// -> topics or training_topics. The router checks the token before any handler runs, so when no
// such table has a row (a route added later whose records the fixture does not create) id 1 is
// used: the refusal must not depend on the record existing, and a route that skipped the check
// would still answer something other than the CSRF refusal.
std::string FillIds(app::Application& app, const std::string& path) {
    std::vector<std::string> segments;
    std::size_t begin = 0;
    while (begin <= path.size()) {
        const std::size_t slash = std::min(path.find('/', begin), path.size());
        segments.push_back(path.substr(begin, slash - begin));
        begin = slash + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        std::string segment = segments[i];
        if (segment.starts_with("{") && i > 0) {
            std::string table = segments[i - 1];
            for (char& c : table) c = c == '-' ? '_' : c;
            std::vector<std::string> candidates = {table};
            if (i > 1) candidates.push_back(segments[i - 2] + "_" + table);
            std::optional<std::int64_t> id;
            for (const std::string& candidate : candidates) {
                id = SmallestId(app, candidate);
                if (id) break;
            }
            segment = std::to_string(id.value_or(1));
        }
        out += (i == 0 ? "" : "/") + segment;
    }
    return out;
}

ApiResponse Send(ApiClient& client, const std::string& method, const std::string& path) {
    std::string upper = method;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper == "DELETE") return client.Delete(path);
    return client.SendRaw(upper, path, "{}");
}

// The router's refusal, not a service's: the status and code alone would also match a
// PERMISSION_DENIED from a role check, which a route that skipped the CSRF check could give.
void ExpectCsrfRefusal(const ApiResponse& response, const std::string& context) {
    EXPECT_EQ(response.status, 403) << context << ": " << response.Describe();
    EXPECT_EQ(response.Code(), "PERMISSION_DENIED") << context << ": " << response.Describe();
    EXPECT_TRUE(response.HasErrorShape()) << context << ": " << response.Describe();
    const std::string message =
        response.HasErrorShape() ? response.body["error"]["message"].get<std::string>() : "";
    EXPECT_NE(message.find("CSRF"), std::string::npos)
        << context << ": refused, but not for the CSRF token: " << response.Describe();
}

TEST(CsrfApi, EveryStateChangingRouteRefusesAMissingOrForeignTokenAndChangesNothing) {
    ApiEnv env;
    // Every role but the dealer's, so no role check can refuse first: a request that got past a
    // missing CSRF check would reach the handler and answer 2xx/4xx, never the router's CSRF
    // refusal. A dealer account holds the dealer role alone (R-SEC-2), and every action it
    // grants is granted by another role here too.
    auth::Principal all = env.test_app.CreateUser("all_roles",
                                                  {auth::Role::kHead,
                                                   auth::Role::kSupervisor,
                                                   auth::Role::kTechnician,
                                                   auth::Role::kIntern,
                                                   auth::Role::kDriver,
                                                   auth::Role::kWarehouse,
                                                   auth::Role::kSales,
                                                   auth::Role::kClerk,
                                                   auth::Role::kFinance,
                                                   auth::Role::kLeadership,
                                                   auth::Role::kAdmin});
    ASSERT_EQ(all.roles.ToVector().size(), auth::kRoleCount - 1)
        << "the caller must hold every role but the dealer's";
    env.test_app.CreateUser("other", {auth::Role::kHead});
    ApiClient caller = env.LoginAs("all_roles");
    const ApiClient other = env.LoginAs("other");
    ASSERT_NE(caller.csrf_token(), other.csrf_token());

    // Records for the {id} placeholders: a staff member (and so a grade change, a training).
    ApiResponse staff = caller.Post("/api/v1/staff",
                                    {{"name", "被改者"},
                                     {"phone", "13800000301"},
                                     {"hireDate", "2026-01-05"},
                                     {"experienceStart", "2026-01-05"},
                                     {"grade", "intern"}});
    ASSERT_EQ(staff.status, 201) << staff.Describe();

    std::vector<http::RouteInfo> writes;
    std::set<std::pair<std::string, std::string>> public_writes;
    for (const http::RouteInfo& route : RegisteredRoutes(env.test_app)) {
        if (route.method == "get") continue;
        if (route.is_public) {
            public_writes.emplace(route.method, route.path);
            continue;
        }
        writes.push_back(route);
    }
    EXPECT_EQ(public_writes, kPublicWrites)
        << "a state-changing route without a session has no CSRF protection: list it in "
           "kPublicWrites only after deciding it is safe";
    // Not vacuous: today's routes include every state-changing method the router serves.
    std::set<std::string> methods;
    for (const http::RouteInfo& route : writes) methods.insert(route.method);
    ASSERT_EQ(methods, (std::set<std::string>{"delete", "post", "put"}));
    ASSERT_GE(writes.size(), 11u);

    const RowCounts counts_before = CountRows(*env.test_app.app);
    const RowContents rows_before = SnapshotRows(*env.test_app.app);
    const std::string own = caller.csrf_token();
    std::string altered = own;
    altered.back() = altered.back() == 'A' ? 'B' : 'A';

    for (const http::RouteInfo& route : writes) {
        const std::string path = FillIds(*env.test_app.app, route.path);
        const std::string what = route.method + " " + path;

        caller.set_send_csrf(false);
        ExpectCsrfRefusal(Send(caller, route.method, path), what + " without X-CSRF-Token");

        caller.set_send_csrf(true);
        caller.set_csrf_token(other.csrf_token());
        ExpectCsrfRefusal(Send(caller, route.method, path),
                          what + " with another session's valid CSRF token");

        caller.set_csrf_token(altered);
        ExpectCsrfRefusal(Send(caller, route.method, path),
                          what + " with its own CSRF token, one character changed");
        caller.set_csrf_token(own);
    }

    EXPECT_EQ(CountRows(*env.test_app.app), counts_before);
    EXPECT_EQ(SnapshotRows(*env.test_app.app), rows_before) << "a refused request changed a row";
    // The session is intact: the refusals were about the token, not the login.
    ApiResponse me = caller.Get("/api/v1/auth/me");
    EXPECT_EQ(me.status, 200) << me.Describe();
}

}  // namespace
}  // namespace kefu::api_tests
