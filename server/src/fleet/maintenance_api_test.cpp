// Vehicle maintenance over HTTP, on the engine under test (R-VEH-2): a record moves the vehicle's
// due item of its kind; the reminders list overdue (by date, by km) and due-soon items and leave
// out those not due; the head writes and the fleet readers read; bad input stores nothing. The
// clock says Friday 2026-11-27 10:00 China; soon = 30 days / 1000 km (migration 0013).
#include <gtest/gtest.h>

#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

std::int64_t IdOf(const ApiResponse& r) { return r.body["id"].get<std::int64_t>(); }

class MaintenanceApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("warehouse", {Role::kWarehouse});
        env_.test_app.CreateUser("tech", {Role::kTechnician});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        driver_ = IdOf(Must(head_->Post("/api/v1/staff",
                                        {{"name", "马成"},
                                         {"phone", "13905310020"},
                                         {"hireDate", "2020-03-01"},
                                         {"experienceStart", "2020-03-01"},
                                         {"grade", "none"},
                                         {"roles", {"driver"}}}),
                            201));
        van_ = Vehicle("鲁A12345");
        truck_ = Vehicle("鲁A67890");
        // The van has driven to 20,352 km.
        Must(head_->Post("/api/v1/trip-logs",
                         {{"vehicleId", van_},
                          {"driverStaffId", driver_},
                          {"departedAt", "2026-11-27T07:30:00+08:00"},
                          {"returnedAt", "2026-11-27T09:00:00+08:00"},
                          {"odometerOutKm", 20'310},
                          {"odometerInKm", 20'352},
                          {"destinations", "舜华路"}}),
             201);
    }

    static ApiResponse Must(ApiResponse r, int status) {
        if (r.status != status) throw std::runtime_error(r.Describe());
        return r;
    }

    std::int64_t Vehicle(const std::string& plate) {
        return IdOf(Must(head_->Post("/api/v1/vehicles",
                                     {{"plate", plate},
                                      {"model", "江铃顺达"},
                                      {"volumeL", 10000},
                                      {"payloadKg", 1500},
                                      {"seats", 3},
                                      {"status", "in_service"}}),
                         201));
    }

    static std::string Path(std::int64_t vehicle) {
        return "/api/v1/vehicles/" + std::to_string(vehicle) + "/maintenance";
    }

    static json Record(const std::string& kind, const std::string& done_on, std::int64_t km) {
        return {{"kind", kind},
                {"doneOn", done_on},
                {"odometerKm", km},
                {"cost", "680.50"},
                {"notes", "更换机油机滤"}};
    }

    // The reminder of this vehicle and kind, or null.
    static json Find(const json& items, std::int64_t vehicle, const std::string& kind) {
        for (const json& i : items) {
            if (i["vehicleId"] == vehicle && i["kind"] == kind) return i;
        }
        return nullptr;
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::int64_t driver_ = 0, van_ = 0, truck_ = 0;
};

// R-VEH-2: a record with a next due sets the vehicle's due item of its kind, and a later record
// moves it; the vehicle's page shows the records newest first.
TEST_F(MaintenanceApi, ARecordMovesTheDueItemOfItsKind) {
    json first = Record("service", "2026-06-01", 15'000);
    first["nextDueOn"] = "2026-12-01";
    first["nextDueKm"] = 20'000;
    ApiResponse created = head_->Post(Path(van_), first);
    ASSERT_EQ(created.status, 201) << created.Describe();
    EXPECT_EQ(created.body["cost"], "680.50");
    EXPECT_EQ(created.body["createdByName"], "head");

    ApiResponse before = head_->Get(Path(van_));
    ASSERT_EQ(before.status, 200) << before.Describe();
    ASSERT_EQ(before.body["dueItems"].size(), 1u) << before.raw;
    EXPECT_EQ(before.body["dueItems"][0]["dueOn"], "2026-12-01");
    EXPECT_EQ(before.body["dueItems"][0]["currentKm"], 20'352);
    EXPECT_EQ(before.body["dueItems"][0]["status"], "overdue");  // 352 km past

    json second = Record("service", "2026-11-26", 20'300);
    second["nextDueOn"] = "2027-05-26";
    second["nextDueKm"] = 25'300;
    ASSERT_EQ(head_->Post(Path(van_), second).status, 201);
    ApiResponse after = head_->Get(Path(van_));
    ASSERT_EQ(after.body["dueItems"].size(), 1u) << after.raw;
    EXPECT_EQ(after.body["dueItems"][0]["dueOn"], "2027-05-26");
    EXPECT_EQ(after.body["dueItems"][0]["dueKm"], 25'300);
    EXPECT_EQ(after.body["dueItems"][0]["status"], "not_due");
    ASSERT_EQ(after.body["records"].size(), 2u);
    EXPECT_EQ(after.body["records"][0]["doneOn"], "2026-11-26");

    // A record without a next due leaves the item where it is.
    ASSERT_EQ(head_->Post(Path(van_), Record("service", "2026-11-27", 20'352)).status, 201);
    EXPECT_EQ(head_->Get(Path(van_)).body["dueItems"][0]["dueOn"], "2027-05-26");
}

// R-VEH-2: the reminders: overdue by date, overdue by km, due soon by date and by km; an item not
// due is left out. The fleet readers see them; a technician does not.
TEST_F(MaintenanceApi, RemindersListOverdueAndDueSoon) {
    json by_date = Record("annual_inspection", "2025-11-20", 5'000);
    by_date["nextDueOn"] = "2026-11-20";  // a week ago
    Must(head_->Post(Path(truck_), by_date), 201);
    json by_km = Record("service", "2026-10-01", 15'000);
    by_km["nextDueKm"] = 20'000;  // the van is at 20,352
    Must(head_->Post(Path(van_), by_km), 201);
    json soon = Record("insurance", "2025-12-20", 4'000);
    soon["nextDueOn"] = "2026-12-20";  // in 23 days
    Must(head_->Post(Path(truck_), soon), 201);
    json soon_km = Record("annual_inspection", "2026-01-01", 10'000);
    soon_km["nextDueKm"] = 21'000;  // 648 km to go
    Must(head_->Post(Path(van_), soon_km), 201);
    json later = Record("insurance", "2026-11-01", 19'000);
    later["nextDueOn"] = "2027-11-01";
    later["nextDueKm"] = 60'000;
    Must(head_->Post(Path(van_), later), 201);

    ApiClient warehouse = env_.LoginAs("warehouse");
    ApiResponse list = warehouse.Get("/api/v1/maintenance-reminders");
    ASSERT_EQ(list.status, 200) << list.Describe();
    const json& items = list.body["items"];
    ASSERT_EQ(items.size(), 4u) << list.raw;
    EXPECT_EQ(Find(items, truck_, "annual_inspection")["status"], "overdue");
    EXPECT_EQ(Find(items, truck_, "annual_inspection")["currentKm"], nullptr);  // no trips
    EXPECT_EQ(Find(items, van_, "service")["status"], "overdue");
    EXPECT_EQ(Find(items, van_, "service")["currentKm"], 20'352);
    EXPECT_EQ(Find(items, truck_, "insurance")["status"], "due_soon");
    EXPECT_EQ(Find(items, van_, "annual_inspection")["status"], "due_soon");
    EXPECT_EQ(Find(items, van_, "insurance"), nullptr);
    EXPECT_EQ(items[0]["status"], "overdue");  // overdue first
    EXPECT_EQ(items[1]["status"], "overdue");

    ApiClient tech = env_.LoginAs("tech");
    EXPECT_EQ(tech.Get("/api/v1/maintenance-reminders").status, 403);
    EXPECT_EQ(tech.Get(Path(van_)).status, 403);
    EXPECT_EQ(warehouse.Post(Path(van_), by_km).status, 403);
    EXPECT_EQ(head_->Get(Path(999999)).status, 404);
}

// R-VEH-2: bad input names the fields and stores nothing.
TEST_F(MaintenanceApi, BadInputNamesTheFieldsAndStoresNothing) {
    const RowContents before = SnapshotRows(*env_.test_app.app);

    json negative = Record("service", "2026-11-20", 20'000);
    negative["cost"] = "-1";
    ApiResponse r1 = head_->Post(Path(van_), negative);
    EXPECT_EQ(r1.status, 400) << r1.Describe();
    EXPECT_TRUE(r1.HasViolation("cost", "must_not_be_negative") ||
                r1.HasViolation("cost", "invalid_money"))
        << r1.Describe();

    json fraction = Record("service", "2026-11-20", 20'000);
    fraction["cost"] = "10.005";
    ApiResponse r2 = head_->Post(Path(van_), fraction);
    EXPECT_EQ(r2.status, 400);
    EXPECT_TRUE(r2.HasViolation("cost", "fraction_of_fen")) << r2.Describe();

    json no_kind = Record("service", "2026-11-20", 20'000);
    no_kind.erase("kind");
    ApiResponse r3 = head_->Post(Path(van_), no_kind);
    EXPECT_EQ(r3.status, 400);
    EXPECT_TRUE(r3.HasViolation("kind", "required")) << r3.Describe();

    json behind = Record("service", "2026-11-20", 20'000);
    behind["nextDueOn"] = "2026-11-20";
    behind["nextDueKm"] = 19'000;
    behind["doneOn"] = "2026-11-28";
    ApiResponse r4 = head_->Post(Path(van_), behind);
    EXPECT_EQ(r4.status, 400);
    EXPECT_TRUE(r4.HasViolation("doneOn", "in_future")) << r4.Describe();
    EXPECT_TRUE(r4.HasViolation("nextDueKm", "not_after_done")) << r4.Describe();

    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);
}

}  // namespace
}  // namespace kefu::api_tests
