// The approval inbox on a promotion against the rule (R-ORG-2): the head asks, leadership
// approves (the promotion happens in the same transaction, recorded as an override) or rejects
// with a reason; a request is decided once; an out-of-date request cannot be approved.
#include <gtest/gtest.h>

#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

class ApprovalsApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("leader", {Role::kLeadership});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        leader_ = std::make_unique<ApiClient>(env_.LoginAs("leader"));
        // An intern with one month of experience (the clock says 2026-11-27).
        ApiResponse intern = head_->Post("/api/v1/staff",
                                         {{"name", "韩雪"},
                                          {"phone", "13905310015"},
                                          {"hireDate", "2026-10-27"},
                                          {"experienceStart", "2026-10-27"},
                                          {"grade", "intern"}});
        if (intern.status != 201) throw std::runtime_error(intern.Describe());
        staff_path_ = "/api/v1/staff/" + std::to_string(intern.body["id"].get<std::int64_t>());
    }

    ApiResponse Ask(const std::string& reason = "现场表现突出，客户点名表扬") {
        ApiResponse staff = head_->Get(staff_path_);
        return head_->Post(
            staff_path_ + "/promotion-requests",
            {{"toGrade", "technician"}, {"reason", reason}, {"version", staff.body["version"]}});
    }

    ApiResponse Decide(std::int64_t id, bool approve, const std::string& reason, int version) {
        return leader_->Post("/api/v1/approvals/" + std::to_string(id) + "/decision",
                             {{"approve", approve}, {"reason", reason}, {"version", version}});
    }

    std::int64_t HomeCount(ApiClient& client, const std::string& key) {
        ApiResponse home = client.Get("/api/v1/home");
        for (const json& item : home.body["items"]) {
            if (item["key"] == key) return item["count"].get<std::int64_t>();
        }
        return -1;
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::unique_ptr<ApiClient> leader_;
    std::string staff_path_;
};

TEST_F(ApprovalsApi, TheHeadAsksOnceAndLeadershipSeesItInTheInbox) {
    ApiResponse asked = Ask();
    ASSERT_EQ(asked.status, 201) << asked.Describe();
    EXPECT_EQ(asked.body["status"], "pending");
    EXPECT_EQ(asked.body["kind"], "promotion_override");
    EXPECT_EQ(asked.body["requestedBy"], "head");
    EXPECT_NE(asked.body["summary"].get<std::string>().find("韩雪"), std::string::npos);

    ApiResponse again = Ask();
    EXPECT_EQ(again.status, 409) << again.Describe();
    EXPECT_TRUE(again.HasViolation("reason", "pending"));
    EXPECT_TRUE(Ask("").HasViolation("reason", "required"));

    ApiResponse inbox = leader_->Get("/api/v1/approvals?status=pending");
    ASSERT_EQ(inbox.status, 200) << inbox.Describe();
    EXPECT_EQ(inbox.body["total"], 1);
    EXPECT_EQ(HomeCount(*leader_, "approvalsPending"), 1);
    EXPECT_EQ(HomeCount(*head_, "approvalsPending"), -1) << "the head does not decide";
}

TEST_F(ApprovalsApi, ARejectionNeedsAReasonAndChangesNothingElse) {
    ApiResponse asked = Ask();
    ASSERT_EQ(asked.status, 201);
    const std::int64_t id = asked.body["id"].get<std::int64_t>();
    ApiResponse no_reason = Decide(id, false, "", 1);
    EXPECT_TRUE(no_reason.HasViolation("reason", "required")) << no_reason.Describe();
    EXPECT_EQ(head_
                  ->Post("/api/v1/approvals/" + std::to_string(id) + "/decision",
                         {{"approve", true}, {"version", 1}})
                  .status,
              403)
        << "only leadership decides";

    ApiResponse rejected = Decide(id, false, "实习期未满，按制度执行", 1);
    ASSERT_EQ(rejected.status, 200) << rejected.Describe();
    EXPECT_EQ(rejected.body["status"], "rejected");
    EXPECT_EQ(rejected.body["decidedBy"], "leader");
    EXPECT_EQ(rejected.body["decisionReason"], "实习期未满，按制度执行");
    EXPECT_EQ(head_->Get(staff_path_).body["grade"], "intern");
    ApiResponse twice = Decide(id, true, "", 2);
    EXPECT_EQ(twice.status, 400) << twice.Describe();
    EXPECT_TRUE(twice.HasViolation("status", "decided"));
    EXPECT_EQ(HomeCount(*leader_, "approvalsPending"), 0);
}

TEST_F(ApprovalsApi, ApprovingPromotesInTheSameTransactionAsAnOverride) {
    ApiResponse asked = Ask();
    ASSERT_EQ(asked.status, 201);
    const std::int64_t id = asked.body["id"].get<std::int64_t>();
    EXPECT_EQ(Decide(id, true, "", 7).status, 409) << "a stale version";

    ApiResponse approved = Decide(id, true, "同意破格", 1);
    ASSERT_EQ(approved.status, 200) << approved.Describe();
    EXPECT_EQ(approved.body["status"], "approved");
    EXPECT_EQ(head_->Get(staff_path_).body["grade"], "technician");
    ApiResponse history = head_->Get(staff_path_ + "/grade-changes");
    ASSERT_EQ(history.status, 200) << history.Describe();
    ASSERT_EQ(history.body.size(), 1u);
    EXPECT_EQ(history.body[0]["kind"], "override");
    EXPECT_EQ(history.body[0]["changedBy"], "leader");
    EXPECT_EQ(history.body[0]["reason"], "现场表现突出，客户点名表扬; 同意破格");
}

TEST_F(ApprovalsApi, AnOutOfDateRequestCannotBeApprovedAndStaysPending) {
    ApiResponse asked = Ask();
    ASSERT_EQ(asked.status, 201);
    const std::int64_t id = asked.body["id"].get<std::int64_t>();
    ApiResponse staff = head_->Get(staff_path_);
    ASSERT_EQ(head_
                  ->Post(staff_path_ + "/internship-end",
                         {{"reason", "提前转正"}, {"version", staff.body["version"]}})
                  .status,
              200);
    const RowCounts before = CountRows(*env_.test_app.app);
    ApiResponse late = Decide(id, true, "", 1);
    EXPECT_EQ(late.status, 400) << late.Describe();
    EXPECT_TRUE(late.HasViolation("grade", "changed"));
    EXPECT_EQ(CountRows(*env_.test_app.app), before);
    EXPECT_EQ(leader_->Get("/api/v1/approvals/" + std::to_string(id)).body["status"], "pending");
}

TEST_F(ApprovalsApi, ARequestIsOnlyForSomeoneWhoDoesNotMeetTheRule) {
    ApiResponse seasoned = head_->Post("/api/v1/staff",
                                       {{"name", "赵磊"},
                                        {"phone", "13905310006"},
                                        {"hireDate", "2025-01-02"},
                                        {"experienceStart", "2025-01-02"},
                                        {"grade", "technician"}});
    ASSERT_EQ(seasoned.status, 201);
    ApiResponse asked =
        head_->Post("/api/v1/staff/" + std::to_string(seasoned.body["id"].get<std::int64_t>()) +
                        "/promotion-requests",
                    {{"toGrade", "supervisor"}, {"reason", "x"}, {"version", 1}});
    EXPECT_EQ(asked.status, 400) << asked.Describe();
    EXPECT_TRUE(asked.HasViolation("toGrade", "eligible"));
    ApiResponse skipping =
        head_->Post(staff_path_ + "/promotion-requests",
                    {{"toGrade", "supervisor"}, {"reason", "x"}, {"version", 1}});
    EXPECT_TRUE(skipping.HasViolation("toGrade", "not_next_grade")) << skipping.Describe();
}

}  // namespace
}  // namespace kefu::api_tests
