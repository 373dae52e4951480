// The permission table enforced over HTTP (R-ORG-5, R-SEC-2), against the matrix written from
// the regulations in permission_matrix.txt (never against the server's own table): what
// /auth/me announces for each single role, a probe request per role × action, the record rules
// and "you cannot grant a role you do not hold". Actions are compared by name, so moving their
// declarations around the code does not matter; adding, removing or renaming one does.
#include <fmt/core.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/api_tests/api_harness.hpp"
#include "app/api_tests/permission_matrix.hpp"
#include "auth/role.hpp"
#include "staff/staff_module.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

const PermissionMatrix& Matrix() {
    static const PermissionMatrix matrix = LoadPermissionMatrix(KEFU_PERMISSION_MATRIX_FILE);
    return matrix;
}

/// A request that exercises one action. Probes are non-destructive: when the action is allowed
/// they fail after the permission check (unknown id → 404, invalid value or state → 400), never
/// before it, so their bodies decode cleanly (the JSON decoder runs before the service).
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

json ProbeTrip(bool someone_else) {
    json body = {{"vehicleId", 999999},
                 {"departedAt", "2026-11-27T08:00:00+08:00"},
                 {"returnedAt", "2026-11-27T12:00:00+08:00"},
                 {"odometerOutKm", 100},
                 {"odometerInKm", 120},
                 {"destinations", "探针"}};
    if (someone_else) body["driverStaffId"] = 999999;
    return body;
}

json ProbeProduct(int volume_l) {
    return {{"model", "PROBE-1"},
            {"name", "探针"},
            {"piecesPerUnit", 1},
            {"volumeL", volume_l},
            {"weightG", 1000},
            {"installMinutesPerUnit", 0},
            {"installersNeeded", 0}};
}

json ProbeProductUpdate() {
    json body = ProbeProduct(10);
    body["active"] = true;
    body["version"] = 1;
    return body;
}

json ProbeVehicle(std::optional<int> version = std::nullopt) {
    json body = {{"plate", "鲁A·99999"},
                 {"model", "探针"},
                 {"volumeL", 1000},
                 {"payloadKg", 500},
                 {"seats", 2},
                 {"status", "in_service"},
                 {"driverStaffId", 999999}};
    if (version) body["version"] = *version;
    return body;
}

// One entry per action name; a matrix action without probes fails EveryMatrixActionHasAProbe.
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
        {"user.reset_password",
         {{"POST", Missing("/api/v1/users/", "/password-reset"), {{"version", 1}}}}},
        {"user.write",
         {{"PUT", Missing("/api/v1/users/", "/roles"), {{"roles", json::array()}, {"version", 1}}},
          // An invalid username is refused by the service after the check.
          {"POST",
           "/api/v1/users",
           {{"username", "X"},
            {"password", "probe-password"},
            {"displayName", "探针"},
            {"roles", json::array()}}}}},
        {"dealer.read",
         {{"GET", "/api/v1/dealers", {}},
          {"GET", Missing("/api/v1/dealers/"), {}},
          {"GET", Missing("/api/v1/dealers/", "/contacts"), {}}}},
        {"dealer.write",
         {{"POST", "/api/v1/dealers", {{"name", ""}, {"contact", "探针"}, {"phone", "x"}}},
          {"PUT",
           Missing("/api/v1/dealers/", "/contacts"),
           {{"contacts", json::array()}, {"version", 1}}}}},
        {"product.read",
         {{"GET", "/api/v1/products", {}},
          {"GET", Missing("/api/v1/products/"), {}},
          {"GET", "/api/v1/product-series/warranties", {}}}},
        // A volume of 0 litres is refused by the service (400), after the check.
        {"product.write",
         {{"POST", "/api/v1/products", ProbeProduct(0)},
          {"POST", "/api/v1/products/import", {{"rows", json::array({ProbeProduct(0)})}}},
          {"PUT", Missing("/api/v1/products/"), ProbeProductUpdate()},
          {"POST",
           "/api/v1/product-series/warranties",
           {{"series", "探针"}, {"validFrom", "2999-01-01"}, {"months", 1}, {"content", "探针"}}}}},
        {"customer.read",
         {{"GET", "/api/v1/customers", {}}, {"GET", Missing("/api/v1/customers/"), {}}}},
        // A new customer cannot keep a contact id (400 from the service).
        {"customer.write",
         {{"POST",
           "/api/v1/customers",
           {{"kind", "company"},
            {"name", "探针"},
            {"contacts", json::array({{{"id", 1}, {"name", "探针"}, {"phone", "13800009999"}}})}}},
          {"PUT",
           Missing("/api/v1/customers/"),
           {{"kind", "person"}, {"name", "探针"}, {"contacts", json::array()}, {"version", 1}}}}},
        {"site.read", {{"GET", "/api/v1/sites", {}}, {"GET", Missing("/api/v1/sites/"), {}}}},
        // A missing customer (and, without divisions, an unknown code): 400 from the service.
        {"site.write",
         {{"POST",
           "/api/v1/sites",
           {{"customerId", 999999}, {"divisionCode", "370102"}, {"street", "探针路 1 号"}}},
          {"PUT",
           Missing("/api/v1/sites/"),
           {{"customerId", 999999},
            {"divisionCode", "370102"},
            {"street", "探针路 1 号"},
            {"version", 1}}}}},
        {"job.read", {{"GET", "/api/v1/jobs", {}}, {"GET", Missing("/api/v1/jobs/"), {}}}},
        {"job.read_all", {{"GET", "/api/v1/jobs/days?from=2026-11-27&to=2026-11-30", {}}}},
        // Refused by the service after the check: an "other" job needs notes and a site.
        {"job.create",
         {{"POST",
           "/api/v1/jobs",
           {{"kind", "other"},
            {"siteId", 999999},
            {"contactName", "探针"},
            {"contactPhone", "13800009999"},
            {"requestedDate", "2026-11-30"},
            {"windowStart", "09:00"},
            {"windowEnd", "12:00"}}}}},
        {"job.import", {{"POST", "/api/v1/jobs/import", {{"rows", json::array()}}}}},
        {"job.assign",
         {{"POST",
           Missing("/api/v1/jobs/", "/assignment"),
           {{"lead", 1},
            {"date", "2026-11-30"},
            {"windowStart", "09:00"},
            {"windowEnd", "12:00"},
            {"version", 1}}}}},
        {"job.progress",
         {{"POST",
           Missing("/api/v1/jobs/", "/events"),
           {{"event", "start_loading"}, {"version", 1}}}}},
        {"job.close",
         {{"POST", Missing("/api/v1/jobs/", "/events"), {{"event", "close"}, {"version", 1}}}}},
        {"job.cancel",
         {{"POST",
           Missing("/api/v1/jobs/", "/events"),
           {{"event", "cancel"}, {"reason", "probe"}, {"version", 1}}}}},
        {"job.call",
         {{"POST", Missing("/api/v1/jobs/", "/calls"), {{"kind", "eta"}, {"outcome", "reached"}}}}},
        {"expense.read",
         {{"GET", "/api/v1/expense-claims", {}}, {"GET", Missing("/api/v1/expense-claims/"), {}}}},
        {"expense.read_all", {{"GET", "/api/v1/expense-claims/export.xlsx", {}}}},
        {"expense.claim",
         // No lines: allowed, it fails validation (400) after the permission check.
         {{"POST",
           "/api/v1/expense-claims",
           {{"divisionCode", "370323"},
            {"departure", "2026-11-27T08:00:00+08:00"},
            {"returnAt", "2026-11-27T18:00:00+08:00"},
            {"lines", json::array()}}}}},
        {"expense.approve",
         {{"POST",
           Missing("/api/v1/expense-claims/", "/events"),
           {{"event", "approve"}, {"version", 1}}}}},
        {"expense.pay",
         {{"POST",
           Missing("/api/v1/expense-claims/", "/events"),
           {{"event", "pay"}, {"version", 1}}}}},
        {"vehicle.read",
         {{"GET", "/api/v1/vehicles", {}}, {"GET", Missing("/api/v1/vehicles/"), {}}}},
        // A driver who does not exist is refused by the service (400).
        {"vehicle.write",
         {{"POST", "/api/v1/vehicles", ProbeVehicle()},
          {"PUT", Missing("/api/v1/vehicles/"), ProbeVehicle(1)}}},
        {"trip_log.read",
         {{"GET", "/api/v1/trip-logs", {}}, {"GET", Missing("/api/v1/trip-logs/"), {}}}},
        // The caller's own trip of a vehicle that does not exist: 400 once allowed.
        {"trip_log.write",
         {{"POST", "/api/v1/trip-logs", ProbeTrip(false)},
          {"GET", "/api/v1/trip-logs/my-day", {}}}},
        // Someone else's trip: a driver may not (403); the head is told the driver is unknown.
        {"trip_log.manage", {{"POST", "/api/v1/trip-logs", ProbeTrip(true)}}},
        {"trip_log.flags", {{"GET", "/api/v1/trip-logs/flags", {}}}},
        // A vehicle that does not exist: 400 once allowed.
        {"dispatch.plan",
         {{"POST",
           "/api/v1/dispatch/proposals",
           {{"date", "2026-12-01"}, {"crews", {{{"leadId", 999999}, {"vehicleId", 999999}}}}}}}},
        // A job that does not exist: 404 once allowed.
        {"field.record",
         {{"POST",
           "/api/v1/field/records",
           {{"id", "00000000-0000-4000-8000-000000000000"},
            {"jobId", 999999},
            {"step", "departure"},
            {"checks", {"tools_taken", "feedback_form_taken", "documents_taken"}},
            {"recordedAt", "2026-11-27T01:00:00Z"}}}}},
        {"field.read", {{"GET", Missing("/api/v1/field/jobs/"), {}}}},
        {"field.oversee",
         {{"GET", "/api/v1/field/incidents", {}},
          {"GET", "/api/v1/field/conflicts", {}},
          {"GET", "/api/v1/field/reworks", {}},
          {"GET", "/api/v1/field/reworks/on-time", {}}}},
        {"field.resolve",
         {{"POST",
           Missing("/api/v1/field/incidents/", "/resolution"),
           {{"resolution", "探针"}, {"version", 1}}}}},
        // A job that does not exist: 404 once allowed.
        {"field.rework",
         {{"POST",
           "/api/v1/field/reworks",
           {{"originalJobId", 999999}, {"committedDate", "2026-11-30"}, {"problem", "探针"}}},
          {"POST", Missing("/api/v1/field/reworks/", "/apology"), {{"note", ""}, {"version", 1}}}}},
        // A job and a check that do not exist: 404 once allowed.
        {"field.return_check",
         {{"GET", "/api/v1/field/returns", {}},
          {"POST",
           "/api/v1/field/returns",
           {{"jobId", 999999}, {"jobVersion", 1}, {"outcome", "intact"}}},
          {"GET", Missing("/api/v1/field/returns/", "/photo"), {}}}},
        {"field.charge",
         {{"POST",
           Missing("/api/v1/field/returns/", "/charges"),
           {{"staffId", 1}, {"amountFen", 100}, {"reason", "探针"}}}}},
        {"field.charge_read", {{"GET", "/api/v1/field/charges", {}}}},
        {"vehicle_violation.read", {{"GET", "/api/v1/vehicle-violations", {}}}},
        // A vehicle and driver that do not exist: 400 once allowed.
        {"vehicle_violation.write",
         {{"POST",
           "/api/v1/vehicle-violations",
           {{"vehicleId", 999999},
            {"driverStaffId", 999999},
            {"kind", "damage"},
            {"occurredOn", "2026-11-20"},
            {"description", "探针"},
            {"fine", "100"},
            {"compensation", "0"}}}}},
        {"leave.read",
         {{"GET", "/api/v1/leave", {}}, {"GET", Missing("/api/v1/staff/", "/leave"), {}}}},
        {"leave.write",
         {{"POST",
           Missing("/api/v1/staff/", "/leave"),
           {{"from", "2026-11-27"}, {"to", "2026-11-28"}, {"kind", "annual"}}},
          {"DELETE", Missing("/api/v1/staff/", "/leave/999999"), {}}}},
        // "{own}" is the caller's own staff record (none for a dealer: a missing id).
        {"staff.read_own",
         {{"GET", "/api/v1/staff/{own}", {}}, {"GET", "/api/v1/staff/{own}/eligibility", {}}}},
        {"division.read", {{"GET", "/api/v1/divisions/370102", {}}}},
        {"approval.read", {{"GET", "/api/v1/approvals", {}}}},
        {"approval.decide",
         {{"POST",
           Missing("/api/v1/approvals/", "/decision"),
           {{"approve", false}, {"reason", "probe"}, {"version", 1}}}}},
    };
}

ApiResponse Send(ApiClient& client, const Probe& probe) {
    if (probe.method == "GET") return client.Get(probe.path);
    if (probe.method == "DELETE") return client.Delete(probe.path);
    return client.SendRaw(probe.method, probe.path, probe.body.dump());
}

std::string UserOf(const std::string& role) { return "only_" + role; }

std::string Join(const std::set<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

std::set<std::string> Permissions(const ApiResponse& me) {
    std::set<std::string> out;
    for (const json& name : me.body["permissions"]) out.insert(name.get<std::string>());
    return out;
}

// A user holding exactly `role` (by its wire name). Every role but the dealer's is a member of
// staff, linked to a staff record of its own, so "{own}" in a probe path can name it.
std::map<std::string, std::int64_t>& OwnStaffIds() {
    static std::map<std::string, std::int64_t> ids;
    return ids;
}

void CreateSingleRoleUser(ApiEnv& env, const std::string& role) {
    const auto parsed = auth::ParseRole(role);
    if (!parsed) throw std::runtime_error("permission_matrix.txt names an unknown role " + role);
    std::optional<StaffId> staff;
    if (*parsed != Role::kDealer) {
        static int phone = 0;
        staff::StaffFields fields{"探针" + role,
                                  "1390000" + std::to_string(1000 + ++phone),
                                  "2026-11-27",
                                  "2026-11-27",
                                  {}};
        auto member = env.test_app.app->module<staff::StaffModule>().staff().Create(
            auth::SystemPrincipal(), fields, "none");
        if (!member) throw std::runtime_error(member.error().message());
        staff = member->id;
        OwnStaffIds()[role] = member->id.value();
    }
    env.test_app.CreateUser(UserOf(role), {*parsed}, staff);
}

TEST(PermissionMatrixFile, NamesEveryRoleOfTheServerAndNoOther) {
    std::set<std::string> server_roles;
    for (Role role : auth::kAllRoles) server_roles.emplace(auth::RoleName(role));
    const std::set<std::string> matrix_roles(Matrix().roles.begin(), Matrix().roles.end());
    for (const std::string& role : server_roles) {
        EXPECT_TRUE(matrix_roles.contains(role))
            << "the server has role " << role << ", which permission_matrix.txt has no column for";
    }
    for (const std::string& role : matrix_roles) {
        EXPECT_TRUE(server_roles.contains(role))
            << "permission_matrix.txt has a column for role " << role << ", unknown to the server";
    }
}

// Together, the roles hold every action the server has (an action no role holds is refused by
// permission_test): the union of /auth/me over a user with every role is the server's list.
TEST(PermissionsApi, ServerAndMatrixKnowTheSameActions) {
    ApiEnv env;
    std::set<std::string> server_actions;
    for (const std::string& role : Matrix().roles) {
        CreateSingleRoleUser(env, role);
        ApiResponse me = env.LoginAs(UserOf(role)).Get("/api/v1/auth/me");
        ASSERT_EQ(me.status, 200) << me.Describe();
        const std::set<std::string> granted = Permissions(me);
        server_actions.insert(granted.begin(), granted.end());
    }
    const std::set<std::string> matrix_actions(Matrix().actions.begin(), Matrix().actions.end());
    for (const std::string& action : server_actions) {
        EXPECT_TRUE(matrix_actions.contains(action))
            << "the server has action " << action
            << ", which permission_matrix.txt lacks: add its row, with the requirement that "
               "justifies each Y";
    }
    for (const std::string& action : matrix_actions) {
        EXPECT_TRUE(server_actions.contains(action))
            << "permission_matrix.txt has action " << action
            << ", which no role holds on the server: renamed or removed? ("
            << Matrix().reasons.at(action) << ")";
    }
}

// /auth/me of a user holding exactly one role announces exactly the matrix row of that role.
// The UI shows and hides by it, and the services check the same table (probed below).
TEST(PermissionsApi, EachSingleRoleHoldsExactlyItsMatrixCells) {
    ApiEnv env;
    for (const std::string& role : Matrix().roles) {
        CreateSingleRoleUser(env, role);
        ApiResponse me = env.LoginAs(UserOf(role)).Get("/api/v1/auth/me");
        ASSERT_EQ(me.status, 200) << me.Describe();
        EXPECT_EQ(me.body["roles"], json::array({role})) << me.raw;
        const std::set<std::string> granted = Permissions(me);
        const std::set<std::string> expected = Matrix().ActionsOf(role);
        for (const std::string& action : Matrix().actions) {
            const bool server = granted.contains(action);
            const bool matrix = expected.contains(action);
            EXPECT_EQ(server, matrix)
                << "role " << role << ", action " << action << ": the server "
                << (server ? "allows" : "refuses") << " it, permission_matrix.txt says "
                << (matrix ? "Y" : ".") << " (" << Matrix().reasons.at(action) << ")";
        }
        EXPECT_EQ(granted.size(), me.body["permissions"].size())
            << "role " << role << ": an action announced twice: " << me.raw;
        std::set<std::string> unknown;
        for (const std::string& action : granted) {
            if (!Matrix().allowed.contains(action)) unknown.insert(action);
        }
        EXPECT_TRUE(unknown.empty())
            << "role " << role << " holds actions the matrix lacks: " << Join(unknown);
    }
}

TEST(PermissionsApi, EveryMatrixActionHasAProbe) {
    const auto probes = Probes();
    for (const std::string& action : Matrix().actions) {
        const auto it = probes.find(action);
        EXPECT_TRUE(it != probes.end() && !it->second.empty())
            << "no HTTP probe for action " << action
            << ": add one to Probes() in permissions_api_test.cpp";
    }
    for (const auto& [action, list] : probes) {
        EXPECT_TRUE(Matrix().allowed.contains(action))
            << "a probe for action " << action << ", which permission_matrix.txt lacks";
    }
}

// Every role × every action through the services: a probe gets past the check exactly where the
// matrix has Y; where it has ., the answer is 403 PERMISSION_DENIED.
TEST(PermissionsApi, EveryRoleGetsExactlyWhatTheMatrixAllows) {
    ApiEnv env;
    const auto probes = Probes();
    std::map<std::string, ApiClient> clients;
    for (const std::string& role : Matrix().roles) {
        CreateSingleRoleUser(env, role);
        clients.emplace(role, env.LoginAs(UserOf(role)));
    }
    const RowCounts before = CountRows(*env.test_app.app);

    for (const std::string& role : Matrix().roles) {
        ApiClient& client = clients.at(role);
        for (const std::string& action : Matrix().actions) {
            const auto it = probes.find(action);
            if (it == probes.end()) continue;  // reported by EveryMatrixActionHasAProbe
            const bool allowed = Matrix().Allows(role, action);
            for (Probe probe : it->second) {
                if (auto at = probe.path.find("{own}"); at != std::string::npos) {
                    const auto own = OwnStaffIds().find(role);
                    probe.path.replace(
                        at, 5, own == OwnStaffIds().end() ? kMissing : std::to_string(own->second));
                }
                ApiResponse response = Send(client, probe);
                const std::string where = fmt::format("{} {} (matrix: {}, {}) via {} {}: {}",
                                                      role,
                                                      action,
                                                      allowed ? "Y" : ".",
                                                      Matrix().reasons.at(action),
                                                      probe.method,
                                                      probe.path,
                                                      response.Describe());
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

// The grant table (issue 7): the head grants the department's roles, never head, leadership,
// finance, sales or admin; changing roles follows the same table, in both directions.
TEST(PermissionsApi, UsersGrantOnlyWhatTheGrantTableAllows) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");
    const RowCounts before = CountRows(*env.test_app.app);

    for (const char* role : {"leadership", "head", "admin", "finance", "sales"}) {
        ApiResponse refused = head.Post("/api/v1/users", NewUser("new_user", {role}));
        EXPECT_EQ(refused.status, 403) << role << ": " << refused.Describe();
        EXPECT_EQ(refused.Code(), "PERMISSION_DENIED") << role;
    }
    ApiResponse mixed = head.Post("/api/v1/users", NewUser("new_user", {"head", "technician"}));
    EXPECT_EQ(mixed.status, 403) << mixed.Describe();
    EXPECT_EQ(CountRows(*env.test_app.app), before);

    ApiResponse created = head.Post("/api/v1/users", NewUser("new_tech", {"technician"}));
    ASSERT_EQ(created.status, 201) << created.Describe();
    EXPECT_EQ(created.body["roles"], json::array({"technician"}));
    const std::string roles_path =
        "/api/v1/users/" + std::to_string(created.body["id"].get<std::int64_t>()) + "/roles";

    // Adding a role the table does not give is refused; a department role is fine.
    ApiResponse add = head.Put(roles_path, {{"roles", {"technician", "finance"}}, {"version", 1}});
    EXPECT_EQ(add.status, 403) << add.Describe();
    ApiResponse more = head.Put(roles_path, {{"roles", {"technician", "driver"}}, {"version", 1}});
    EXPECT_EQ(more.status, 200) << more.Describe();

    env.test_app.CreateUser("sales_lead", {Role::kSales, Role::kDriver});
    ApiResponse sales_lead = head.Get("/api/v1/users?q=sales_lead");
    ASSERT_EQ(sales_lead.status, 200) << sales_lead.Describe();
    ASSERT_EQ(sales_lead.body["items"].size(), 1u) << sales_lead.raw;
    const std::string sales_roles =
        "/api/v1/users/" + std::to_string(sales_lead.body["items"][0]["id"].get<int>()) + "/roles";
    ApiResponse remove =
        head.Put(sales_roles, {{"roles", json::array({"driver"})}, {"version", 1}});
    EXPECT_EQ(remove.status, 403) << "removing sales, which only the administrator grants: "
                                  << remove.Describe();
}

// Roles are read at every request: a removed role stops working on the next one.
TEST(PermissionsApi, RemovedRoleStopsWorkingOnTheNextRequest) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");
    ApiResponse created = head.Post("/api/v1/users", NewUser("deputy", {"supervisor"}));
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
}

}  // namespace
}  // namespace kefu::api_tests
