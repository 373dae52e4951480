// The permission table enforced over HTTP, driven from the assembled table (R-ORG-5, R-SEC-2):
// every role × every declared action through a real request, plus the record rules and "you
// cannot grant a role you do not hold". (permission_matrix_api_test pins the table itself.)
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "app/api_tests/api_harness.hpp"
#include "auth/permission.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using auth::RoleSet;
using nlohmann::json;

/// A request that exercises one action. Probes are non-destructive: when the action is allowed
/// they fail after the permission check (unknown id → 404, invalid value or a refused state → 400),
/// never before it, so their bodies decode cleanly (the JSON decoder runs before the service).
struct Probe {
    std::string method;
    std::string path;
    json body;
};

constexpr const char* kMissing = "999999";

std::string Missing(const std::string& prefix, const std::string& suffix = "") {
    return prefix + kMissing + suffix;
}

json ValidStaffFields() {
    return {{"name", "探针"},
            {"phone", "13800009999"},
            {"hireDate", "2026-11-27"},
            {"experienceStart", "2026-11-27"}};
}

// One entry per action; an action without probes fails the table-driven test below.
std::map<std::string, std::vector<Probe>> Probes() {
    json put_staff = ValidStaffFields();
    put_staff["version"] = 1;
    // A technician with no experience is refused by the service (400) after the check.
    json too_green = ValidStaffFields();
    too_green["grade"] = "technician";
    return {
        {"staff.read",
         {{"GET", "/api/v1/staff", {}},
          {"GET", "/api/v1/staff/eligible", {}},
          {"GET", Missing("/api/v1/staff/"), {}},
          {"GET", Missing("/api/v1/staff/", "/eligibility"), {}}}},
        {"staff.write",
         {{"POST", "/api/v1/staff", too_green},
          {"PUT", Missing("/api/v1/staff/"), put_staff},
          {"DELETE", Missing("/api/v1/staff/"), {}}}},
        {"staff.promote",
         {{"POST",
           Missing("/api/v1/staff/", "/promotions"),
           {{"toGrade", "technician"}, {"version", 1}}}}},
        {"staff.promote_override",
         {{"POST",
           Missing("/api/v1/staff/", "/promotions"),
           {{"toGrade", "technician"}, {"override", true}, {"reason", "probe"}, {"version", 1}}}}},
        {"staff.end_internship",
         {{"POST",
           Missing("/api/v1/staff/", "/internship-end"),
           {{"reason", "probe"}, {"version", 1}}}}},
        {"staff.hr_read", {{"GET", Missing("/api/v1/staff/", "/grade-changes"), {}}}},
        {"training.read",
         {{"GET", "/api/v1/training/topics", {}},
          {"GET", "/api/v1/training/gaps", {}},
          {"GET", Missing("/api/v1/staff/", "/trainings"), {}}}},
        {"training.write",
         {{"POST",
           Missing("/api/v1/staff/", "/trainings"),
           {{"topicId", 1}, {"trainer", "探针"}, {"date", "2026-11-27"}, {"result", "passed"}}}}},
        {"audit.read", {{"GET", "/api/v1/audit", {}}}},
        {"policy.read", {{"GET", "/api/v1/policies", {}}}},
        {"policy.write",
         {{"POST",
           "/api/v1/policies",
           {{"key", "no.such.key"},
            {"value", 1},
            {"validFrom", "2026-11-27"},
            {"reason", "probe"}}}}},
        // A system-owned key: out of range is refused (400) only after the check.
        {"policy.write_system",
         {{"POST",
           "/api/v1/policies",
           {{"key", "grade.supervisor.min_experience_months"},
            {"value", 999},
            {"validFrom", "2026-11-27"},
            {"reason", "probe"}}}}},
        {"user.read", {{"GET", "/api/v1/users", {}}}},
        {"user.write",
         {{"PUT", Missing("/api/v1/users/", "/roles"), {{"roles", json::array()}, {"version", 1}}},
          // An invalid username is refused by the service after the check.
          {"POST",
           "/api/v1/users",
           {{"username", "X"},
            {"password", "probe-password"},
            {"displayName", "探针"},
            {"roles", json::array()}}}}},
        {"dealer.read", {{"GET", "/api/v1/dealers", {}}}},
        {"division.read", {{"GET", "/api/v1/divisions/370102", {}}}},
        {"dealer.write",
         {{"POST", "/api/v1/dealers", {{"name", ""}, {"contact", "探针"}, {"phone", "x"}}}}},
    };
}

ApiResponse Send(ApiClient& client, const Probe& probe) {
    if (probe.method == "GET") return client.Get(probe.path);
    if (probe.method == "DELETE") return client.Delete(probe.path);
    return client.SendRaw(probe.method, probe.path, probe.body.dump());
}

std::string UserOf(Role role) { return "only_" + std::string(auth::RoleName(role)); }

// Actions whose holders are told apart by a record rule, not by a request any holder can make:
// each is proven by the named test instead of a probe.
const std::map<std::string, std::string> kCoveredByRecordRuleTests = {
    {"staff.read_own", "PermissionsApi.StaffMemberSeesOwnRecordButNotOthers"},
};

TEST(PermissionsApi, EveryActionHasAProbe) {
    ApiEnv env;
    const auto probes = Probes();
    for (const std::string& action : env.test_app.app->permissions().ActionNames()) {
        if (kCoveredByRecordRuleTests.contains(action)) continue;
        const auto it = probes.find(action);
        EXPECT_TRUE(it != probes.end() && !it->second.empty())
            << "no HTTP probe for action " << action
            << ": add one to Probes() in permissions_api_test.cpp";
    }
}

TEST(PermissionsApi, EveryRoleGetsExactlyWhatThePermissionTableAllows) {
    ApiEnv env;
    const auto probes = Probes();
    std::map<Role, ApiClient> clients;
    for (Role role : auth::kAllRoles) {
        env.test_app.CreateUser(UserOf(role), {role});
        clients.emplace(role, env.LoginAs(UserOf(role)));
    }
    const RowCounts before = CountRows(*env.test_app.app);

    const auth::PermissionTable& table = env.test_app.app->permissions();
    for (Role role : auth::kAllRoles) {
        ApiClient& client = clients.at(role);
        // /auth/me announces the same permissions the table grants.
        ApiResponse me = client.Get("/api/v1/auth/me");
        ASSERT_EQ(me.status, 200) << me.Describe();
        EXPECT_EQ(me.body["permissions"], json(table.ActionNamesFor(RoleSet{role})))
            << "role " << auth::RoleName(role);

        for (const std::string& action : table.ActionNames()) {
            const auto it = probes.find(action);
            if (it == probes.end()) continue;  // reported by EveryActionHasAProbe
            const bool allowed = table.RolesAllowed(auth::Action(action)).Has(role);
            for (const Probe& probe : it->second) {
                ApiResponse response = Send(client, probe);
                const std::string where = std::string(auth::RoleName(role)) + " " + action +
                                          " via " + probe.method + " " + probe.path + ": " +
                                          response.Describe();
                if (allowed) {
                    EXPECT_NE(response.status, 403) << where;
                    EXPECT_NE(response.status, 401) << where;
                    EXPECT_LT(response.status, 500) << where;
                    EXPECT_GE(response.status, 200) << where;
                } else {
                    EXPECT_EQ(response.status, 403) << where;
                    EXPECT_EQ(response.Code(), "PERMISSION_DENIED") << where;
                    EXPECT_TRUE(response.HasErrorShape()) << where;
                }
            }
        }
    }
    // Probes are refused or fail on a missing record: nothing may have been written.
    EXPECT_EQ(CountRows(*env.test_app.app), before);
}

TEST(PermissionsApi, DealerSeesOnlyItsOwnDealer) {
    ApiEnv env;
    env.test_app.CreateUser("dealer_a", {Role::kDealer});
    env.test_app.CreateUser("dealer_b", {Role::kDealer});
    env.test_app.CreateUser("sales", {Role::kSales});

    ApiResponse own = env.LoginAs("dealer_a").Get("/api/v1/dealers?pageSize=200");
    ASSERT_EQ(own.status, 200) << own.Describe();
    EXPECT_EQ(own.body["total"], 1) << own.raw;
    ASSERT_EQ(own.body["items"].size(), 1u) << own.raw;
    EXPECT_EQ(own.body["items"][0]["name"], "经销商 dealer_a");

    ApiResponse all = env.LoginAs("sales").Get("/api/v1/dealers?pageSize=200");
    ASSERT_EQ(all.status, 200) << all.Describe();
    EXPECT_EQ(all.body["total"], 2) << all.raw;
}

TEST(PermissionsApi, StaffMemberSeesOwnRecordButNotOthers) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");
    auto add = [&](const std::string& name, const std::string& phone) {
        ApiResponse created = head.Post("/api/v1/staff",
                                        {{"name", name},
                                         {"phone", phone},
                                         {"hireDate", "2025-01-02"},
                                         {"experienceStart", "2025-01-02"},
                                         {"grade", "technician"}});
        if (created.status != 201) throw std::runtime_error(created.Describe());
        return created.body["id"].get<std::int64_t>();
    };
    const std::int64_t own_id = add("自己", "13800000011");
    const std::int64_t other_id = add("别人", "13800000012");
    env.test_app.CreateUser("tech", {Role::kTechnician}, StaffId(own_id));
    ApiClient tech = env.LoginAs("tech");

    ApiResponse own = tech.Get("/api/v1/staff/" + std::to_string(own_id));
    EXPECT_EQ(own.status, 200) << own.Describe();
    EXPECT_EQ(own.body["name"], "自己");
    ApiResponse own_trainings = tech.Get("/api/v1/staff/" + std::to_string(own_id) + "/trainings");
    EXPECT_EQ(own_trainings.status, 200) << own_trainings.Describe();

    ApiResponse other = tech.Get("/api/v1/staff/" + std::to_string(other_id));
    EXPECT_EQ(other.status, 403) << other.Describe();
    EXPECT_EQ(other.Code(), "PERMISSION_DENIED");
    ApiResponse other_trainings =
        tech.Get("/api/v1/staff/" + std::to_string(other_id) + "/trainings");
    EXPECT_EQ(other_trainings.status, 403) << other_trainings.Describe();
    EXPECT_EQ(tech.Get("/api/v1/staff").status, 403);
    // Grade history is HR data, even one's own.
    EXPECT_EQ(tech.Get("/api/v1/staff/" + std::to_string(own_id) + "/grade-changes").status, 403);
}

json NewUser(const std::string& username, std::vector<std::string> roles) {
    return {{"username", username},
            {"password", "long-enough-password"},
            {"displayName", username},
            {"roles", roles}};
}

TEST(PermissionsApi, UserCannotGrantARoleTheyDoNotHold) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");
    const RowCounts before = CountRows(*env.test_app.app);

    for (const char* role : {"leadership", "technician", "admin"}) {
        ApiResponse refused = head.Post("/api/v1/users", NewUser("new_user", {role}));
        EXPECT_EQ(refused.status, 403) << role << ": " << refused.Describe();
        EXPECT_EQ(refused.Code(), "PERMISSION_DENIED") << role;
    }
    ApiResponse mixed = head.Post("/api/v1/users", NewUser("new_user", {"head", "technician"}));
    EXPECT_EQ(mixed.status, 403) << mixed.Describe();
    EXPECT_EQ(CountRows(*env.test_app.app), before);

    ApiResponse created = head.Post("/api/v1/users", NewUser("second_head", {"head"}));
    ASSERT_EQ(created.status, 201) << created.Describe();
    EXPECT_EQ(created.body["roles"], json::array({"head"}));
    const std::string roles_path =
        "/api/v1/users/" + std::to_string(created.body["id"].get<std::int64_t>()) + "/roles";

    // Adding or removing a role the caller lacks is refused; keeping the held ones is fine.
    ApiResponse add = head.Put(roles_path, {{"roles", {"head", "technician"}}, {"version", 1}});
    EXPECT_EQ(add.status, 403) << add.Describe();
    ApiResponse same = head.Put(roles_path, {{"roles", json::array({"head"})}, {"version", 1}});
    EXPECT_EQ(same.status, 200) << same.Describe();

    env.test_app.CreateUser("tech_lead", {Role::kTechnician, Role::kHead});
    ApiResponse tech_lead_user = env.LoginAs("head").Get("/api/v1/users?q=tech_lead");
    ASSERT_EQ(tech_lead_user.status, 200) << tech_lead_user.Describe();
    ASSERT_EQ(tech_lead_user.body["items"].size(), 1u) << tech_lead_user.raw;
    const std::string tech_lead_roles =
        "/api/v1/users/" + std::to_string(tech_lead_user.body["items"][0]["id"].get<int>()) +
        "/roles";
    ApiResponse remove =
        head.Put(tech_lead_roles, {{"roles", json::array({"head"})}, {"version", 1}});
    EXPECT_EQ(remove.status, 403) << "removing technician, which head does not hold: "
                                  << remove.Describe();
}

// Roles are read at every request: a removed role stops working on the next one.
TEST(PermissionsApi, RemovedRoleStopsWorkingOnTheNextRequest) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");
    ApiResponse created = head.Post("/api/v1/users", NewUser("deputy", {"head"}));
    ASSERT_EQ(created.status, 201) << created.Describe();
    ApiClient deputy = env.Anonymous();
    ASSERT_EQ(deputy.Login("deputy", "long-enough-password").status, 200);
    ASSERT_EQ(deputy.Get("/api/v1/staff").status, 200);

    const std::string roles_path =
        "/api/v1/users/" + std::to_string(created.body["id"].get<std::int64_t>()) + "/roles";
    ApiResponse removed = head.Put(roles_path, {{"roles", json::array()}, {"version", 1}});
    ASSERT_EQ(removed.status, 200) << removed.Describe();

    ApiResponse after = deputy.Get("/api/v1/staff");
    EXPECT_EQ(after.status, 403) << after.Describe();
    ApiResponse me = deputy.Get("/api/v1/auth/me");
    ASSERT_EQ(me.status, 200) << me.Describe();
    EXPECT_TRUE(me.body["permissions"].empty()) << me.raw;

    // The change carried version 1; the same stale version is now refused and changes nothing.
    ApiResponse stale = head.Put(roles_path, {{"roles", json::array({"head"})}, {"version", 1}});
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    EXPECT_EQ(stale.Code(), "ABORTED");
    EXPECT_EQ(deputy.Get("/api/v1/staff").status, 403);
}

}  // namespace
}  // namespace kefu::api_tests
