// Dealers' contacts over HTTP (issue 9, R-JOB-3, R-SEC-2): the head keeps the people to call at
// each dealer (who orders, who receives goods, who pays); the list is replaced as a whole with
// the version last read; a dealer's account reads its own dealer only.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

class DealerContactsApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_ = std::make_unique<ApiEnv>();
        env_->test_app.CreateUser("head", {Role::kHead});
        env_->test_app.CreateUser("dealer_a", {Role::kDealer});
        env_->test_app.CreateUser("dealer_b", {Role::kDealer});
        head_ = std::make_unique<ApiClient>(env_->LoginAs("head"));
        ApiResponse dealers = head_->Get("/api/v1/dealers?pageSize=200");
        if (dealers.status != 200) throw std::runtime_error(dealers.Describe());
        for (const json& d : dealers.body["items"]) {
            if (d["name"] == "经销商 dealer_a") a_id_ = d["id"].get<std::int64_t>();
            if (d["name"] == "经销商 dealer_b") b_id_ = d["id"].get<std::int64_t>();
        }
    }

    std::string ContactsPath(std::int64_t id) const {
        return "/api/v1/dealers/" + std::to_string(id) + "/contacts";
    }

    std::unique_ptr<ApiEnv> env_;
    std::unique_ptr<ApiClient> head_;
    std::int64_t a_id_ = 0;
    std::int64_t b_id_ = 0;
};

// R-JOB-3: the head lists the people to call; an edit keeps ids, adds and removes.
TEST_F(DealerContactsApi, TheHeadKeepsADealersContactsById) {
    ApiResponse none = head_->Get(ContactsPath(a_id_));
    ASSERT_EQ(none.status, 200) << none.Describe();
    EXPECT_EQ(none.body, (json{{"dealerId", a_id_}, {"contacts", json::array()}, {"version", 1}}));

    ApiResponse set = head_->Put(
        ContactsPath(a_id_),
        {{"contacts",
          json::array({{{"name", "孔祥东"}, {"phone", "13705310101"}, {"title", "销售经理"}},
                       {{"name", "王师傅"}, {"phone", "15905310103"}, {"title", "仓库收货"}}})},
         {"version", 1}});
    ASSERT_EQ(set.status, 200) << set.Describe();
    EXPECT_EQ(set.body["version"], 2);
    ASSERT_EQ(set.body["contacts"].size(), 2u);
    const json kong = set.body["contacts"][0];
    EXPECT_EQ(kong["name"], "孔祥东");

    json kept = kong;
    kept["title"] = "总经理";
    ApiResponse edited = head_->Put(
        ContactsPath(a_id_),
        {{"contacts", json::array({{{"name", "刘春燕"}, {"phone", "13805310102"}}, kept})},
         {"version", 2}});
    ASSERT_EQ(edited.status, 200) << edited.Describe();
    ASSERT_EQ(edited.body["contacts"].size(), 2u);
    EXPECT_EQ(edited.body["contacts"][0]["name"], "刘春燕");
    EXPECT_EQ(edited.body["contacts"][1]["id"], kong["id"]);
    EXPECT_EQ(edited.body["contacts"][1]["title"], "总经理");

    ApiResponse dealer = head_->Get("/api/v1/dealers/" + std::to_string(a_id_));
    ASSERT_EQ(dealer.status, 200) << dealer.Describe();
    EXPECT_EQ(dealer.body["contacts"], edited.body["contacts"]);
    EXPECT_EQ(dealer.body["version"], 3);
    ApiResponse audit = head_->Get("/api/v1/audit?entity=dealer&action=update");
    ASSERT_EQ(audit.status, 200) << audit.Describe();
    EXPECT_EQ(audit.body["total"], 2);
}

// Bad input and stale versions: every violation with its path, nothing stored.
TEST_F(DealerContactsApi, BadContactListsAndStaleVersionsChangeNothing) {
    ApiResponse set =
        head_->Put(ContactsPath(b_id_),
                   {{"contacts", json::array({{{"name", "隋海涛"}, {"phone", "13705320201"}}})},
                    {"version", 1}});
    ASSERT_EQ(set.status, 200) << set.Describe();
    const RowContents before = SnapshotRows(*env_->test_app.app);

    ApiResponse refused = head_->Put(
        ContactsPath(a_id_),
        {{"contacts",
          json::array({{{"name", ""}, {"phone", "13705310101"}},
                       {{"name", "重复"}, {"phone", "13705310101"}},
                       {{"name", "坏号"}, {"phone", "12"}, {"title", std::string(31, 'x')}}})},
         {"version", 1}});
    ASSERT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("contacts[0].name", "required")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("contacts[1].phone", "duplicate")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("contacts[2].phone", "invalid_phone")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("contacts[2].title", "too_long")) << refused.Describe();

    // Another dealer's contact cannot be moved over by its id.
    ApiResponse foreign =
        head_->Put(ContactsPath(a_id_),
                   {{"contacts", json::array({set.body["contacts"][0]})}, {"version", 1}});
    EXPECT_EQ(foreign.status, 400) << foreign.Describe();
    EXPECT_TRUE(foreign.HasViolation("contacts[0].id", "invalid_value")) << foreign.Describe();
    ApiResponse stale =
        head_->Put(ContactsPath(b_id_), {{"contacts", json::array()}, {"version", 1}});
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    EXPECT_EQ(stale.Code(), "ABORTED");
    ApiResponse missing =
        head_->Put(ContactsPath(999999), {{"contacts", json::array()}, {"version", 1}});
    EXPECT_EQ(missing.status, 404) << missing.Describe();
    ApiResponse no_version = head_->Put(ContactsPath(a_id_), {{"contacts", json::array()}});
    EXPECT_EQ(no_version.status, 400) << no_version.Describe();
    EXPECT_TRUE(no_version.HasViolation("version", "required")) << no_version.Describe();
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

// R-SEC-2: a dealer reads its own contacts; another dealer's answers as a missing one; it
// cannot edit them (dealer.write is the head's).
TEST_F(DealerContactsApi, ADealerReadsOnlyItsOwnDealer) {
    ApiClient dealer_a = env_->LoginAs("dealer_a");
    EXPECT_EQ(dealer_a.Get(ContactsPath(a_id_)).status, 200);
    EXPECT_EQ(dealer_a.Get("/api/v1/dealers/" + std::to_string(a_id_)).status, 200);
    EXPECT_EQ(dealer_a.Get(ContactsPath(b_id_)).status, 404);
    EXPECT_EQ(dealer_a.Get("/api/v1/dealers/" + std::to_string(b_id_)).status, 404);
    EXPECT_EQ(
        dealer_a.Put(ContactsPath(a_id_), {{"contacts", json::array()}, {"version", 1}}).status,
        403);
}

}  // namespace
}  // namespace kefu::api_tests
