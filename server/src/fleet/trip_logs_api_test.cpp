// Trip logs over HTTP, on the engine under test (R-VEH-1): a driver records a trip of his job
// of the day; the checks against the vehicle's other trips (odometer backwards or overlapping,
// times overlapping, a return before the departure); who may record and read; the head's flags
// (a dispatched job with no log by the next morning, an odometer gap); bad input. And the
// violations and damage only the head, finance and leadership see (R-VEH-3). The clock says
// Friday 2026-11-27 20:00 China: the day's trips are over and being logged.
#include <gtest/gtest.h>

#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

constexpr const char* kToday = "2026-11-27";

std::int64_t IdOf(const ApiResponse& r) { return r.body["id"].get<std::int64_t>(); }

class TripLogsApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_.test_app.clock.Set(*ParseDateTime("2026-11-27T20:00:00+08:00"));
        auto loaded = env_.test_app.app->LoadReferenceData();  // divisions, for the sites
        if (!loaded) throw std::runtime_error(loaded.error().message());
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("warehouse", {Role::kWarehouse});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));

        lead_ = Staff("李强", "13905310002", "supervisor");
        tech_ = Staff("王磊", "13905310101", "technician");
        driver_ = Staff("马成", "13905310020", "none", {"driver"});
        other_driver_ = Staff("赵刚", "13905310021", "none", {"driver"});
        env_.test_app.CreateUser("driver", {Role::kDriver}, StaffId(driver_));
        env_.test_app.CreateUser("tech", {Role::kTechnician}, StaffId(tech_));

        const std::int64_t product = IdOf(Must(head_->Post("/api/v1/products",
                                                           {{"model", "BT-1608"},
                                                            {"name", "办公桌"},
                                                            {"series", "博特"},
                                                            {"piecesPerUnit", 3},
                                                            {"volumeL", 400},
                                                            {"weightG", 45000},
                                                            {"installMinutesPerUnit", 30},
                                                            {"installersNeeded", 2}}),
                                               201));
        const std::int64_t customer = IdOf(Must(
            head_->Post("/api/v1/customers", {{"kind", "company"}, {"name", "济南软件园管理中心"}}),
            201));
        const std::int64_t site = IdOf(Must(head_->Post("/api/v1/sites",
                                                        {{"customerId", customer},
                                                         {"divisionCode", "370112"},
                                                         {"street", "舜华路 2000 号"}}),
                                            201));
        van_ = IdOf(Must(head_->Post("/api/v1/vehicles",
                                     {{"plate", "鲁A12345"},
                                      {"model", "江铃顺达"},
                                      {"volumeL", 10000},
                                      {"payloadKg", 1500},
                                      {"seats", 3},
                                      {"status", "in_service"}}),
                         201));
        job_ = IdOf(Must(head_->Post("/api/v1/jobs",
                                     {{"kind", "installation"},
                                      {"customerId", customer},
                                      {"siteId", site},
                                      {"contactName", "王主任"},
                                      {"contactPhone", "13905319999"},
                                      {"requestedDate", kToday},
                                      {"windowStart", "13:00"},
                                      {"windowEnd", "17:00"},
                                      {"items", {{{"productId", product}, {"quantity", 2}}}}}),
                         201));
    }

    static ApiResponse Must(ApiResponse r, int status) {
        if (r.status != status) throw std::runtime_error(r.Describe());
        return r;
    }

    std::int64_t Staff(const std::string& name,
                       const std::string& phone,
                       const std::string& grade,
                       std::vector<std::string> roles = {}) {
        return IdOf(Must(head_->Post("/api/v1/staff",
                                     {{"name", name},
                                      {"phone", phone},
                                      {"hireDate", "2020-03-01"},
                                      {"experienceStart", "2020-03-01"},
                                      {"grade", grade},
                                      {"roles", roles}}),
                         201));
    }

    // The job assigned with the van and its driver, loaded and sent on its way.
    void Dispatch() {
        const std::string path = "/api/v1/jobs/" + std::to_string(job_);
        Must(head_->Post(path + "/assignment",
                         {{"lead", lead_},
                          {"members", {tech_}},
                          {"date", kToday},
                          {"windowStart", "13:00"},
                          {"windowEnd", "17:00"},
                          {"vehicleId", van_},
                          {"driver", driver_},
                          {"version", 1}}),
             200);
        for (const char* event : {"start_loading", "depart"}) {
            const int version = head_->Get(path).body["version"].get<int>();
            Must(head_->Post(path + "/events", {{"event", event}, {"version", version}}), 200);
        }
    }

    json Trip(const std::string& out,
              const std::string& in,
              std::int64_t km_out,
              std::int64_t km_in) const {
        return {{"vehicleId", van_},
                {"driverStaffId", driver_},
                {"departedAt", std::string(kToday) + "T" + out + ":00+08:00"},
                {"returnedAt", std::string(kToday) + "T" + in + ":00+08:00"},
                {"odometerOutKm", km_out},
                {"odometerInKm", km_in},
                {"destinations", "舜华路"}};
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::int64_t lead_ = 0, tech_ = 0, driver_ = 0, other_driver_ = 0, van_ = 0, job_ = 0;
};

// R-VEH-1: the driver sees his job of the day and its van, and records the trip on it.
TEST_F(TripLogsApi, ADriverRecordsTheTripOfHisJobOfTheDay) {
    Dispatch();
    ApiClient driver = env_.LoginAs("driver");
    ApiResponse day = driver.Get(std::string("/api/v1/trip-logs/my-day?date=") + kToday);
    ASSERT_EQ(day.status, 200) << day.Describe();
    ASSERT_EQ(day.body["jobs"].size(), 1u) << day.raw;
    EXPECT_EQ(day.body["jobs"][0]["id"], job_);
    EXPECT_EQ(day.body["vehicleId"], van_);
    EXPECT_EQ(day.body["vehiclePlate"], "鲁A·12345");

    json body = Trip("12:30", "17:45", 20'310, 20'352);
    body.erase("driverStaffId");  // his own trip
    body["jobIds"] = {job_};
    body["purpose"] = "送货安装";
    body["fuelCl"] = 3550;
    body["fuelAmount"] = "280.50";
    body["toll"] = "35";
    body["parking"] = "10.00";
    ApiResponse created = driver.Post("/api/v1/trip-logs", body);
    ASSERT_EQ(created.status, 201) << created.Describe();
    EXPECT_EQ(created.body["driverStaffId"], driver_);
    EXPECT_EQ(created.body["driverName"], "马成");
    EXPECT_EQ(created.body["vehiclePlate"], "鲁A·12345");
    EXPECT_EQ(created.body["departedAt"], "2026-11-27T04:30:00Z");
    EXPECT_EQ(created.body["distanceKm"], 42);
    EXPECT_EQ(created.body["jobIds"], json::array({job_}));
    EXPECT_EQ(created.body["fuelCl"], 3550);
    EXPECT_EQ(created.body["fuelAmount"], "280.50");
    EXPECT_EQ(created.body["toll"], "35.00");
    EXPECT_EQ(created.body["createdByName"], "driver");

    ApiClient warehouse = env_.LoginAs("warehouse");
    ApiResponse listed = warehouse.Get("/api/v1/trip-logs?vehicleId=" + std::to_string(van_) +
                                       "&from=" + kToday + "&to=" + kToday);
    ASSERT_EQ(listed.status, 200) << listed.Describe();
    ASSERT_EQ(listed.body["total"], 1);
    EXPECT_EQ(listed.body["items"][0], created.body);
    EXPECT_EQ(warehouse.Get("/api/v1/trip-logs?from=2026-11-28").body["total"], 0);
    EXPECT_EQ(warehouse.Get("/api/v1/trip-logs/" + std::to_string(IdOf(created))).body,
              created.body);

    // A correction with the version last read; a stale one is refused.
    json change = body;
    change["odometerInKm"] = 20'355;
    change["version"] = 1;
    ApiResponse updated = driver.Put("/api/v1/trip-logs/" + std::to_string(IdOf(created)), change);
    ASSERT_EQ(updated.status, 200) << updated.Describe();
    EXPECT_EQ(updated.body["distanceKm"], 45);
    EXPECT_EQ(updated.body["version"], 2);
    EXPECT_EQ(driver.Put("/api/v1/trip-logs/" + std::to_string(IdOf(created)), change).status, 409);
}

// R-VEH-1: odometer backwards or overlapping, times overlapping, a return before the departure:
// each named on its field, and nothing stored.
TEST_F(TripLogsApi, TheChecksAgainstTheVehiclesOtherTripsRefuseAndStoreNothing) {
    Must(head_->Post("/api/v1/trip-logs", Trip("08:00", "12:00", 1000, 1050)), 201);
    const RowContents before = SnapshotRows(*env_.test_app.app);

    ApiResponse backwards = head_->Post("/api/v1/trip-logs", Trip("13:00", "15:00", 1040, 1060));
    EXPECT_EQ(backwards.status, 400) << backwards.Describe();
    EXPECT_TRUE(backwards.HasViolation("odometerOutKm", "odometer_backwards"))
        << backwards.Describe();
    EXPECT_TRUE(backwards.HasViolation("odometerOutKm", "odometer_overlap"));

    ApiResponse earlier = head_->Post("/api/v1/trip-logs", Trip("06:00", "07:00", 1040, 1045));
    EXPECT_EQ(earlier.status, 400);
    EXPECT_TRUE(earlier.HasViolation("odometerInKm", "odometer_backwards")) << earlier.Describe();

    ApiResponse overlap = head_->Post("/api/v1/trip-logs", Trip("11:00", "13:00", 1050, 1060));
    EXPECT_EQ(overlap.status, 400);
    EXPECT_TRUE(overlap.HasViolation("departedAt", "time_overlap")) << overlap.Describe();

    ApiResponse reversed = head_->Post("/api/v1/trip-logs", Trip("13:00", "12:59", 1050, 1040));
    EXPECT_EQ(reversed.status, 400);
    EXPECT_TRUE(reversed.HasViolation("returnedAt", "before_departure")) << reversed.Describe();
    EXPECT_TRUE(reversed.HasViolation("odometerInKm", "below_odometer_out"));

    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);
    // Touching the first trip exactly is the normal case.
    EXPECT_EQ(head_->Post("/api/v1/trip-logs", Trip("12:00", "13:00", 1050, 1060)).status, 201);
}

// R-VEH-1: a driver records only his own trips; a technician neither records nor reads them;
// only the head (and leadership, admin) sees the flags.
TEST_F(TripLogsApi, DriversRecordTheirOwnTripsOnly) {
    ApiClient driver = env_.LoginAs("driver");
    json someone_elses = Trip("08:00", "12:00", 1000, 1050);
    someone_elses["driverStaffId"] = other_driver_;
    EXPECT_EQ(driver.Post("/api/v1/trip-logs", someone_elses).status, 403);
    EXPECT_EQ(head_->Post("/api/v1/trip-logs", someone_elses).status, 201);
    EXPECT_EQ(driver.Get("/api/v1/trip-logs/flags").status, 403);

    ApiClient tech = env_.LoginAs("tech");
    EXPECT_EQ(tech.Get("/api/v1/trip-logs").status, 403);
    EXPECT_EQ(tech.Post("/api/v1/trip-logs", Trip("13:00", "14:00", 1050, 1060)).status, 403);
    EXPECT_EQ(head_->Get("/api/v1/trip-logs").body["total"], 1);
}

// R-VEH-1: a dispatched vehicle with no trip log is flagged from 09:00 the next morning (the
// policy value), and a gap between one trip's odometer in and the next one's out is flagged.
TEST_F(TripLogsApi, TheHeadSeesMissingLogsAndOdometerGaps) {
    Dispatch();
    const std::string flags_path = "/api/v1/trip-logs/flags?from=2026-11-20&to=2026-11-28";
    ApiResponse same_day = head_->Get(flags_path);
    ASSERT_EQ(same_day.status, 200) << same_day.Describe();
    EXPECT_EQ(same_day.body["items"].size(), 0u) << "the driver still has time";

    // The night ends the session: the head logs in again in the morning.
    env_.test_app.clock.Set(*ParseDateTime("2026-11-28T08:59:59+08:00"));
    head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
    ApiResponse before_deadline = head_->Get(flags_path);
    ASSERT_EQ(before_deadline.status, 200) << before_deadline.Describe();
    EXPECT_EQ(before_deadline.body["items"].size(), 0u);
    env_.test_app.clock.Set(*ParseDateTime("2026-11-28T09:00:00+08:00"));
    ApiResponse missing = head_->Get(flags_path);
    ASSERT_EQ(missing.body["items"].size(), 1u) << missing.raw;
    EXPECT_EQ(missing.body["items"][0]["kind"], "missing_log");
    EXPECT_EQ(missing.body["items"][0]["jobId"], job_);
    EXPECT_EQ(missing.body["items"][0]["vehiclePlate"], "鲁A·12345");
    EXPECT_EQ(missing.body["items"][0]["date"], kToday);

    const std::int64_t first =
        IdOf(Must(head_->Post("/api/v1/trip-logs", Trip("12:30", "17:30", 1000, 1040)), 201));
    json next = Trip("07:00", "08:30", 1055, 1070);
    next["departedAt"] = "2026-11-28T07:00:00+08:00";
    next["returnedAt"] = "2026-11-28T08:30:00+08:00";
    const std::int64_t second = IdOf(Must(head_->Post("/api/v1/trip-logs", next), 201));
    ApiResponse gap = head_->Get(flags_path);
    ASSERT_EQ(gap.body["items"].size(), 1u) << gap.raw;
    EXPECT_EQ(gap.body["items"][0]["kind"], "odometer_gap");
    EXPECT_EQ(gap.body["items"][0]["gapKm"], 15);
    EXPECT_EQ(gap.body["items"][0]["tripLogId"], second);
    EXPECT_EQ(gap.body["items"][0]["previousTripLogId"], first);
    EXPECT_EQ(gap.body["items"][0]["date"], "2026-11-28");
}

// Bad input names every field path and stores nothing.
TEST_F(TripLogsApi, BadInputNamesTheFieldsAndStoresNothing) {
    const RowContents before = SnapshotRows(*env_.test_app.app);
    json body = Trip("08:00", "12:00", 1000, 1050);
    body["fuelAmount"] = "1.234";
    body["toll"] = 12;
    body["parking"] = "-1";
    body["jobIds"] = {0};
    body["departedAt"] = "2026-11-27 08:00";
    body["odometerOutKm"] = -1;
    body["fuelCl"] = 100'001;
    body["speed"] = 80;
    ApiResponse bad = head_->Post("/api/v1/trip-logs", body);
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(bad.HasViolation("fuelAmount", "fraction_of_fen")) << bad.Describe();
    EXPECT_TRUE(bad.HasViolation("toll", "wrong_type"));
    EXPECT_TRUE(bad.HasViolation("parking", "must_not_be_negative"));
    EXPECT_TRUE(bad.HasViolation("jobIds[0]", "invalid_value"));
    EXPECT_TRUE(bad.HasViolation("departedAt", "invalid_datetime"));
    EXPECT_TRUE(bad.HasViolation("odometerOutKm", "out_of_range"));
    EXPECT_TRUE(bad.HasViolation("fuelCl", "out_of_range"));
    EXPECT_TRUE(bad.HasViolation("speed", "unknown_field"));

    json unknown = Trip("08:00", "12:00", 1000, 1050);
    unknown["jobIds"] = {999};
    unknown["vehicleId"] = 999;
    ApiResponse missing = head_->Post("/api/v1/trip-logs", unknown);
    EXPECT_EQ(missing.status, 400);
    EXPECT_TRUE(missing.HasViolation("jobIds[0]", "invalid_value")) << missing.Describe();
    EXPECT_TRUE(missing.HasViolation("vehicleId", "invalid_value"));

    // R-VEH-1: a trip is logged once over; one returning after now (20:00) is refused.
    json ahead = Trip("19:00", "21:00", 1000, 1050);
    ApiResponse future = head_->Post("/api/v1/trip-logs", ahead);
    EXPECT_EQ(future.status, 400);
    EXPECT_TRUE(future.HasViolation("returnedAt", "in_future")) << future.Describe();
    EXPECT_FALSE(future.HasViolation("departedAt", "in_future")) << future.Describe();
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);
}

// R-VEH-3: a violation or damage is recorded against the responsible driver with the compensation
// decided; only the head, finance and leadership see it: not the driver, a technician or the
// warehouse.
TEST_F(TripLogsApi, ViolationsAreSeenOnlyByTheHeadFinanceAndLeadership) {
    env_.test_app.CreateUser("finance", {Role::kFinance});
    env_.test_app.CreateUser("leader", {Role::kLeadership});
    json body = {{"vehicleId", van_},
                 {"driverStaffId", driver_},
                 {"kind", "damage"},
                 {"occurredOn", "2026-11-20"},
                 {"description", "倒车刮擦右后门"},
                 {"fine", "800"},
                 {"compensation", "200"}};
    json too_much = body;
    too_much["compensation"] = "800.01";
    ApiResponse refused = head_->Post("/api/v1/vehicle-violations", too_much);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(refused.HasViolation("compensation", "above_fine")) << refused.Describe();
    ApiResponse created = head_->Post("/api/v1/vehicle-violations", body);
    ASSERT_EQ(created.status, 201) << created.Describe();
    EXPECT_EQ(created.body["driverName"], "马成");
    EXPECT_EQ(created.body["compensation"], "200.00");
    EXPECT_EQ(created.body["decidedByName"], "head");

    for (const char* reader : {"finance", "leader"}) {
        ApiClient client = env_.LoginAs(reader);
        ApiResponse list =
            client.Get("/api/v1/vehicle-violations?vehicleId=" + std::to_string(van_));
        ASSERT_EQ(list.status, 200) << reader << ": " << list.Describe();
        ASSERT_EQ(list.body["items"].size(), 1u);
        EXPECT_EQ(list.body["items"][0], created.body);
    }
    for (const char* outsider : {"driver", "tech", "warehouse"}) {
        ApiClient client = env_.LoginAs(outsider);
        EXPECT_EQ(client.Get("/api/v1/vehicle-violations").status, 403) << outsider;
        EXPECT_EQ(client.Post("/api/v1/vehicle-violations", body).status, 403) << outsider;
    }
}

}  // namespace
}  // namespace kefu::api_tests
