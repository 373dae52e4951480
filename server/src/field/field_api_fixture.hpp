// The fixture of the field API tests: a head, a crew (lead and member) with accounts, another
// technician, two products and an installation of 2 desks and 4 chairs scheduled today. The
// clock says Friday 2026-11-27 10:00 China.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {

using auth::Role;
using nlohmann::json;

constexpr const char* kToday = "2026-11-27";
constexpr const char* kLoadingId = "7d0c7a52-6a1e-4d3e-9b55-0a1b2c3d4e01";
constexpr const char* kDepartureId = "7d0c7a52-6a1e-4d3e-9b55-0a1b2c3d4e02";
constexpr const char* kArrivalId = "7d0c7a52-6a1e-4d3e-9b55-0a1b2c3d4e03";
constexpr const char* kInstallationId = "7d0c7a52-6a1e-4d3e-9b55-0a1b2c3d4e04";

inline std::int64_t IdOf(const ApiResponse& r) { return r.body["id"].get<std::int64_t>(); }

class FieldApi : public ::testing::Test {
protected:
    void SetUp() override {
        auto loaded = env_.test_app.app->LoadReferenceData();  // divisions, for the sites
        if (!loaded) throw std::runtime_error(loaded.error().message());
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("sales", {Role::kSales});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        lead_ = Staff("李强", "13905310002", "supervisor");
        member_ = Staff("王磊", "13905310003", "technician");
        other_ = Staff("赵刚", "13905310004", "technician");
        env_.test_app.CreateUser("lead", {Role::kSupervisor}, StaffId(lead_));
        env_.test_app.CreateUser("other", {Role::kTechnician}, StaffId(other_));
        crew_ = std::make_unique<ApiClient>(env_.LoginAs("lead"));
        desk_ = Product("BT-1608", 3);
        chair_ = Product("YZ-220", 1);
        const auto customer = Must(
            head_->Post("/api/v1/customers", {{"kind", "company"}, {"name", "济南软件园管理中心"}}),
            201);
        site_ = IdOf(Must(head_->Post("/api/v1/sites",
                                      {{"customerId", IdOf(customer)},
                                       {"divisionCode", "370112"},
                                       {"street", "舜华路 2000 号"}}),
                          201));
        customer_ = IdOf(customer);
        job_ = ScheduledJob();
    }

    ApiResponse Must(const ApiResponse& r, int status) {
        if (r.status != status) throw std::runtime_error(r.Describe());
        return r;
    }

    std::int64_t Staff(const std::string& name,
                       const std::string& phone,
                       const std::string& grade) {
        return IdOf(Must(head_->Post("/api/v1/staff",
                                     {{"name", name},
                                      {"phone", phone},
                                      {"hireDate", "2020-03-01"},
                                      {"experienceStart", "2020-03-01"},
                                      {"grade", grade},
                                      {"roles", json::array()}}),
                         201));
    }

    std::int64_t Product(const std::string& model, int pieces_per_unit) {
        return IdOf(Must(head_->Post("/api/v1/products",
                                     {{"model", model},
                                      {"name", "办公家具 " + model},
                                      {"series", "博特"},
                                      {"piecesPerUnit", pieces_per_unit},
                                      {"volumeL", 100},
                                      {"weightG", 10000},
                                      {"installMinutesPerUnit", 20},
                                      {"installersNeeded", 1}}),
                         201));
    }

    /// An installation of 2 desks (6 pieces) and 4 chairs (4 pieces), scheduled today for the
    /// lead and the member.
    std::int64_t ScheduledJob() {
        const auto job = Must(head_->Post("/api/v1/jobs",
                                          {{"kind", "installation"},
                                           {"customerId", customer_},
                                           {"siteId", site_},
                                           {"contactName", "王主任"},
                                           {"contactPhone", "13905319999"},
                                           {"requestedDate", kToday},
                                           {"windowStart", "13:00"},
                                           {"windowEnd", "17:00"},
                                           {"items",
                                            {{{"productId", desk_}, {"quantity", 2}},
                                             {{"productId", chair_}, {"quantity", 4}}}}}),
                              201);
        Must(head_->Post("/api/v1/jobs/" + std::to_string(IdOf(job)) + "/assignment",
                         {{"lead", lead_},
                          {"members", {member_}},
                          {"date", kToday},
                          {"windowStart", "13:00"},
                          {"windowEnd", "17:00"},
                          {"version", job.body["version"]}}),
             200);
        return IdOf(job);
    }

    json Counts(int desks, int chairs) const {
        return json::array({{{"productId", desk_}, {"pieces", desks}},
                            {{"productId", chair_}, {"pieces", chairs}}});
    }

    json Loading(const std::string& id, int desks = 6, int chairs = 4) const {
        return {{"id", id},
                {"jobId", job_},
                {"step", "loading"},
                {"checks", {"packaging_intact", "keeper_confirmed"}},
                {"counts", Counts(desks, chairs)},
                {"recordedAt", "2026-11-27T01:30:00Z"}};
    }

    json Departure() const {
        return {{"id", kDepartureId},
                {"jobId", job_},
                {"step", "departure"},
                {"checks", {"tools_taken", "feedback_form_taken", "documents_taken"}},
                {"recordedAt", "2026-11-27T01:40:00Z"}};
    }

    json Arrival(int desks = 6, int chairs = 4) const {
        return {{"id", kArrivalId},
                {"jobId", job_},
                {"step", "arrival"},
                {"counts", Counts(desks, chairs)},
                {"recordedAt", "2026-11-27T01:55:00Z"}};
    }

    json Installation() const {
        return {{"id", kInstallationId},
                {"jobId", job_},
                {"step", "installation"},
                {"checks",
                 {"protection", "placement", "adjustment", "warranty_explained", "site_cleaned"}},
                {"note", "客户要求靠窗摆放"},
                {"recordedAt", "2026-11-27T01:59:00Z"}};
    }

    ApiResponse Record(ApiClient& client, const json& body) {
        return client.Post("/api/v1/field/records", body);
    }

    json Job() { return Must(head_->Get("/api/v1/jobs/" + std::to_string(job_)), 200).body; }

    ApiResponse Fire(const std::string& event) {
        return head_->Post("/api/v1/jobs/" + std::to_string(job_) + "/events",
                           {{"event", event}, {"version", Job()["version"]}});
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::unique_ptr<ApiClient> crew_;
    std::int64_t lead_ = 0;
    std::int64_t member_ = 0;
    std::int64_t other_ = 0;
    std::int64_t desk_ = 0;
    std::int64_t chair_ = 0;
    std::int64_t customer_ = 0;
    std::int64_t site_ = 0;
    std::int64_t job_ = 0;
};

}  // namespace kefu::api_tests
