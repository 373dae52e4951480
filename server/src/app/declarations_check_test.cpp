// The start-up check refuses declarations that contradict each other and routes without a
// declared action: an action with no declaration, one declared twice, a route with no action.
#include "app/declarations_check.hpp"

#include <gtest/gtest.h>

namespace kefu::app {
namespace {

constexpr auth::Action kRead{"things.read"};

std::vector<NamedDeclarations> Modules() {
    ModuleDeclarations things;
    things.actions = {{kRead, {auth::Role::kHead}, "test: the head reads things"}};
    things.audit_events = {{"thing", "create"}};
    things.enums = {{"ThingKind", {"big", "small"}, {}}};
    things.public_routes = {"get /api/v1/things/open"};
    things.any_session_routes = {"get /api/v1/things/mine"};
    return {{"things", things}};
}

auth::PermissionTable TableOf(const std::vector<NamedDeclarations>& all) {
    auth::PermissionTable table;
    for (const auto& named : all) table.Declare(named.module, named.declarations.actions);
    return table;
}

std::vector<http::RouteInfo> SoundRoutes() {
    return {{"get", "/api/v1/things", "things.read", false},
            {"get", "/api/v1/things/open", std::nullopt, true},
            {"get", "/api/v1/things/mine", std::nullopt, false}};
}

bool Mentions(const std::vector<std::string>& problems, std::string_view text) {
    for (const auto& p : problems) {
        if (p.find(text) != std::string::npos) return true;
    }
    return false;
}

TEST(DeclarationsCheck, SoundDeclarationsAndRoutesHaveNoProblems) {
    const auto all = Modules();
    EXPECT_TRUE(CheckDeclarations(all).empty());
    EXPECT_TRUE(CheckRoutes(all, TableOf(all), SoundRoutes()).empty());
}

TEST(DeclarationsCheck, ARouteNamingAnUndeclaredActionIsAProblem) {
    const auto all = Modules();
    auto routes = SoundRoutes();
    routes.push_back({"post", "/api/v1/things", "things.write", false});
    const auto problems = CheckRoutes(all, TableOf(all), routes);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(Mentions(problems, "things.write"));
}

TEST(DeclarationsCheck, ARouteWithNoActionIsAProblemUnlessDeclaredPublicOrOpenToSessions) {
    const auto all = Modules();
    auto routes = SoundRoutes();
    routes.push_back({"delete", "/api/v1/things/{id}", std::nullopt, false});
    routes.push_back({"post", "/api/v1/things/open", std::nullopt, true});
    const auto problems = CheckRoutes(all, TableOf(all), routes);
    EXPECT_EQ(problems.size(), 2u);
    EXPECT_TRUE(Mentions(problems, "delete /api/v1/things/{id} names no action"));
    EXPECT_TRUE(Mentions(problems, "post /api/v1/things/open names no action"));
}

TEST(DeclarationsCheck, ADeclaredPublicRouteThatIsNotRegisteredIsAProblem) {
    const auto all = Modules();
    auto routes = SoundRoutes();
    routes.erase(routes.begin() + 1);
    EXPECT_TRUE(Mentions(CheckRoutes(all, TableOf(all), routes), "get /api/v1/things/open"));
}

TEST(DeclarationsCheck, ARouteRegisteredTwiceIsAProblem) {
    const auto all = Modules();
    auto routes = SoundRoutes();
    routes.push_back(routes.front());
    EXPECT_TRUE(Mentions(CheckRoutes(all, TableOf(all), routes), "registered twice"));
}

TEST(DeclarationsCheck, AnActionDeclaredTwiceIsAProblem) {
    auto all = Modules();
    ModuleDeclarations copycat;
    copycat.actions = {{kRead, {auth::Role::kAdmin}, "test: a second claim"}};
    all.push_back({"copycat", copycat});
    const auto table = TableOf(all);
    ASSERT_EQ(table.problems().size(), 1u);
    EXPECT_TRUE(Mentions(table.problems(), "things.read is declared twice"));
}

TEST(DeclarationsCheck, AuditEventsAndEnumsDeclaredTwiceAreProblems) {
    auto all = Modules();
    ModuleDeclarations copycat;
    copycat.audit_events = {{"thing", "create"}};
    copycat.enums = {{"ThingKind", {"big"}, {}}};
    all.push_back({"copycat", copycat});
    const auto problems = CheckDeclarations(all);
    EXPECT_EQ(problems.size(), 2u);
    EXPECT_TRUE(Mentions(problems, "thing/create"));
    EXPECT_TRUE(Mentions(problems, "ThingKind"));
}

}  // namespace
}  // namespace kefu::app
