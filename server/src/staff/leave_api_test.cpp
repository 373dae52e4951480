// Leave records over HTTP (R-DSP-1, R-DSP-2): the head records who is away on which days (both
// ends inclusive); overlapping leave of one person is refused; whoever assigns crews sees who is
// away between two days. The TestApp clock reads 2026-11-27.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

class LeaveApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_ = std::make_unique<ApiEnv>();
        env_->test_app.CreateUser("head", {Role::kHead});
        env_->test_app.CreateUser("supervisor", {Role::kSupervisor});
        head_ = std::make_unique<ApiClient>(env_->LoginAs("head"));
        zhao_ = AddStaff("赵磊", "13905310030");
        qian_ = AddStaff("钱进", "13905310031");
    }

    json AddStaff(const std::string& name, const std::string& phone) {
        ApiResponse created = head_->Post("/api/v1/staff",
                                          {{"name", name},
                                           {"phone", phone},
                                           {"hireDate", "2026-01-05"},
                                           {"experienceStart", "2026-01-05"},
                                           {"grade", "intern"}});
        if (created.status != 201) throw std::runtime_error(created.Describe());
        return created.body;
    }

    static std::string LeavePath(const json& member) {
        return "/api/v1/staff/" + member["id"].dump() + "/leave";
    }

    json Record(const json& member, const std::string& from, const std::string& to) {
        ApiResponse created = head_->Post(
            LeavePath(member), {{"from", from}, {"to", to}, {"kind", "annual"}, {"note", "年假"}});
        if (created.status != 201) throw std::runtime_error(created.Describe());
        return created.body;
    }

    std::unique_ptr<ApiEnv> env_;
    std::unique_ptr<ApiClient> head_;
    json zhao_;
    json qian_;
};

// R-DSP-2: leave from and to, both days included; listed for the person, latest first.
TEST_F(LeaveApi, TheHeadRecordsLeaveAndTheSupervisorSeesWhoIsAway) {
    const json first = Record(zhao_, "2026-11-20", "2026-11-21");
    EXPECT_EQ(first["staffId"], zhao_["id"]);
    EXPECT_EQ(first["staffName"], "赵磊");
    EXPECT_EQ(first["from"], "2026-11-20");
    EXPECT_EQ(first["to"], "2026-11-21");
    EXPECT_EQ(first["kind"], "annual");
    EXPECT_EQ(first["note"], "年假");
    const json second = Record(zhao_, "2026-11-27", "2026-11-30");
    Record(qian_, "2026-12-01", "2026-12-01");

    ApiClient supervisor = env_->LoginAs("supervisor");
    ApiResponse own = supervisor.Get(LeavePath(zhao_));
    ASSERT_EQ(own.status, 200) << own.Describe();
    ASSERT_EQ(own.body["items"].size(), 2u);
    EXPECT_EQ(own.body["items"][0], second);
    EXPECT_EQ(own.body["items"][1], first);

    ApiResponse today = supervisor.Get("/api/v1/leave");
    ASSERT_EQ(today.status, 200) << today.Describe();
    ASSERT_EQ(today.body["items"].size(), 1u) << today.raw;
    EXPECT_EQ(today.body["items"][0]["id"], second["id"]);
    // The last day of a period counts; the day after does not.
    EXPECT_EQ(supervisor.Get("/api/v1/leave?from=2026-11-30").body["items"].size(), 1u);
    EXPECT_EQ(supervisor.Get("/api/v1/leave?from=2026-11-22&to=2026-11-26").body["items"].size(),
              0u);
    EXPECT_EQ(supervisor.Get("/api/v1/leave?from=2026-11-21&to=2026-12-01").body["items"].size(),
              3u);
    EXPECT_EQ(supervisor
                  .Post(LeavePath(qian_),
                        {{"from", "2026-12-10"}, {"to", "2026-12-10"}, {"kind", "sick"}})
                  .status,
              403);
}

// R-DSP-2: one person cannot be on leave twice on a day; sharing only the end day overlaps.
TEST_F(LeaveApi, OverlappingLeaveIsRefusedAndNamesTheClash) {
    Record(zhao_, "2026-11-27", "2026-11-30");
    const RowContents before = SnapshotRows(*env_->test_app.app);
    ApiResponse clash = head_->Post(
        LeavePath(zhao_), {{"from", "2026-11-30"}, {"to", "2026-12-02"}, {"kind", "sick"}});
    EXPECT_EQ(clash.status, 400) << clash.Describe();
    EXPECT_EQ(clash.Code(), "FAILED_PRECONDITION");
    ASSERT_TRUE(clash.HasViolation("from", "overlaps_leave")) << clash.Describe();
    EXPECT_EQ(clash.body["error"]["violations"][0]["detail"], "2026-11-27–2026-11-30");
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
    // The day after is free, and another person's leave on the same days is no clash.
    Record(zhao_, "2026-12-01", "2026-12-02");
    Record(qian_, "2026-11-27", "2026-11-30");
}

// Bad input: both dates, the order and the length are checked, every violation at once.
TEST_F(LeaveApi, BadPeriodsAreRefusedWithTheirFields) {
    const RowContents before = SnapshotRows(*env_->test_app.app);
    ApiResponse backwards = head_->Post(
        LeavePath(zhao_), {{"from", "2026-11-30"}, {"to", "2026-11-29"}, {"kind", "annual"}});
    EXPECT_EQ(backwards.status, 400) << backwards.Describe();
    EXPECT_TRUE(backwards.HasViolation("to", "before_from")) << backwards.Describe();
    ApiResponse too_long = head_->Post(
        LeavePath(zhao_), {{"from", "2026-01-01"}, {"to", "2027-01-02"}, {"kind", "other"}});
    EXPECT_EQ(too_long.status, 400) << too_long.Describe();
    EXPECT_TRUE(too_long.HasViolation("to", "out_of_range")) << too_long.Describe();
    ApiResponse malformed =
        head_->Post(LeavePath(zhao_), {{"from", "2026-02-30"}, {"kind", "holiday"}, {"days", 3}});
    EXPECT_EQ(malformed.status, 400) << malformed.Describe();
    EXPECT_TRUE(malformed.HasViolation("from", "invalid_date")) << malformed.Describe();
    EXPECT_TRUE(malformed.HasViolation("to", "required")) << malformed.Describe();
    EXPECT_TRUE(malformed.HasViolation("kind", "invalid_value")) << malformed.Describe();
    EXPECT_TRUE(malformed.HasViolation("days", "unknown_field")) << malformed.Describe();
    ApiResponse nobody =
        head_->Post("/api/v1/staff/999999/leave",
                    {{"from", "2026-11-27"}, {"to", "2026-11-27"}, {"kind", "sick"}});
    EXPECT_EQ(nobody.status, 404) << nobody.Describe();
    ApiResponse bad_query = head_->Get("/api/v1/leave?from=2026-13-01");
    EXPECT_EQ(bad_query.status, 400);
    EXPECT_TRUE(bad_query.HasViolation("from", "invalid_date")) << bad_query.Describe();
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

// R-DSP-2: leave is for current staff; a record can be deleted, only under its own person.
TEST_F(LeaveApi, LeaversGetNoLeaveAndRecordsAreDeletedUnderTheirPerson) {
    const json leave = Record(qian_, "2026-11-20", "2026-11-21");
    ApiResponse wrong_person =
        head_->Delete(LeavePath(zhao_) + "/" + std::to_string(leave["id"].get<std::int64_t>()));
    EXPECT_EQ(wrong_person.status, 404) << wrong_person.Describe();
    ApiResponse deleted =
        head_->Delete(LeavePath(qian_) + "/" + std::to_string(leave["id"].get<std::int64_t>()));
    EXPECT_EQ(deleted.status, 204) << deleted.Describe();
    EXPECT_EQ(head_->Get(LeavePath(qian_)).body["items"].size(), 0u);

    ASSERT_EQ(head_->Delete("/api/v1/staff/" + qian_["id"].dump() + "?version=1").status, 200);
    ApiResponse left = head_->Post(
        LeavePath(qian_), {{"from", "2026-12-01"}, {"to", "2026-12-01"}, {"kind", "other"}});
    EXPECT_EQ(left.status, 400) << left.Describe();
    EXPECT_TRUE(left.HasViolation("status", "staff_left")) << left.Describe();

    ApiResponse audit = head_->Get("/api/v1/audit?entity=leave_record&pageSize=50");
    ASSERT_EQ(audit.status, 200) << audit.Describe();
    EXPECT_EQ(audit.body["total"], 2) << "recorded and deleted";
}

}  // namespace
}  // namespace kefu::api_tests
