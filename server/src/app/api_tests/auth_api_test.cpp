// Login, sessions, CSRF and throttling over real HTTP (R-SEC-1).
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::string_view kWrongPassword = "wrong-password";

// A valid new staff member: what a CSRF-less request tries to write.
json NewIntern(const std::string& phone) {
    return {{"name", "新学徒"},
            {"phone", phone},
            {"hireDate", "2026-11-01"},
            {"experienceStart", "2026-11-01"},
            {"grade", "intern"}};
}

std::string SetCookieOf(const ApiResponse& response) {
    for (const auto& [name, value] : response.headers) {
        if (name == "Set-Cookie") return value;
    }
    return "";
}

TEST(AuthApi, LoginSetsStrictHttpOnlyCookieAndMeReturnsRolesPermissionsAndCsrfToken) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient client = env.Anonymous();

    ApiResponse login = client.Login("head", testing::kTestPassword);
    ASSERT_EQ(login.status, 200) << login.Describe();
    const std::string cookie = SetCookieOf(login);
    EXPECT_TRUE(cookie.starts_with("kefu_session=")) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("Path=/"), std::string::npos) << cookie;
    auto header = [&](const char* name) {
        const auto it = login.headers.find(name);
        return it == login.headers.end() ? std::string() : it->second;
    };
    EXPECT_TRUE(header("Content-Type").starts_with("application/json")) << header("Content-Type");
    EXPECT_EQ(header("Cache-Control"), "no-store");
    ASSERT_FALSE(client.session_token().empty());
    ASSERT_FALSE(client.csrf_token().empty());
    // The token is 256 random bits; the CSRF token is a different secret.
    EXPECT_GE(client.session_token().size(), 43u);
    EXPECT_NE(client.session_token(), client.csrf_token());

    ApiResponse me = client.Get("/api/v1/auth/me");
    ASSERT_EQ(me.status, 200) << me.Describe();
    EXPECT_EQ(me.body["username"], "head");
    EXPECT_EQ(me.body["roles"], json::array({"head"}));
    EXPECT_EQ(me.body["csrfToken"], client.csrf_token());
    const json& permissions = me.body["permissions"];
    ASSERT_TRUE(permissions.is_array());
    EXPECT_NE(std::find(permissions.begin(), permissions.end(), "staff.write"), permissions.end());
    // The head sets the department's numbers (allowances, crew size) but not the system's.
    EXPECT_NE(std::find(permissions.begin(), permissions.end(), "policy.write"), permissions.end());
    EXPECT_EQ(std::find(permissions.begin(), permissions.end(), "policy.write_system"),
              permissions.end())
        << "head must not hold policy.write_system";
}

TEST(AuthApi, WrongPasswordIsUnauthenticatedWithErrorBody) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient client = env.Anonymous();

    ApiResponse response = client.Login("head", kWrongPassword);
    EXPECT_EQ(response.status, 401) << response.Describe();
    EXPECT_TRUE(response.HasErrorShape()) << response.Describe();
    EXPECT_EQ(response.Code(), "UNAUTHENTICATED");
    EXPECT_EQ(SetCookieOf(response), "");
    EXPECT_TRUE(client.session_token().empty());
}

TEST(AuthApi, UnknownUserIsUnauthenticatedLikeAWrongPassword) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient client = env.Anonymous();

    ApiResponse unknown = client.Login("nobody", testing::kTestPassword);
    ApiResponse wrong = client.Login("head", kWrongPassword);
    EXPECT_EQ(unknown.status, 401) << unknown.Describe();
    EXPECT_TRUE(unknown.HasErrorShape()) << unknown.Describe();
    EXPECT_EQ(unknown.Code(), "UNAUTHENTICATED");
    // Same answer for both, so the API does not tell which usernames exist.
    EXPECT_EQ(unknown.body["error"]["message"], wrong.body["error"]["message"]);
}

TEST(AuthApi, FailedLoginRecordsOnlyTheFailureAndItsAuditEntry) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient client = env.Anonymous();
    const RowCounts before = CountRows(*env.test_app.app);

    ASSERT_EQ(client.Login("head", kWrongPassword).status, 401);

    RowCounts expected = before;
    expected["login_failures"] += 1;
    expected["audit_log"] += 1;
    EXPECT_EQ(CountRows(*env.test_app.app), expected);
}

// R-SEC-1: 5 failed logins for a username within 15 minutes throttle it. The rule
// (auth_service.cpp, count_login_failures.sql) counts the failures at or after now − 15 min, so
// failures made at T still count at T + 15:00 and no longer at T + 15:01. The clock is manual:
// all five failures below happen at the same instant T.
TEST(AuthApi, ThrottlesAfterFiveFailedLoginsUntilFifteenMinutesHavePassed) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient client = env.Anonymous();

    for (int attempt = 1; attempt <= 5; ++attempt) {
        ApiResponse response = client.Login("head", kWrongPassword);
        ASSERT_EQ(response.status, 401) << "attempt " << attempt << ": " << response.Describe();
    }
    // The sixth attempt is refused even with the right password.
    ApiResponse throttled = client.Login("head", testing::kTestPassword);
    EXPECT_EQ(throttled.status, 429) << throttled.Describe();
    EXPECT_TRUE(throttled.HasErrorShape()) << throttled.Describe();
    EXPECT_EQ(throttled.Code(), "RESOURCE_EXHAUSTED");
    EXPECT_TRUE(client.session_token().empty());

    // Exactly 15:00 after the failures: still inside the window.
    env.test_app.clock.Advance(minutes(15));
    ApiResponse at_edge = client.Login("head", testing::kTestPassword);
    EXPECT_EQ(at_edge.status, 429) << "at T + 15:00: " << at_edge.Describe();
    EXPECT_TRUE(client.session_token().empty());

    // 15:01 after them: the failures have left the window (and the refused attempts above were
    // not counted as failures, or they would still throttle).
    env.test_app.clock.Advance(seconds(1));
    ApiResponse after_edge = client.Login("head", testing::kTestPassword);
    EXPECT_EQ(after_edge.status, 200) << "at T + 15:01: " << after_edge.Describe();
}

// The window slides: each failure stops counting 15 minutes after it was made, so the oldest one
// leaving the window frees exactly one attempt.
TEST(AuthApi, ThrottleWindowSlidesWithTheOldestFailure) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient client = env.Anonymous();

    ASSERT_EQ(client.Login("head", kWrongPassword).status, 401);  // at T
    env.test_app.clock.Advance(minutes(5));
    for (int attempt = 2; attempt <= 5; ++attempt) {  // at T + 5:00
        ASSERT_EQ(client.Login("head", kWrongPassword).status, 401) << "attempt " << attempt;
    }
    env.test_app.clock.Advance(minutes(10));  // T + 15:00: all five still count
    EXPECT_EQ(client.Login("head", kWrongPassword).status, 429);

    env.test_app.clock.Advance(seconds(1));  // T + 15:01: four count, one attempt is free
    ApiResponse freed = client.Login("head", kWrongPassword);
    EXPECT_EQ(freed.status, 401) << "the first failure left the window: " << freed.Describe();
    ApiResponse full = client.Login("head", testing::kTestPassword);
    EXPECT_EQ(full.status, 429) << "five failures in the window again: " << full.Describe();

    // T + 20:01: the four failures of T + 5:00 have left; the one of T + 15:01 still counts.
    env.test_app.clock.Advance(minutes(5));
    ApiResponse again = client.Login("head", testing::kTestPassword);
    EXPECT_EQ(again.status, 200) << again.Describe();
}

TEST(AuthApi, FailedLoginsAreInTheAuditTrail) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient stranger = env.Anonymous();
    ASSERT_EQ(stranger.Login("head", kWrongPassword).status, 401);
    ASSERT_EQ(stranger.Login("ghost", kWrongPassword).status, 401);

    ApiClient head = env.LoginAs("head");
    ApiResponse audit = head.Get("/api/v1/audit?entity=user&pageSize=200");
    ASSERT_EQ(audit.status, 200) << audit.Describe();
    int failures_for_head = 0;
    int failures_for_ghost = 0;
    for (const json& entry : audit.body["items"]) {
        if (entry["action"] != "login_failed") continue;
        EXPECT_EQ(entry["entity"], "user");
        EXPECT_TRUE(entry["userId"].is_null()) << entry.dump();
        if (entry["entityId"] == "head") ++failures_for_head;
        if (entry["entityId"] == "ghost") ++failures_for_ghost;
    }
    EXPECT_EQ(failures_for_head, 1) << audit.raw;
    EXPECT_EQ(failures_for_ghost, 1) << audit.raw;
}

TEST(AuthApi, RefusesStateChangeWithoutTheCsrfTokenAndWritesNothing) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");
    const RowCounts before = CountRows(*env.test_app.app);

    head.set_send_csrf(false);
    ApiResponse missing = head.Post("/api/v1/staff", NewIntern("13800000001"));
    EXPECT_EQ(missing.status, 403) << missing.Describe();
    EXPECT_EQ(missing.Code(), "PERMISSION_DENIED");
    EXPECT_TRUE(missing.HasErrorShape()) << missing.Describe();
    ApiResponse missing_delete = head.Delete("/api/v1/staff/1");
    EXPECT_EQ(missing_delete.status, 403) << missing_delete.Describe();

    head.set_send_csrf(true);
    const std::string right = head.csrf_token();
    head.set_csrf_token(right.substr(0, right.size() - 1) + (right.back() == 'A' ? "B" : "A"));
    ApiResponse wrong = head.Post("/api/v1/staff", NewIntern("13800000001"));
    EXPECT_EQ(wrong.status, 403) << wrong.Describe();
    EXPECT_EQ(wrong.Code(), "PERMISSION_DENIED");
    ApiResponse wrong_logout = head.Post("/api/v1/auth/logout", json::object());
    EXPECT_EQ(wrong_logout.status, 403) << wrong_logout.Describe();

    EXPECT_EQ(CountRows(*env.test_app.app), before);

    // The same request with the right token goes through: the refusals were the token's doing.
    head.set_csrf_token(right);
    ApiResponse ok = head.Post("/api/v1/staff", NewIntern("13800000001"));
    EXPECT_EQ(ok.status, 201) << ok.Describe();
}

TEST(AuthApi, LogoutEndsTheSession) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");
    const std::string token = head.session_token();

    ApiResponse logout = head.Post("/api/v1/auth/logout", json::object());
    EXPECT_EQ(logout.status, 204) << logout.Describe();
    const std::string cookie = SetCookieOf(logout);
    EXPECT_TRUE(cookie.starts_with("kefu_session=;")) << cookie;
    EXPECT_NE(cookie.find("Max-Age=0"), std::string::npos) << cookie;

    // Replaying the old cookie does not work: the session is gone on the server.
    head.set_session_token(token);
    ApiResponse me = head.Get("/api/v1/auth/me");
    EXPECT_EQ(me.status, 401) << me.Describe();
    EXPECT_EQ(me.Code(), "UNAUTHENTICATED");
}

TEST(AuthApi, SessionExpiresAfterThirtyIdleMinutes) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");

    env.test_app.clock.Advance(minutes(31));
    ApiResponse me = head.Get("/api/v1/auth/me");
    EXPECT_EQ(me.status, 401) << me.Describe();
    EXPECT_EQ(me.Code(), "UNAUTHENTICATED");
}

TEST(AuthApi, ActivityEveryTwentyMinutesKeepsTheSessionAlive) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");

    // Each step is far above the 60 s touch interval, so every request records activity.
    for (int step = 1; step <= 4; ++step) {
        env.test_app.clock.Advance(minutes(20));
        ApiResponse me = head.Get("/api/v1/auth/me");
        ASSERT_EQ(me.status, 200) << "after " << step * 20 << " min: " << me.Describe();
    }
    // 80 minutes after login the session lives; 31 silent minutes still end it.
    env.test_app.clock.Advance(minutes(31));
    EXPECT_EQ(head.Get("/api/v1/auth/me").status, 401);
}

TEST(AuthApi, SessionEndsAfterTwelveHoursEvenWithActivity) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env.LoginAs("head");

    // 35 requests 20 minutes apart: 11 h 40 min of continuous activity.
    for (int step = 1; step <= 35; ++step) {
        env.test_app.clock.Advance(minutes(20));
        ApiResponse me = head.Get("/api/v1/auth/me");
        ASSERT_EQ(me.status, 200) << "after " << step * 20 << " min: " << me.Describe();
    }
    env.test_app.clock.Advance(minutes(20));  // 12 h after login
    ApiResponse me = head.Get("/api/v1/auth/me");
    EXPECT_EQ(me.status, 401) << me.Describe();
    EXPECT_EQ(me.Code(), "UNAUTHENTICATED");
    static_assert(hours(12) == minutes(36 * 20));
}

TEST(AuthApi, RequestsWithoutAValidCookieAreUnauthenticated) {
    ApiEnv env;
    env.test_app.CreateUser("head", {Role::kHead});
    ApiClient anonymous = env.Anonymous();
    const RowCounts before = CountRows(*env.test_app.app);

    for (const char* path : {"/api/v1/auth/me",
                             "/api/v1/staff",
                             "/api/v1/audit",
                             "/api/v1/users",
                             "/api/v1/policies",
                             "/api/v1/dealers"}) {
        ApiResponse response = anonymous.Get(path);
        EXPECT_EQ(response.status, 401) << path << ": " << response.Describe();
        EXPECT_EQ(response.Code(), "UNAUTHENTICATED") << path;
        EXPECT_TRUE(response.HasErrorShape()) << path << ": " << response.Describe();
    }
    ApiResponse post = anonymous.Post("/api/v1/staff", NewIntern("13800000002"));
    EXPECT_EQ(post.status, 401) << post.Describe();

    anonymous.set_session_token("forged-token-that-was-never-issued");
    ApiResponse forged = anonymous.Get("/api/v1/auth/me");
    EXPECT_EQ(forged.status, 401) << forged.Describe();
    EXPECT_EQ(CountRows(*env.test_app.app), before);

    // The public health check needs no cookie.
    EXPECT_EQ(env.Anonymous().Get("/api/v1/health").status, 200);
}

}  // namespace
}  // namespace kefu::api_tests
