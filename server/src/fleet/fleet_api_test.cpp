// Vehicles over HTTP (R-DSP-1, R-DSP-2): the head keeps the fleet with each vehicle's capacity,
// status (in service, in maintenance, retired) and usual driver; plates are stored in one form.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

json Van(const std::string& plate = "鲁a 3k721") {
    return {{"plate", plate},
            {"model", "江铃特顺 厢式运输车"},
            {"volumeL", 10000},
            {"payloadKg", 1500},
            {"seats", 3},
            {"status", "in_service"}};
}

class FleetApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_ = std::make_unique<ApiEnv>();
        env_->test_app.CreateUser("head", {Role::kHead});
        env_->test_app.CreateUser("warehouse", {Role::kWarehouse});
        head_ = std::make_unique<ApiClient>(env_->LoginAs("head"));
    }

    /// A staff member added through the API; `roles` beside the intern grade.
    json AddStaff(const std::string& name, const std::string& phone, const json& roles) {
        ApiResponse created = head_->Post("/api/v1/staff",
                                          {{"name", name},
                                           {"phone", phone},
                                           {"hireDate", "2026-01-05"},
                                           {"experienceStart", "2026-01-05"},
                                           {"grade", "intern"},
                                           {"roles", roles}});
        if (created.status != 201) throw std::runtime_error(created.Describe());
        return created.body;
    }

    json Add(const json& body) {
        ApiResponse created = head_->Post("/api/v1/vehicles", body);
        if (created.status != 201) throw std::runtime_error(created.Describe());
        return created.body;
    }

    static std::string PathOf(const json& vehicle) {
        return "/api/v1/vehicles/" + std::to_string(vehicle["id"].get<std::int64_t>());
    }

    static json UpdateOf(const json& vehicle, const json& changes) {
        json body = vehicle;
        body.erase("id");
        body.erase("driverName");  // read-only: the name of driverStaffId
        body.merge_patch(changes);
        return body;
    }

    std::unique_ptr<ApiEnv> env_;
    std::unique_ptr<ApiClient> head_;
};

// R-DSP-1: a vehicle with capacity, status and usual driver; the plate in its canonical form.
TEST_F(FleetApi, TheHeadAddsAVehicleWithItsDriverAndTheWarehouseSeesIt) {
    const json driver = AddStaff("马成", "13905310020", json::array({"driver"}));
    json body = Van();
    body["driverStaffId"] = driver["id"];
    const json van = Add(body);
    EXPECT_EQ(van["plate"], "鲁A·3K721");
    EXPECT_EQ(van["volumeL"], 10000);
    EXPECT_EQ(van["payloadKg"], 1500);
    EXPECT_EQ(van["seats"], 3);
    EXPECT_EQ(van["status"], "in_service");
    EXPECT_EQ(van["driverStaffId"], driver["id"]);
    EXPECT_EQ(van["driverName"], "马成");
    EXPECT_EQ(van["version"], 1);
    Add(Van("鲁A·5N809"));

    ApiClient warehouse = env_->LoginAs("warehouse");
    ApiResponse all = warehouse.Get("/api/v1/vehicles");
    ASSERT_EQ(all.status, 200) << all.Describe();
    EXPECT_EQ(all.body["total"], 2);
    ApiResponse found = warehouse.Get("/api/v1/vehicles?q=3K7");
    ASSERT_EQ(found.body["total"], 1) << found.raw;
    EXPECT_EQ(found.body["items"][0], van);
    EXPECT_EQ(warehouse.Get(PathOf(van)).body, van);
    EXPECT_EQ(warehouse.Get("/api/v1/vehicles?q=5N809").body["items"][0]["driverName"], nullptr);
    EXPECT_EQ(warehouse.Post("/api/v1/vehicles", Van("鲁A·12345")).status, 403);
}

// R-DSP-2: a vehicle in maintenance is listed by its status; a retired one too.
TEST_F(FleetApi, StatusChangesAreStoredAndFilterTheList) {
    const json van = Add(Van());
    Add(Van("鲁A·5N809"));
    ApiResponse workshop = head_->Put(PathOf(van), UpdateOf(van, {{"status", "maintenance"}}));
    ASSERT_EQ(workshop.status, 200) << workshop.Describe();
    EXPECT_EQ(workshop.body["status"], "maintenance");
    EXPECT_EQ(workshop.body["version"], 2);
    ApiResponse in_maintenance = head_->Get("/api/v1/vehicles?status=maintenance");
    ASSERT_EQ(in_maintenance.status, 200);
    ASSERT_EQ(in_maintenance.body["total"], 1);
    EXPECT_EQ(in_maintenance.body["items"][0]["id"], van["id"]);
    EXPECT_EQ(head_->Get("/api/v1/vehicles?status=in_service").body["total"], 1);
    ApiResponse bad = head_->Get("/api/v1/vehicles?status=flying");
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(bad.HasViolation("status", "invalid_value")) << bad.Describe();

    const RowContents before = SnapshotRows(*env_->test_app.app);
    ApiResponse stale = head_->Put(PathOf(van), UpdateOf(van, {{"status", "retired"}}));
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    EXPECT_EQ(stale.Code(), "ABORTED");
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

// R-DSP-1: one plate, one vehicle, whatever way it is typed; the holder is named.
TEST_F(FleetApi, APlateTypedDifferentlyIsStillADuplicate) {
    Add(Van("鲁A·3K721"));
    const json other = Add(Van("鲁A·5N809"));
    const RowContents before = SnapshotRows(*env_->test_app.app);
    ApiResponse again = head_->Post("/api/v1/vehicles", Van("鲁a-3k721"));
    EXPECT_EQ(again.status, 409) << again.Describe();
    ASSERT_TRUE(again.HasViolation("plate", "duplicate")) << again.Describe();
    EXPECT_EQ(again.body["error"]["violations"][0]["detail"], "鲁A·3K721");
    ApiResponse renamed = head_->Put(PathOf(other), UpdateOf(other, {{"plate", "鲁A3K721"}}));
    EXPECT_EQ(renamed.status, 409) << renamed.Describe();
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

// Bad input: every violation at once, the driver checked against the staff records, and
// nothing stored.
TEST_F(FleetApi, BadVehiclesAreRefusedWithEveryFieldAndNothingIsStored) {
    const json not_a_driver = AddStaff("赵磊", "13905310030", json::array());
    const json left = AddStaff("钱多", "13905310031", json::array({"driver"}));
    ASSERT_EQ(head_->Delete("/api/v1/staff/" + left["id"].dump() + "?version=1").status, 200);
    const RowContents before = SnapshotRows(*env_->test_app.app);

    json body = Van("沪");
    body["model"] = "";
    body["volumeL"] = 0;
    body["payloadKg"] = 50001;
    body["seats"] = 10;
    body["status"] = "parked";
    ApiResponse refused = head_->Post("/api/v1/vehicles", body);
    ASSERT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("plate", "invalid_value")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("model", "required")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("volumeL", "out_of_range")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("payloadKg", "out_of_range")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("seats", "out_of_range")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("status", "invalid_value")) << refused.Describe();

    for (const auto& [driver, reason] : {std::pair{not_a_driver["id"], "not_driver"},
                                         std::pair{left["id"], "staff_left"},
                                         std::pair{json(999999), "invalid_value"}}) {
        json with_driver = Van();
        with_driver["driverStaffId"] = driver;
        ApiResponse response = head_->Post("/api/v1/vehicles", with_driver);
        EXPECT_EQ(response.status, 400) << reason << ": " << response.Describe();
        EXPECT_TRUE(response.HasViolation("driverStaffId", reason)) << response.Describe();
    }
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

}  // namespace
}  // namespace kefu::api_tests
