// The audit trail read by people (issue 7) and as sensitive as its data (hardening item 4,
// R-SEC-2/3): names not logins, filters by entity and action, the declared events for the page's
// selects, and a promotion's reason hidden from a reader without HR rights.
#include <gtest/gtest.h>

#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

class AuditApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("leader", {Role::kLeadership});
        env_.test_app.CreateUser("admin", {Role::kAdmin});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        leader_ = std::make_unique<ApiClient>(env_.LoginAs("leader"));
        admin_ = std::make_unique<ApiClient>(env_.LoginAs("admin"));
        ApiResponse intern = head_->Post("/api/v1/staff",
                                         {{"name", "韩雪"},
                                          {"phone", "13905310015"},
                                          {"hireDate", "2026-10-27"},
                                          {"experienceStart", "2026-10-27"},
                                          {"grade", "intern"}});
        if (intern.status != 201) throw std::runtime_error(intern.Describe());
        const std::string path =
            "/api/v1/staff/" + std::to_string(intern.body["id"].get<std::int64_t>());
        ApiResponse promoted = leader_->Post(path + "/promotions",
                                             {{"toGrade", "technician"},
                                              {"override", true},
                                              {"reason", "家庭困难，特批"},
                                              {"version", 1}});
        if (promoted.status != 200) throw std::runtime_error(promoted.Describe());
    }

    static int Count(const ApiResponse& page, const std::string& action) {
        int n = 0;
        for (const json& e : page.body["items"]) n += e["action"] == action ? 1 : 0;
        return n;
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::unique_ptr<ApiClient> leader_;
    std::unique_ptr<ApiClient> admin_;
};

TEST_F(AuditApi, APromotionsReasonIsHrDataAndHiddenFromTheAdministrator) {
    // The administrator gets 403 on the grade history itself...
    ApiResponse staff_page = head_->Get("/api/v1/staff?q=韩雪");
    const std::string id = std::to_string(staff_page.body["items"][0]["id"].get<std::int64_t>());
    EXPECT_EQ(admin_->Get("/api/v1/staff/" + id + "/grade-changes").status, 403);
    // ...so the audit trail does not show it the same reason.
    ApiResponse admin_view = admin_->Get("/api/v1/audit?entity=staff&pageSize=50");
    ASSERT_EQ(admin_view.status, 200) << admin_view.Describe();
    EXPECT_EQ(Count(admin_view, "promote"), 0) << admin_view.raw;
    EXPECT_EQ(Count(admin_view, "create"), 1) << "the rest of the staff trail stays visible";
    EXPECT_EQ(admin_view.raw.find("家庭困难"), std::string::npos);
    EXPECT_EQ(admin_view.body["total"], 1) << "the count obeys the same rule";

    ApiResponse leader_view = leader_->Get("/api/v1/audit?entity=staff&pageSize=50");
    ASSERT_EQ(leader_view.status, 200);
    EXPECT_EQ(Count(leader_view, "promote"), 1) << leader_view.raw;
    EXPECT_EQ(leader_view.body["total"], 2);
}

TEST_F(AuditApi, EntriesCarryNamesAndFilterByAction) {
    ApiResponse promotions = leader_->Get("/api/v1/audit?entity=staff&action=promote");
    ASSERT_EQ(promotions.status, 200) << promotions.Describe();
    ASSERT_EQ(promotions.body["total"], 1);
    const json& entry = promotions.body["items"][0];
    EXPECT_EQ(entry["username"], "leader");
    EXPECT_EQ(entry["displayName"], "leader");

    ApiResponse events = admin_->Get("/api/v1/audit/events");
    ASSERT_EQ(events.status, 200) << events.Describe();
    bool leave = false;
    for (const json& e : events.body) leave |= e["entity"] == "staff" && e["action"] == "leave";
    EXPECT_TRUE(leave) << events.raw;
}

}  // namespace
}  // namespace kefu::api_tests
