// Accounts from the browser (issue 7, R-SEC-1/2): the grant table over HTTP, dealer accounts that
// stay external, accounts linked to staff, disable and enable, password reset shown once, one's
// own password, and a leaver losing access in the same transaction that records the leaving.
#include <gtest/gtest.h>

#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

json NewAccount(const std::string& username, std::vector<std::string> roles) {
    return {{"username", username},
            {"password", "long-enough-password"},
            {"displayName", username},
            {"roles", roles}};
}

class AccountsApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("admin", {Role::kAdmin});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        admin_ = std::make_unique<ApiClient>(env_.LoginAs("admin"));
    }

    std::int64_t AddStaff(const std::string& name, const std::string& phone) {
        ApiResponse created = head_->Post("/api/v1/staff",
                                          {{"name", name},
                                           {"phone", phone},
                                           {"hireDate", "2025-01-02"},
                                           {"experienceStart", "2025-01-02"},
                                           {"grade", "technician"}});
        if (created.status != 201) throw std::runtime_error(created.Describe());
        return created.body["id"].get<std::int64_t>();
    }

    std::int64_t AddDealer(const std::string& name) {
        ApiResponse created = head_->Post(
            "/api/v1/dealers",
            {{"name", name}, {"contact", "孔经理"}, {"phone", "0531-88120001"}, {"city", "济南"}});
        if (created.status != 201) throw std::runtime_error(created.Describe());
        return created.body["id"].get<std::int64_t>();
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::unique_ptr<ApiClient> admin_;
};

// Every (head, role) cell over HTTP; the C++ grant_table_test covers every granter.
TEST_F(AccountsApi, TheHeadGrantsTheDepartmentRolesOnly) {
    for (const char* role :
         {"supervisor", "technician", "intern", "driver", "warehouse", "clerk"}) {
        ApiResponse created =
            head_->Post("/api/v1/users", NewAccount(std::string("u_") + role, {role}));
        EXPECT_EQ(created.status, 201) << role << ": " << created.Describe();
    }
    const RowCounts before = CountRows(*env_.test_app.app);
    for (const char* role : {"head", "leadership", "finance", "sales", "admin"}) {
        ApiResponse refused =
            head_->Post("/api/v1/users", NewAccount(std::string("x_") + role, {role}));
        EXPECT_EQ(refused.status, 403) << role << ": " << refused.Describe();
        EXPECT_EQ(refused.Code(), "PERMISSION_DENIED") << role;
    }
    EXPECT_EQ(CountRows(*env_.test_app.app), before);
    for (const char* role : {"head", "leadership", "finance", "sales", "admin"}) {
        ApiResponse created =
            admin_->Post("/api/v1/users", NewAccount(std::string("a_") + role, {role}));
        EXPECT_EQ(created.status, 201) << role << ": " << created.Describe();
    }
}

// R-SEC-2 (hardening item 7): a dealer's account never holds an internal role, on create and on
// change, whoever asks.
TEST_F(AccountsApi, ADealerAccountStaysExternal) {
    const std::int64_t dealer = AddDealer("济南华府办公家具有限公司");
    json account = NewAccount("huafu", {"dealer"});
    account["dealerId"] = dealer;
    ApiResponse created = head_->Post("/api/v1/users", account);
    ASSERT_EQ(created.status, 201) << created.Describe();
    const std::string roles_path =
        "/api/v1/users/" + std::to_string(created.body["id"].get<std::int64_t>()) + "/roles";

    ApiResponse escalate = admin_->Put(roles_path, {{"roles", {"dealer", "head"}}, {"version", 1}});
    EXPECT_EQ(escalate.status, 400) << escalate.Describe();
    EXPECT_TRUE(escalate.HasViolation("roles", "dealer_alone")) << escalate.Describe();
    ApiResponse swap = admin_->Put(roles_path, {{"roles", {"head"}}, {"version", 1}});
    EXPECT_EQ(swap.status, 400) << swap.Describe();

    json mixed = NewAccount("mixed", {"dealer", "driver"});
    mixed["dealerId"] = dealer;
    EXPECT_TRUE(admin_->Post("/api/v1/users", mixed).HasViolation("roles", "dealer_alone"));
    json internal_with_dealer = NewAccount("inside", {"driver"});
    internal_with_dealer["dealerId"] = dealer;
    EXPECT_TRUE(
        admin_->Post("/api/v1/users", internal_with_dealer).HasViolation("dealerId", "not_dealer"));
    EXPECT_TRUE(head_->Post("/api/v1/users", NewAccount("nodealer", {"dealer"}))
                    .HasViolation("dealerId", "required"));

    ApiClient huafu = env_.Anonymous();
    ASSERT_EQ(huafu.Login("huafu", "long-enough-password").status, 200);
    EXPECT_EQ(huafu.Get("/api/v1/staff").status, 403);
    EXPECT_EQ(huafu.Get("/api/v1/users").status, 403);
    EXPECT_EQ(huafu.Get("/api/v1/audit").status, 403);
}

TEST_F(AccountsApi, AMemberOfStaffHasOneAccountAndALeaverNone) {
    const std::int64_t zhao = AddStaff("赵磊", "13905310006");
    json account = NewAccount("zhaolei", {"technician"});
    account["staffId"] = zhao;
    ASSERT_EQ(head_->Post("/api/v1/users", account).status, 201);
    json second = NewAccount("zhaolei2", {"technician"});
    second["staffId"] = zhao;
    ApiResponse twice = head_->Post("/api/v1/users", second);
    EXPECT_EQ(twice.status, 409) << twice.Describe();
    ASSERT_TRUE(twice.HasViolation("staffId", "linked")) << twice.Describe();
    EXPECT_EQ(twice.body["error"]["violations"][0]["detail"], "zhaolei");

    const std::int64_t gone = AddStaff("田野", "13905310027");
    ASSERT_EQ(head_->Delete("/api/v1/staff/" + std::to_string(gone)).status, 200);
    json leaver = NewAccount("tianye", {"technician"});
    leaver["staffId"] = gone;
    ApiResponse refused = head_->Post("/api/v1/users", leaver);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("staffId", "staff_left")) << refused.Describe();
}

// The browser-test story on the API: the head makes a technician's account, the technician logs
// in; the head marks the technician as left on a chosen date; the session ends and the login is
// refused; the audit trail shows the leaving (离职) and the disabled account.
TEST_F(AccountsApi, MarkingAMemberAsLeftDisablesTheAccountAndEndsItsSessions) {
    const std::int64_t zhao = AddStaff("赵磊", "13905310006");
    json account = NewAccount("zhaolei", {"technician"});
    account["staffId"] = zhao;
    ASSERT_EQ(head_->Post("/api/v1/users", account).status, 201);
    ApiClient tech = env_.Anonymous();
    ASSERT_EQ(tech.Login("zhaolei", "long-enough-password").status, 200);
    ASSERT_EQ(tech.Get("/api/v1/auth/me").status, 200);

    const std::string path = "/api/v1/staff/" + std::to_string(zhao);
    ApiResponse future = head_->Delete(path + "?leftOn=2026-11-28");  // the clock says 2026-11-27
    EXPECT_EQ(future.status, 400) << future.Describe();
    EXPECT_TRUE(future.HasViolation("leftOn", "date_in_future"));
    ApiResponse before_hire = head_->Delete(path + "?leftOn=2024-12-31");
    EXPECT_TRUE(before_hire.HasViolation("leftOn", "before_hire_date")) << before_hire.Describe();
    EXPECT_EQ(tech.Get("/api/v1/auth/me").status, 200) << "a refused leaving changes nothing";

    ApiResponse left = head_->Delete(path + "?version=1&leftOn=2026-11-20");
    ASSERT_EQ(left.status, 200) << left.Describe();
    EXPECT_EQ(left.body["status"], "left");
    EXPECT_EQ(left.body["leftOn"], "2026-11-20");
    EXPECT_EQ(tech.Get("/api/v1/auth/me").status, 401) << "the session ended";
    EXPECT_EQ(env_.Anonymous().Login("zhaolei", "long-enough-password").status, 401);

    ApiResponse users = head_->Get("/api/v1/users?q=zhaolei");
    ASSERT_EQ(users.status, 200);
    EXPECT_EQ(users.body["items"][0]["active"], false);
    ApiResponse audit = admin_->Get("/api/v1/audit?pageSize=50");
    ASSERT_EQ(audit.status, 200);
    bool leave = false;
    bool disable = false;
    for (const json& e : audit.body["items"]) {
        leave |= e["entity"] == "staff" && e["action"] == "leave";
        disable |= e["entity"] == "user" && e["action"] == "disable";
    }
    EXPECT_TRUE(leave && disable) << audit.raw;
}

TEST_F(AccountsApi, DisablingEndsTheSessionsAndEnablingRestoresTheLogin) {
    ApiResponse created = head_->Post("/api/v1/users", NewAccount("driver1", {"driver"}));
    ASSERT_EQ(created.status, 201);
    const std::string active_path =
        "/api/v1/users/" + std::to_string(created.body["id"].get<std::int64_t>()) + "/active";
    ApiClient driver = env_.Anonymous();
    ASSERT_EQ(driver.Login("driver1", "long-enough-password").status, 200);

    ApiResponse disabled = head_->Put(active_path, {{"active", false}, {"version", 1}});
    ASSERT_EQ(disabled.status, 200) << disabled.Describe();
    EXPECT_EQ(disabled.body["active"], false);
    EXPECT_EQ(driver.Get("/api/v1/auth/me").status, 401);
    EXPECT_EQ(env_.Anonymous().Login("driver1", "long-enough-password").status, 401);
    EXPECT_EQ(head_->Put(active_path, {{"active", true}, {"version", 1}}).status, 409)
        << "a stale version";
    ASSERT_EQ(head_->Put(active_path, {{"active", true}, {"version", 2}}).status, 200);
    EXPECT_EQ(env_.Anonymous().Login("driver1", "long-enough-password").status, 200);
}

TEST_F(AccountsApi, NobodyDisablesAnAccountTheyCouldNotGrantOrTheirOwn) {
    ApiResponse admins = admin_->Get("/api/v1/users?q=admin");
    const std::int64_t admin_id = admins.body["items"][0]["id"].get<std::int64_t>();
    ApiResponse by_head = head_->Put("/api/v1/users/" + std::to_string(admin_id) + "/active",
                                     {{"active", false}, {"version", 1}});
    EXPECT_EQ(by_head.status, 403) << by_head.Describe();
    ApiResponse self = admin_->Put("/api/v1/users/" + std::to_string(admin_id) + "/active",
                                   {{"active", false}, {"version", 1}});
    EXPECT_EQ(self.status, 400) << self.Describe();
    EXPECT_TRUE(self.HasViolation("active", "self"));
}

TEST_F(AccountsApi, TheAdministratorResetsAPasswordShownOnce) {
    ApiResponse created = head_->Post("/api/v1/users", NewAccount("clerk1", {"clerk"}));
    ASSERT_EQ(created.status, 201);
    const std::string reset_path = "/api/v1/users/" +
                                   std::to_string(created.body["id"].get<std::int64_t>()) +
                                   "/password-reset";
    ApiClient clerk = env_.Anonymous();
    ASSERT_EQ(clerk.Login("clerk1", "long-enough-password").status, 200);

    EXPECT_EQ(head_->Post(reset_path, {{"version", 1}}).status, 403) << "the administrator's";
    ApiResponse reset = admin_->Post(reset_path, {{"version", 1}});
    ASSERT_EQ(reset.status, 200) << reset.Describe();
    const std::string password = reset.body["password"].get<std::string>();
    EXPECT_EQ(password.size(), 12u);
    EXPECT_EQ(reset.headers.find("Cache-Control")->second, "no-store");
    EXPECT_EQ(clerk.Get("/api/v1/auth/me").status, 401) << "the old session ended";
    EXPECT_EQ(env_.Anonymous().Login("clerk1", "long-enough-password").status, 401);
    EXPECT_EQ(env_.Anonymous().Login("clerk1", password).status, 200);
}

TEST_F(AccountsApi, AUserChangesTheirOwnPassword) {
    ApiResponse wrong = head_->Post(
        "/api/v1/auth/password",
        {{"currentPassword", "not-my-password"}, {"newPassword", "a-new-long-password"}});
    EXPECT_EQ(wrong.status, 400) << wrong.Describe();
    EXPECT_TRUE(wrong.HasViolation("currentPassword", "wrong_password"));
    ApiResponse short_one = head_->Post(
        "/api/v1/auth/password",
        {{"currentPassword", std::string(testing::kTestPassword)}, {"newPassword", "short"}});
    EXPECT_TRUE(short_one.HasViolation("newPassword", "too_short")) << short_one.Describe();

    ApiClient other_session = env_.LoginAs("head");
    ApiResponse changed = head_->Post("/api/v1/auth/password",
                                      {{"currentPassword", std::string(testing::kTestPassword)},
                                       {"newPassword", "a-new-long-password"}});
    ASSERT_EQ(changed.status, 204) << changed.Describe();
    EXPECT_EQ(head_->Get("/api/v1/auth/me").status, 200) << "this session stays";
    EXPECT_EQ(other_session.Get("/api/v1/auth/me").status, 401) << "the other one ends";
    EXPECT_EQ(env_.Anonymous().Login("head", "a-new-long-password").status, 200);
}

// Issue 7, forms: a duplicate value names the record that holds it.
TEST_F(AccountsApi, ADuplicateNamesItsHolder) {
    AddStaff("王磊", "13905310011");
    ApiResponse dup = head_->Post("/api/v1/staff",
                                  {{"name", "王小磊"},
                                   {"phone", "13905310011"},
                                   {"hireDate", "2025-01-02"},
                                   {"experienceStart", "2025-01-02"},
                                   {"grade", "technician"}});
    ASSERT_EQ(dup.status, 409) << dup.Describe();
    ASSERT_TRUE(dup.HasViolation("phone", "duplicate"));
    EXPECT_EQ(dup.body["error"]["violations"][0]["detail"], "王磊");
    EXPECT_TRUE(dup.HasErrorShape());

    ASSERT_EQ(head_->Post("/api/v1/users", NewAccount("wanglei", {"driver"})).status, 201);
    ApiResponse taken = head_->Post("/api/v1/users", NewAccount("wanglei", {"driver"}));
    ASSERT_TRUE(taken.HasViolation("username", "duplicate")) << taken.Describe();
    EXPECT_EQ(taken.body["error"]["violations"][0]["detail"], "wanglei");
}

}  // namespace
}  // namespace kefu::api_tests
