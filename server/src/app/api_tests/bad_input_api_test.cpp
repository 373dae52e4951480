// Malformed requests are answered with a 4xx and the error body, change nothing in the database,
// and leave the server serving.
#include <gtest/gtest.h>

#include <limits>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

/// A write endpoint under test and a body it would accept.
struct Target {
    std::string method;
    std::string path;
    json valid_body;
};

class BadInputApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_ = std::make_unique<ApiEnv>();
        env_->test_app.CreateUser("head", {Role::kHead});
        head_ = std::make_unique<ApiClient>(env_->LoginAs("head"));
        ApiResponse created = head_->Post("/api/v1/staff", StaffBody());
        ASSERT_EQ(created.status, 201) << created.Describe();
        staff_path_ = "/api/v1/staff/" + std::to_string(created.body["id"].get<std::int64_t>());
        before_ = CountRows(*env_->test_app.app);
        // The catalogue read works: the tables this suite writes to are counted.
        ASSERT_EQ(before_["staff"], 1);
        ASSERT_EQ(before_["users"], 1);
        ASSERT_EQ(before_["sessions"], 1);
        ASSERT_GE(before_["audit_log"], 2);
    }

    static json StaffBody() {
        return {{"name", "刘师傅"},
                {"phone", "13800000021"},
                {"hireDate", "2026-01-05"},
                {"experienceStart", "2026-01-05"},
                {"grade", "intern"}};
    }

    std::vector<Target> Targets() const {
        json put_body = StaffBody();
        put_body.erase("grade");
        put_body["version"] = 1;
        return {{"POST", "/api/v1/staff", StaffBody()},
                {"PUT", staff_path_, put_body},
                {"POST",
                 "/api/v1/auth/login",
                 {{"username", "head"}, {"password", testing::kTestPassword}}}};
    }

    ApiResponse Send(const Target& target, const std::string& body) {
        return head_->SendRaw(target.method, target.path, body);
    }

    /// The answer is `status` INVALID_ARGUMENT with the error body naming {field, reason}.
    static void ExpectRefused(const ApiResponse& response,
                              int status,
                              const std::string& field,
                              const std::string& reason,
                              const std::string& context) {
        EXPECT_EQ(response.status, status) << context << ": " << response.Describe();
        EXPECT_TRUE(response.HasErrorShape()) << context << ": " << response.Describe();
        EXPECT_EQ(response.Code(), "INVALID_ARGUMENT") << context;
        EXPECT_TRUE(response.HasViolation(field, reason))
            << context << ": expected violation {" << field << ", " << reason << "} in "
            << response.Describe();
    }

    /// No table changed and a normal request still works.
    void ExpectNothingChangedAndStillServing() {
        EXPECT_EQ(CountRows(*env_->test_app.app), before_);
        ApiResponse list = head_->Get("/api/v1/staff");
        EXPECT_EQ(list.status, 200) << list.Describe();
        EXPECT_EQ(list.body["total"], 1);
        ApiResponse me = head_->Get("/api/v1/auth/me");
        EXPECT_EQ(me.status, 200) << me.Describe();
    }

    std::unique_ptr<ApiEnv> env_;
    std::unique_ptr<ApiClient> head_;
    std::string staff_path_;
    RowCounts before_;
};

std::string Context(const Target& target, const std::string& what) {
    return target.method + " " + target.path + " with " + what;
}

TEST_F(BadInputApi, InvalidJsonIsRefused) {
    for (const Target& target : Targets()) {
        for (const char* body : {"{\"name\": ", "{name: 1}", "", "{\"a\":1}}", "{'a':1}"}) {
            ExpectRefused(Send(target, body), 400, "", "invalid_json", Context(target, body));
        }
    }
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, JsonThatIsNotAnObjectIsRefused) {
    for (const Target& target : Targets()) {
        for (const char* body : {"[1, 2]", "\"text\"", "42", "null", "true"}) {
            ExpectRefused(Send(target, body), 400, "", "must_be_object", Context(target, body));
        }
    }
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, WrongTypesAreRefused) {
    for (const Target& target : Targets()) {
        const std::string field = target.path.ends_with("/login") ? "username" : "name";
        json body = target.valid_body;
        body[field] = 42;
        ExpectRefused(Send(target, body.dump()), 400, field, "wrong_type", Context(target, field));
        body = target.valid_body;
        body[field] = json::array({"x"});
        ExpectRefused(Send(target, body.dump()), 400, field, "wrong_type", Context(target, field));
    }
    json put_body = Targets()[1].valid_body;
    put_body["version"] = "1";
    ExpectRefused(head_->Put(staff_path_, put_body), 400, "version", "wrong_type", "version text");
    put_body["version"] = 1.5;
    ExpectRefused(head_->Put(staff_path_, put_body), 400, "version", "wrong_type", "version 1.5");
    json roles = Targets()[0].valid_body;
    roles["roles"] = "driver";
    ExpectRefused(head_->Post("/api/v1/staff", roles), 400, "roles", "wrong_type", "roles text");
    ExpectRefused(head_->Post("/api/v1/auth/login", {{"username", "head"}, {"password", true}}),
                  400,
                  "password",
                  "wrong_type",
                  "password bool");
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, InvalidUtf8InAStringIsRefused) {
    // A lone continuation byte, an overlong '/', a truncated sequence and an encoded surrogate.
    for (const std::string bad : {"\x80", "\xC0\xAF", "\xE5\x88", "\xED\xA0\x80"}) {
        for (const Target& target : Targets()) {
            const std::string field = target.path.ends_with("/login") ? "username" : "name";
            std::string body = target.valid_body.dump();
            // Splice the raw bytes into the JSON text: json::dump would refuse to produce them.
            const std::string key = "\"" + field + "\":\"";
            const auto at = body.find(key);
            ASSERT_NE(at, std::string::npos) << body;
            body.insert(at + key.size(), bad);
            ExpectRefused(
                Send(target, body), 400, "", "invalid_utf8", Context(target, "bad utf-8"));
        }
    }
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, OversizedBodyIsRefused) {
    for (const Target& target : Targets()) {
        const std::string field = target.path.ends_with("/login") ? "username" : "name";
        json body = target.valid_body;
        body[field] = std::string(1024 * 1024 + 1, 'x');
        ExpectRefused(Send(target, body.dump()), 413, "", "too_large", Context(target, "> 1 MiB"));
    }
    // Exactly 1 MiB is within the limit: decoded, then refused for the over-long name.
    json body = Targets()[0].valid_body;
    body["name"] = "";
    const std::size_t padding = std::size_t{1024} * 1024 - body.dump().size();
    body["name"] = std::string(padding, 'x');
    ASSERT_EQ(body.dump().size(), 1024u * 1024u);
    ExpectRefused(head_->Post("/api/v1/staff", body), 400, "name", "too_long", "exactly 1 MiB");
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, UnknownFieldsAreRefused) {
    for (const Target& target : Targets()) {
        json body = target.valid_body;
        body["nickname"] = "小刘";
        body["isAdmin"] = true;
        ApiResponse response = Send(target, body.dump());
        ExpectRefused(response, 400, "nickname", "unknown_field", Context(target, "nickname"));
        EXPECT_TRUE(response.HasViolation("isAdmin", "unknown_field")) << response.Describe();
    }
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, TooLongStringsAreRefused) {
    json body = Targets()[0].valid_body;
    body["name"] = std::string(std::size_t{51} * 3, 'x');
    ExpectRefused(head_->Post("/api/v1/staff", body), 400, "name", "too_long", "long name");
    // 51 Chinese characters are too long although 50 would fit: length counts characters.
    std::string name;
    for (int i = 0; i < 51; ++i) name += "张";
    body["name"] = name;
    ExpectRefused(head_->Post("/api/v1/staff", body), 400, "name", "too_long", "51 characters");
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, BadQueryStringsAreRefused) {
    const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
        {"/api/v1/staff?page=0", "page", "invalid_value"},
        {"/api/v1/staff?page=-1", "page", "invalid_value"},
        {"/api/v1/staff?page=abc", "page", "invalid_value"},
        {"/api/v1/staff?pageSize=1000", "pageSize", "invalid_value"},
        {"/api/v1/staff?pageSize=0", "pageSize", "invalid_value"},
        {"/api/v1/staff?grade=boss", "grade", "invalid_value"},
        {"/api/v1/staff?status=gone", "status", "invalid_value"},
        {"/api/v1/staff?q=%FF", "q", "invalid_utf8"},
        {"/api/v1/staff?q=%E5%88", "q", "invalid_utf8"},
        {"/api/v1/staff?q=" + std::string(101, 'a'), "q", "too_long"},
        {"/api/v1/audit?userId=abc", "userId", "invalid_value"},
        {"/api/v1/audit?from=2026-13-01", "from", "invalid_date"},
        {"/api/v1/staff/eligible?pageSize=201", "pageSize", "invalid_value"},
        {"/api/v1/training/gaps?page=0", "page", "invalid_value"},
        {"/api/v1/products?active=maybe", "active", "invalid_value"},
        {"/api/v1/products?series=" + std::string(51, 's'), "series", "too_long"},
        {"/api/v1/products?q=" + std::string(101, 'a'), "q", "too_long"},
        {"/api/v1/customers?kind=robot", "kind", "invalid_value"},
        {"/api/v1/sites?customerId=abc", "customerId", "invalid_value"},
        {"/api/v1/vehicles?status=flying", "status", "invalid_value"},
        {"/api/v1/leave?from=2026-13-01", "from", "invalid_date"},
        {"/api/v1/leave?from=2026-11-30&to=2026-11-01", "to", "before_from"},
    };
    for (const auto& [path, field, reason] : cases) {
        ExpectRefused(head_->Get(path), 400, field, reason, "GET " + path);
    }
    // Query strings are checked on writes too, before anything is stored.
    ExpectRefused(head_->Post("/api/v1/staff?x=%FF", Targets()[0].valid_body),
                  400,
                  "x",
                  "invalid_utf8",
                  "POST with bad query");
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, DeeplyNestedJsonIsRefused) {
    const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
    ExpectRefused(head_->SendRaw("POST", "/api/v1/staff", deep),
                  400,
                  "",
                  "must_be_object",
                  "100000 nested arrays");
    json body = Targets()[0].valid_body;
    std::string text = body.dump();
    const std::string name_value = "\"name\":\"刘师傅\"";
    const auto at = text.find(name_value);
    ASSERT_NE(at, std::string::npos) << text;
    text.replace(at, name_value.size(), "\"name\":" + deep);
    ExpectRefused(head_->SendRaw("POST", "/api/v1/staff", text),
                  400,
                  "name",
                  "wrong_type",
                  "nested arrays as a name");
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, OutOfRangeNumbersAndIdsAreRefused) {
    json put_body = Targets()[1].valid_body;
    put_body["version"] = std::numeric_limits<std::uint64_t>::max();
    ExpectRefused(
        head_->Put(staff_path_, put_body), 400, "version", "out_of_range", "version 2^64-1");
    // Ids that no record can have (beyond int64, or 0): no such record.
    for (const std::string path : {"/api/v1/staff/99999999999999999999", "/api/v1/staff/0"}) {
        ApiResponse response = head_->Get(path);
        EXPECT_EQ(response.status, 404) << path << ": " << response.Describe();
        EXPECT_EQ(response.Code(), "NOT_FOUND") << path;
        EXPECT_TRUE(response.HasErrorShape()) << path << ": " << response.Describe();
    }
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, UnsupportedMethodsGetAJsonError) {
    // The server answers "no such API route" for a method a path does not serve (405 included).
    for (const std::string method : {"PATCH", "PUT", "DELETE"}) {
        ApiResponse response = head_->SendRaw(method, "/api/v1/staff", StaffBody().dump());
        EXPECT_EQ(response.status, 404) << method << ": " << response.Describe();
        EXPECT_EQ(response.Code(), "NOT_FOUND") << method;
        EXPECT_TRUE(response.HasErrorShape()) << method << ": " << response.Describe();
    }
    ExpectNothingChangedAndStillServing();
}

TEST_F(BadInputApi, ReferencesToMissingRecordsAreRefusedWithoutAnInternalError) {
    const json user = {{"username", "linked_user"},
                       {"password", "long-enough-password"},
                       {"displayName", "linked"},
                       {"roles", json::array({"technician"})}};
    for (const auto& [reference, role] :
         {std::pair{"staffId", "technician"}, std::pair{"dealerId", "dealer"}}) {
        json body = user;
        body[reference] = 999999;
        body["roles"] = json::array({role});
        ApiResponse response = head_->Post("/api/v1/users", body);
        // The service looks the record up and names the field; no foreign-key error leaks.
        EXPECT_EQ(response.status, 400) << reference << ": " << response.Describe();
        EXPECT_EQ(response.Code(), "INVALID_ARGUMENT") << reference;
        EXPECT_TRUE(response.HasViolation(reference, "invalid_value"))
            << reference << ": " << response.Describe();
    }
    ExpectNothingChangedAndStillServing();
}

std::string Repeat(std::string_view text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

// openapi.yaml: q has maxLength 100, and JSON Schema lengths count characters, not bytes.
TEST_F(BadInputApi, SearchLengthLimitCountsCharactersOnEveryList) {
    ApiResponse chinese = head_->Get("/api/v1/staff?q=" + UrlEncode(Repeat("张", 100)));
    EXPECT_EQ(chinese.status, 200) << "100 characters (300 bytes): " << chinese.Describe();
    ExpectRefused(head_->Get("/api/v1/staff?q=" + UrlEncode(Repeat("张", 101))),
                  400,
                  "q",
                  "too_long",
                  "101 characters");
    env_->test_app.CreateUser("admin", {Role::kAdmin});
    ApiClient admin = env_->LoginAs("admin");
    ExpectRefused(admin.Get("/api/v1/users?q=" + std::string(101, 'a')),
                  400,
                  "q",
                  "too_long",
                  "GET /users with 101 characters");
}

// openapi.yaml: LoginRequest.password has maxLength 256 characters; a long Chinese passphrase
// within that limit is a wrong password (401), not malformed input (400).
TEST_F(BadInputApi, PasswordLengthLimitCountsCharacters) {
    ApiClient client = env_->Anonymous();
    ApiResponse response = client.Login("head", Repeat("密", 200));
    EXPECT_EQ(response.status, 401) << "200 characters (600 bytes): " << response.Describe();
    ApiResponse too_long = client.Login("head", Repeat("密", 257));
    EXPECT_EQ(too_long.status, 400) << too_long.Describe();
    EXPECT_TRUE(too_long.HasViolation("password", "too_long")) << too_long.Describe();
}

TEST_F(BadInputApi, UnknownApiRoutesGetAJsonNotFound) {
    for (const std::string path :
         {"/api/v1/nothing", "/api/v1/staff/abc", "/api/v2/staff", "/api/v1/staff/1/unknown"}) {
        ApiResponse response = head_->Get(path);
        EXPECT_EQ(response.status, 404) << path << ": " << response.Describe();
        EXPECT_TRUE(response.HasErrorShape()) << path << ": " << response.Describe();
        EXPECT_EQ(response.Code(), "NOT_FOUND") << path;
    }
    ExpectNothingChangedAndStillServing();
}

}  // namespace
}  // namespace kefu::api_tests
