// Jobs through the API, on the engine under test: intake of every kind (R-JOB-1/2), who sees what
// (R-SEC-2), assignment and its clashes (R-DSP-1/2), the crew-size gate with leadership's
// approval (R-JOB-3), the life cycle (R-JOB-5), the calls before arrival (R-DSP-5), bad input,
// and concurrent assignments of one person. The clock says Friday 2026-11-27 10:00 China.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "app/api_tests/api_harness.hpp"
#include "documents/testing/pdf_probe.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

constexpr const char* kDay = "2026-12-01";  // a Tuesday after the clock's today

std::string Id(const ApiResponse& r) { return std::to_string(r.body["id"].get<std::int64_t>()); }

class JobsApi : public ::testing::Test {
protected:
    void SetUp() override {
        auto loaded = env_.test_app.app->LoadReferenceData();  // divisions, for the sites
        if (!loaded) throw std::runtime_error(loaded.error().message());
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("leader", {Role::kLeadership});
        env_.test_app.CreateUser("admin", {Role::kAdmin});
        env_.test_app.CreateUser("clerk", {Role::kClerk});
        env_.test_app.CreateUser("sales1", {Role::kSales});
        env_.test_app.CreateUser("sales2", {Role::kSales});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));

        lead_ = Staff("李强", "13905310002", "supervisor");
        for (int i = 0; i < 6; ++i) {
            techs_.push_back(
                Staff("技师" + std::to_string(i), "1390531010" + std::to_string(i), "technician"));
        }
        intern_ = Staff("韩雪", "13905310015", "intern");
        driver_ = Staff("马成", "13905310020", "none", {"driver"});

        product_ = Must(head_->Post("/api/v1/products",
                                    {{"model", "BT-1608"},
                                     {"name", "办公桌"},
                                     {"series", "博特"},
                                     {"piecesPerUnit", 3},
                                     {"volumeL", 400},
                                     {"weightG", 45000},
                                     {"installMinutesPerUnit", 30},
                                     {"installersNeeded", 2}}),
                        201);
        customer_ = Must(
            head_->Post("/api/v1/customers", {{"kind", "company"}, {"name", "济南软件园管理中心"}}),
            201);
        customer_site_ = Must(head_->Post("/api/v1/sites",
                                          {{"customerId", std::stoll(customer_)},
                                           {"divisionCode", "370112"},
                                           {"street", "舜华路 2000 号"}}),
                              201);
        dealer_a_ = Must(head_->Post("/api/v1/dealers",
                                     {{"name", "泰安华鑫家具"},
                                      {"contact", "刘经理"},
                                      {"phone", "13953800001"},
                                      {"city", "泰安"}}),
                         201);
        dealer_b_ = Must(head_->Post("/api/v1/dealers",
                                     {{"name", "淄博众诚办公"},
                                      {"contact", "周经理"},
                                      {"phone", "13953300002"},
                                      {"city", "淄博"}}),
                         201);
        dealer_a_site_ = Must(head_->Post("/api/v1/sites",
                                          {{"dealerId", std::stoll(dealer_a_)},
                                           {"divisionCode", "370902"},
                                           {"street", "东岳大街 88 号"}}),
                              201);
        van_ = Must(head_->Post("/api/v1/vehicles",
                                {{"plate", "鲁A12345"},
                                 {"model", "江铃顺达"},
                                 {"volumeL", 10000},
                                 {"payloadKg", 1500},
                                 {"seats", 3},
                                 {"status", "in_service"}}),
                    201);
        admin_ = std::make_unique<ApiClient>(env_.LoginAs("admin"));
        Must(admin_->Post("/api/v1/users",
                          {{"username", "dealer.a"},
                           {"password", "secret-pass"},
                           {"displayName", "华鑫 刘经理"},
                           {"roles", {"dealer"}},
                           {"dealerId", std::stoll(dealer_a_)}}),
             201);
        Must(admin_->Post("/api/v1/users",
                          {{"username", "dealer.b"},
                           {"password", "secret-pass"},
                           {"displayName", "众诚 周经理"},
                           {"roles", {"dealer"}},
                           {"dealerId", std::stoll(dealer_b_)}}),
             201);
    }

    // Fails the test (by throwing) unless the answer has `status`; returns the new record's id.
    std::string Must(const ApiResponse& r, int status) {
        if (r.status != status) throw std::runtime_error(r.Describe());
        return r.body.is_object() && r.body.contains("id") ? Id(r) : std::string();
    }

    std::string Staff(const std::string& name,
                      const std::string& phone,
                      const std::string& grade,
                      std::vector<std::string> roles = {}) {
        return Must(head_->Post("/api/v1/staff",
                                {{"name", name},
                                 {"phone", phone},
                                 {"hireDate", "2020-03-01"},
                                 {"experienceStart", "2020-03-01"},
                                 {"grade", grade},
                                 {"roles", roles}}),
                    201);
    }

    json InstallationBody(int quantity = 2, const std::string& day = kDay) {
        return {{"kind", "installation"},
                {"customerId", std::stoll(customer_)},
                {"siteId", std::stoll(customer_site_)},
                {"contactName", "王主任"},
                {"contactPhone", "13905319999"},
                {"requestedDate", day},
                {"windowStart", "09:00"},
                {"windowEnd", "12:00"},
                {"sourceDocument", "FK-20261127-1"},
                {"items", {{{"productId", std::stoll(product_)}, {"quantity", quantity}}}}};
    }

    json DealerBody(const std::string& day = kDay, std::optional<int> crew = std::nullopt) {
        json body = {{"kind", "dealer_installation"},
                     {"dealerId", std::stoll(dealer_a_)},
                     {"siteId", std::stoll(dealer_a_site_)},
                     {"contactName", "刘经理"},
                     {"contactPhone", "13953800001"},
                     {"requestedDate", day},
                     {"windowStart", "08:00"},
                     {"windowEnd", "12:00"},
                     {"items", {{{"productId", std::stoll(product_)}, {"quantity", 4}}}}};
        if (crew) body["crewRequested"] = *crew;
        return body;
    }

    json Crew(const std::string& lead,
              const std::vector<std::string>& members,
              int version,
              const std::string& day = kDay,
              const std::string& from = "08:00",
              const std::string& to = "12:00") {
        json m = json::array();
        for (const auto& id : members) m.push_back(std::stoll(id));
        return {{"lead", std::stoll(lead)},
                {"members", m},
                {"date", day},
                {"windowStart", from},
                {"windowEnd", to},
                {"version", version}};
    }

    ApiResponse Assign(const std::string& job, const json& crew) {
        return head_->Post("/api/v1/jobs/" + job + "/assignment", crew);
    }

    int Version(const std::string& job) {
        return head_->Get("/api/v1/jobs/" + job).body["version"].get<int>();
    }

    ApiResponse Fire(const std::string& job,
                     const std::string& event,
                     const std::string& why = "") {
        json body = {{"event", event}, {"version", Version(job)}};
        if (!why.empty()) body["reason"] = why;
        return head_->Post("/api/v1/jobs/" + job + "/events", body);
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::unique_ptr<ApiClient> admin_;
    std::string lead_, intern_, driver_;
    std::vector<std::string> techs_;
    std::string product_, customer_, customer_site_, dealer_a_, dealer_b_, dealer_a_site_, van_;
};

TEST_F(JobsApi, SalesRaisesAFeedbackFormThatOnlyTheyAndTheOfficeSee) {  // R-JOB-2, R-SEC-2
    ApiClient sales1 = env_.LoginAs("sales1");
    ApiResponse raised = sales1.Post("/api/v1/jobs", InstallationBody(2));
    ASSERT_EQ(raised.status, 201) << raised.Describe();
    EXPECT_EQ(raised.body["status"], "new");
    EXPECT_EQ(raised.body["raisedBy"], "sales1");
    EXPECT_EQ(raised.body["totalPieces"], 6) << "2 units × 3 pieces";
    EXPECT_EQ(raised.body["totalVolumeL"], 800);
    EXPECT_EQ(raised.body["crewNeeded"], 2) << "the product needs two installers";
    EXPECT_EQ(raised.body["divisionCode"], "370112") << "the site's division";
    EXPECT_EQ(raised.body["number"].get<std::string>().rfind("KF-2026-", 0), 0u);
    const std::string job = Id(raised);

    EXPECT_EQ(sales1.Get("/api/v1/jobs/" + job).status, 200);
    EXPECT_EQ(sales1.Get("/api/v1/jobs").body["total"], 1);
    ApiClient sales2 = env_.LoginAs("sales2");
    EXPECT_EQ(sales2.Get("/api/v1/jobs/" + job).status, 404);
    EXPECT_EQ(sales2.Get("/api/v1/jobs").body["total"], 0);
    EXPECT_EQ(head_->Get("/api/v1/jobs").body["total"], 1);
    ApiClient clerk = env_.LoginAs("clerk");
    EXPECT_EQ(clerk.Get("/api/v1/jobs/" + job).status, 200);
}

TEST_F(JobsApi, ADealerSeesItsOwnJobsAndAnotherDealersIdAnswersLikeAMissingOne) {  // R-SEC-2
    ApiClient a = env_.LoginAs("dealer.a");
    json body = DealerBody();
    body["dealerId"] = std::stoll(dealer_b_);  // ignored: a dealer raises for itself
    ApiResponse raised = a.Post("/api/v1/jobs", body);
    ASSERT_EQ(raised.status, 201) << raised.Describe();
    EXPECT_EQ(raised.body["dealerId"], std::stoll(dealer_a_));
    const std::string job = Id(raised);

    ApiClient b = env_.LoginAs("dealer.b");
    ApiResponse other = b.Get("/api/v1/jobs/" + job);
    ApiResponse missing = b.Get("/api/v1/jobs/999999");
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.body, missing.body) << "another dealer's job is indistinguishable from none";
    EXPECT_EQ(b.Get("/api/v1/jobs").body["total"], 0);
    EXPECT_EQ(b.Get("/api/v1/jobs?dealerId=" + dealer_a_).body["total"], 0);
    EXPECT_EQ(a.Get("/api/v1/jobs").body["total"], 1);
    EXPECT_EQ(
        b.Post("/api/v1/jobs/" + job + "/calls", {{"kind", "eta"}, {"outcome", "reached"}}).status,
        403)
        << "dealers do not record calls";

    json installation = InstallationBody();
    ApiResponse refused = a.Post("/api/v1/jobs", installation);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("kind", "not_allowed"));
}

TEST_F(JobsApi, InstallersSeeTheJobsOfTheCrewsTheyAreIn) {  // R-SEC-2
    env_.test_app.CreateUser("tech0", {Role::kTechnician}, StaffId(std::stoll(techs_[0])));
    env_.test_app.CreateUser("tech1", {Role::kTechnician}, StaffId(std::stoll(techs_[1])));
    const std::string job = Must(head_->Post("/api/v1/jobs", InstallationBody()), 201);
    ApiResponse assigned = Assign(job, Crew(lead_, {techs_[0]}, 1));
    ASSERT_EQ(assigned.status, 200) << assigned.Describe();
    EXPECT_EQ(assigned.body["status"], "scheduled");

    ApiClient in_crew = env_.LoginAs("tech0");
    ApiClient not_in_crew = env_.LoginAs("tech1");
    EXPECT_EQ(in_crew.Get("/api/v1/jobs/" + job).status, 200);
    EXPECT_EQ(in_crew.Get("/api/v1/jobs").body["total"], 1);
    EXPECT_EQ(not_in_crew.Get("/api/v1/jobs/" + job).status, 404);
    EXPECT_EQ(not_in_crew.Get("/api/v1/jobs").body["total"], 0);
}

TEST_F(JobsApi, EveryClashOfAnAssignmentIsNamed) {  // R-DSP-1, R-DSP-2
    const std::string first = Must(head_->Post("/api/v1/jobs", InstallationBody()), 201);
    const std::string second = Must(head_->Post("/api/v1/jobs", InstallationBody()), 201);
    ASSERT_EQ(Assign(first, Crew(lead_, {techs_[0]}, 1)).status, 200);

    // An intern cannot lead, and never goes without a supervisor or technician.
    ApiResponse intern_lead = Assign(second, Crew(intern_, {}, 1));
    EXPECT_EQ(intern_lead.status, 400) << intern_lead.Describe();
    EXPECT_EQ(intern_lead.Code(), "FAILED_PRECONDITION");
    EXPECT_TRUE(intern_lead.HasViolation("lead", "not_installer")) << intern_lead.Describe();

    // The same person in an overlapping window; the answer names the other job.
    ApiResponse busy = Assign(second, Crew(techs_[1], {techs_[0]}, 1, kDay, "11:00", "13:00"));
    EXPECT_EQ(busy.status, 400) << busy.Describe();
    const std::string first_number = head_->Get("/api/v1/jobs/" + first).body["number"];
    EXPECT_NE(busy.raw.find(first_number), std::string::npos) << busy.Describe();

    // Back to back is not a clash: 08:00–12:00 and 12:00–14:00 share no minute.
    ApiResponse after =
        Assign(second, Crew(techs_[1], {techs_[0], intern_}, 1, kDay, "12:00", "14:00"));
    EXPECT_EQ(after.status, 200) << after.Describe();
}

// The dispatch board moves a card by reassigning the job (R-DSP-3): a move onto a crew that is
// busy then is refused by the server, whatever the page let through, and the job stays where it
// was; a move onto a free crew answers with the new crew's names, not the old ones.
TEST_F(JobsApi, ABoardMoveOntoABusyCrewIsRefusedAndAFreeOneAnswersWithItsNames) {  // R-DSP-3
    const std::string mine = Must(head_->Post("/api/v1/jobs", InstallationBody()), 201);
    const std::string other = Must(head_->Post("/api/v1/jobs", InstallationBody()), 201);
    json crew_a = Crew(lead_, {techs_[0]}, 1);
    crew_a["vehicleId"] = std::stoll(van_);
    ASSERT_EQ(Assign(mine, crew_a).status, 200);
    ASSERT_EQ(Assign(other, Crew(techs_[1], {techs_[2]}, 1)).status, 200);

    // Dragged onto crew A in the same morning: every person and the van are busy.
    json onto_a = crew_a;
    onto_a["version"] = Version(other);
    ApiResponse refused = Assign(other, onto_a);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("lead", "busy")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("vehicleId", "busy")) << refused.Describe();
    ApiResponse kept = head_->Get("/api/v1/jobs/" + other);
    EXPECT_EQ(kept.body["assignment"]["lead"], std::stoll(techs_[1])) << "the job stays put";
    EXPECT_EQ(kept.body["version"], onto_a["version"]) << "nothing was written";

    // Dragged onto crew A in the afternoon, where it is free: moved, and named as crew A.
    json afternoon = Crew(lead_, {techs_[0]}, Version(other), kDay, "13:00", "16:00");
    afternoon["vehicleId"] = std::stoll(van_);
    ApiResponse moved = Assign(other, afternoon);
    ASSERT_EQ(moved.status, 200) << moved.Describe();
    EXPECT_EQ(moved.body["assignment"]["leadName"], "李强");
    EXPECT_EQ(moved.body["assignment"]["memberNames"], json::array({"技师0"}));
    EXPECT_EQ(moved.body["assignment"]["vehiclePlate"], "鲁A·12345");  // as the fleet writes it
    EXPECT_EQ(moved.body["assignment"]["driverName"], nullptr);
}

TEST_F(JobsApi, LeaveMaintenanceAndCapacityRefuseAnAssignment) {  // R-DSP-2
    Must(head_->Post("/api/v1/staff/" + techs_[2] + "/leave",
                     {{"from", "2026-11-30"}, {"to", kDay}, {"kind", "annual"}}),
         201);
    const std::string job = Must(head_->Post("/api/v1/jobs", InstallationBody(30)), 201);
    ApiResponse on_leave = Assign(job, Crew(lead_, {techs_[2]}, 1));
    EXPECT_EQ(on_leave.status, 400) << on_leave.Describe();
    EXPECT_NE(on_leave.raw.find("on_leave"), std::string::npos) << on_leave.Describe();

    // 30 desks: 12,000 L and 1,350 kg; the van holds 10,000 L.
    json crew = Crew(lead_, {techs_[3]}, 1);
    crew["vehicleId"] = std::stoll(van_);
    crew["driver"] = std::stoll(driver_);
    ApiResponse too_big = Assign(job, crew);
    EXPECT_EQ(too_big.status, 400) << too_big.Describe();
    EXPECT_TRUE(too_big.HasViolation("vehicleId", "over_volume")) << too_big.Describe();

    ApiResponse van = head_->Get("/api/v1/vehicles/" + van_);
    json update = {{"plate", "鲁A12345"},
                   {"model", "江铃顺达"},
                   {"volumeL", 20000},
                   {"payloadKg", 1500},
                   {"seats", 3},
                   {"status", "maintenance"},
                   {"version", van.body["version"]}};
    ASSERT_EQ(head_->Put("/api/v1/vehicles/" + van_, update).status, 200);
    ApiResponse in_maintenance = Assign(job, crew);
    EXPECT_EQ(in_maintenance.status, 400) << in_maintenance.Describe();
    EXPECT_TRUE(in_maintenance.HasViolation("vehicleId", "not_in_service"))
        << in_maintenance.Describe();
    EXPECT_EQ(head_->Get("/api/v1/jobs/" + job).body["status"], "new") << "nothing changed";
}

TEST_F(JobsApi, FourPeopleGoAtOnceFiveWaitForLeadership) {  // R-JOB-3
    const std::string four = Must(head_->Post("/api/v1/jobs", DealerBody(kDay, 4)), 201);
    ApiResponse scheduled = Assign(four, Crew(lead_, {techs_[0], techs_[1], techs_[2]}, 1));
    ASSERT_EQ(scheduled.status, 200) << scheduled.Describe();
    EXPECT_EQ(scheduled.body["status"], "scheduled");
    EXPECT_EQ(scheduled.body["crewApproval"], "not_needed");

    const std::string five = Must(head_->Post("/api/v1/jobs", DealerBody("2026-12-02", 5)), 201);
    ApiResponse waiting =
        Assign(five, Crew(lead_, {techs_[0], techs_[1], techs_[2], techs_[3]}, 1, "2026-12-02"));
    ASSERT_EQ(waiting.status, 200) << waiting.Describe();
    EXPECT_EQ(waiting.body["status"], "new") << "not dispatched before approval";
    EXPECT_EQ(waiting.body["crewApproval"], "pending");
    EXPECT_EQ(Fire(five, "start_loading").status, 400);
    EXPECT_EQ(head_->Get("/api/v1/jobs?flag=awaiting_approval").body["total"], 1);

    ApiClient leader = env_.LoginAs("leader");
    ApiResponse inbox = leader.Get("/api/v1/approvals?status=pending");
    ASSERT_EQ(inbox.body["total"], 1) << inbox.Describe();
    const json request = inbox.body["items"][0];
    EXPECT_EQ(request["kind"], "crew_size");
    ApiResponse approved = leader.Post(
        "/api/v1/approvals/" + std::to_string(request["id"].get<std::int64_t>()) + "/decision",
        {{"approve", true}, {"reason", ""}, {"version", request["version"]}});
    ASSERT_EQ(approved.status, 200) << approved.Describe();

    ApiResponse after = head_->Get("/api/v1/jobs/" + five);
    EXPECT_EQ(after.body["status"], "scheduled");
    EXPECT_EQ(after.body["crewApproval"], "approved");
    bool recorded = false;
    for (const json& t : after.body["transitions"]) {
        if (t["to"] == "scheduled" && t["by"] == "leader") recorded = true;
    }
    EXPECT_TRUE(recorded) << "the approver is recorded: " << after.body["transitions"].dump();
}

TEST_F(JobsApi, OneDealersDayCountsAsAWhole) {  // R-JOB-3
    const std::string morning = Must(head_->Post("/api/v1/jobs", DealerBody(kDay, 3)), 201);
    ASSERT_EQ(Assign(morning, Crew(lead_, {techs_[0], techs_[1]}, 1)).status, 200);
    json afternoon_body = DealerBody(kDay, 2);
    afternoon_body["windowStart"] = "13:00";
    afternoon_body["windowEnd"] = "17:00";
    const std::string afternoon = Must(head_->Post("/api/v1/jobs", afternoon_body), 201);
    ApiResponse r = Assign(afternoon, Crew(techs_[2], {techs_[3]}, 1, kDay, "13:00", "17:00"));
    ASSERT_EQ(r.status, 200) << r.Describe();
    EXPECT_EQ(r.body["crewApproval"], "pending") << "3 + 2 people of one dealer on one day";
}

TEST_F(JobsApi, TheGateReadsThePolicyInForceOnTheJobsDate) {  // R-JOB-3
    // From 2026-12-03 the department allows five without approval.
    ASSERT_EQ(head_
                  ->Post("/api/v1/policies",
                         {{"key", "dispatch.crew_size_requiring_approval"},
                          {"value", 5},
                          {"validFrom", "2026-12-03"},
                          {"reason", "新车到位，可多派一人"}})
                  .status,
              201);
    const std::string before = Must(head_->Post("/api/v1/jobs", DealerBody("2026-12-02", 5)), 201);
    const std::string on = Must(head_->Post("/api/v1/jobs", DealerBody("2026-12-03", 5)), 201);
    const std::vector<std::string> four = {techs_[0], techs_[1], techs_[2], techs_[3]};
    EXPECT_EQ(Assign(before, Crew(lead_, four, 1, "2026-12-02")).body["crewApproval"], "pending");
    EXPECT_EQ(Assign(on, Crew(lead_, four, 1, "2026-12-03")).body["crewApproval"], "not_needed");
}

TEST_F(JobsApi, TheOfficeMovesAJobThroughItsLifeAndEveryStepIsRecorded) {  // R-JOB-5
    const std::string job = Must(head_->Post("/api/v1/jobs", InstallationBody()), 201);
    ApiResponse too_early = Fire(job, "depart");
    EXPECT_EQ(too_early.status, 400) << too_early.Describe();
    EXPECT_TRUE(too_early.HasViolation("status", "illegal_transition"));
    EXPECT_NE(too_early.raw.find("new"), std::string::npos);
    EXPECT_NE(too_early.raw.find("depart"), std::string::npos);

    ASSERT_EQ(Assign(job, Crew(lead_, {techs_[0]}, 1)).status, 200);
    EXPECT_EQ(Fire(job, "finish_delivery").status, 400) << "an installation is not delivered";
    for (const char* e : {"start_loading", "depart", "arrive"}) {
        ApiResponse r = Fire(job, e);
        ASSERT_EQ(r.status, 200) << e << ": " << r.Describe();
    }
    // Installed only with the customer's signed receipt (R-FLD-5), which finishes it.
    EXPECT_TRUE(Fire(job, "finish_installation").HasViolation("documents", "receipt_required"));
    ApiResponse receipt = head_->Post(
        "/api/v1/field/signatures",
        ReceiptSignature(std::stoll(job), "9a1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e08", "王主任"));
    ASSERT_EQ(receipt.status, 201) << receipt.Describe();
    EXPECT_EQ(receipt.body["jobStatus"], "installed");
    ASSERT_EQ(Fire(job, "accept").status, 200);
    ApiClient clerk = env_.LoginAs("clerk");
    EXPECT_EQ(clerk
                  .Post("/api/v1/jobs/" + job + "/events",
                        {{"event", "close"}, {"version", Version(job)}})
                  .status,
              403)
        << "only the head closes";
    ASSERT_EQ(Fire(job, "close").status, 200);
    EXPECT_EQ(Fire(job, "cancel", "客户取消").status, 400) << "closed is final";

    ApiResponse detail = head_->Get("/api/v1/jobs/" + job);
    EXPECT_EQ(detail.body["status"], "closed");
    const std::vector<std::string> expected = {
        "scheduled", "loading", "en_route", "on_site", "installed", "accepted", "closed"};
    ASSERT_EQ(detail.body["transitions"].size(), expected.size()) << detail.body.dump();
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(detail.body["transitions"][i]["to"], expected[i]);
        EXPECT_EQ(detail.body["transitions"][i]["by"], "head");
    }
    EXPECT_EQ(detail.body["transitions"][0]["from"], "new");
}

TEST_F(JobsApi, CancellingNeedsAReason) {  // R-JOB-5
    const std::string job = Must(head_->Post("/api/v1/jobs", InstallationBody()), 201);
    ApiResponse without = Fire(job, "cancel");
    EXPECT_EQ(without.status, 400) << without.Describe();
    EXPECT_TRUE(without.HasViolation("reason", "required"));
    ApiResponse with = Fire(job, "cancel", "客户推迟到明年");
    ASSERT_EQ(with.status, 200) << with.Describe();
    EXPECT_EQ(with.body["cancelReason"], "客户推迟到明年");
}

TEST_F(JobsApi, JobsLoadingTodayWithoutAnEtaCallAreFlagged) {  // R-DSP-5
    const std::string job =
        Must(head_->Post("/api/v1/jobs", InstallationBody(2, "2026-11-27")), 201);
    json crew = Crew(lead_, {techs_[0]}, 1, "2026-11-27", "13:00", "17:00");
    ASSERT_EQ(Assign(job, crew).status, 200);
    ASSERT_EQ(Fire(job, "start_loading").status, 200);
    EXPECT_EQ(head_->Get("/api/v1/jobs?flag=missing_eta_call").body["total"], 1);

    ApiResponse call = head_->Post(
        "/api/v1/jobs/" + job + "/calls",
        {{"kind", "eta"}, {"outcome", "reached"}, {"newEta", "2026-11-27T14:30:00+08:00"}});
    ASSERT_EQ(call.status, 201) << call.Describe();
    EXPECT_EQ(call.body["by"], "head");
    EXPECT_EQ(call.body["newEta"], "2026-11-27T06:30:00Z");
    EXPECT_EQ(head_->Get("/api/v1/jobs?flag=missing_eta_call").body["total"], 0);

    ASSERT_EQ(Fire(job, "depart").status, 200);
    EXPECT_EQ(head_->Get("/api/v1/jobs?flag=missing_address_call").body["total"], 1);
    ASSERT_EQ(head_
                  ->Post("/api/v1/jobs/" + job + "/calls",
                         {{"kind", "address"}, {"outcome", "confirmed"}})
                  .status,
              201);
    EXPECT_EQ(head_->Get("/api/v1/jobs?flag=missing_address_call").body["total"], 0);
    ApiResponse detail = head_->Get("/api/v1/jobs/" + job);
    EXPECT_EQ(detail.body["calls"].size(), 2u);
}

TEST_F(JobsApi, BadInputNamesTheFieldPathsAndChangesNothing) {
    json body = InstallationBody();
    body["items"].push_back({{"productId", std::stoll(product_)}, {"quantity", 0}});
    body["items"].push_back({{"productId", 987654}, {"quantity", 1}});
    body["requestedDate"] = "2026-02-30";
    body["windowStart"] = "25:00";
    const RowContents before = SnapshotRows(*env_.test_app.app);
    ApiResponse bad = head_->Post("/api/v1/jobs", body);
    EXPECT_EQ(bad.status, 400) << bad.Describe();
    EXPECT_TRUE(bad.HasViolation("items[1].quantity", "out_of_range")) << bad.Describe();
    EXPECT_TRUE(bad.HasViolation("requestedDate", "invalid_date")) << bad.Describe();
    EXPECT_TRUE(bad.HasViolation("windowStart", "invalid_time")) << bad.Describe();

    json unknown = InstallationBody();
    unknown["items"].push_back({{"productId", 987654}, {"quantity", 1}});
    ApiResponse missing = head_->Post("/api/v1/jobs", unknown);
    EXPECT_EQ(missing.status, 400) << missing.Describe();
    EXPECT_TRUE(missing.HasViolation("items[1].productId", "invalid_value")) << missing.Describe();

    json past = InstallationBody(1, "2026-11-26");
    EXPECT_TRUE(head_->Post("/api/v1/jobs", past).HasViolation("requestedDate", "date_in_past"));
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before) << "a refused request wrote nothing";
}

TEST_F(JobsApi, OfOneHundredRacesForOnePersonExactlyOneAssignmentWins) {  // R-DSP-2
    for (int trial = 0; trial < 100; ++trial) {
        const std::string day = trial % 2 ? "2026-12-01" : "2026-12-02";
        const std::string a = Must(head_->Post("/api/v1/jobs", InstallationBody(1, day)), 201);
        const std::string b = Must(head_->Post("/api/v1/jobs", InstallationBody(1, day)), 201);
        // Each trial races for a person nobody holds yet: two distinct leads, one shared member.
        const std::size_t slot = static_cast<std::size_t>(trial) % techs_.size();
        const std::string shared = techs_[slot];
        std::atomic<int> wins{0};
        std::atomic<int> refusals{0};
        auto race = [&](const std::string& job, const std::string& lead) {
            ApiClient client = env_.LoginAs("head");
            ApiResponse r = client.Post("/api/v1/jobs/" + job + "/assignment",
                                        Crew(lead, {shared}, 1, day, "08:00", "12:00"));
            if (r.status == 200) ++wins;
            if (r.status == 400) ++refusals;
        };
        std::thread one(race, a, lead_);
        std::thread two(race, b, techs_[(slot + 1) % techs_.size()]);
        one.join();
        two.join();
        ASSERT_EQ(wins.load(), 1) << "trial " << trial;
        ASSERT_EQ(refusals.load(), 1) << "trial " << trial;
        // Free the day again for the next trial of the same day.
        for (const std::string& job : {a, b}) {
            if (head_->Get("/api/v1/jobs/" + job).body["status"] == "scheduled") {
                ASSERT_EQ(Fire(job, "cancel", "测试").status, 200);
            }
        }
    }
}

TEST_F(JobsApi, TheFeedbackFormPrintsInChineseWithALinkToTheJob) {  // R-JOB-2
    ApiClient sales1 = env_.LoginAs("sales1");
    json body = InstallationBody(2);
    body["notes"] = "三楼东侧会议室，需提前联系物业";
    ApiResponse raised = sales1.Post("/api/v1/jobs", body);
    ASSERT_EQ(raised.status, 201) << raised.Describe();
    const std::string job = Id(raised);
    ApiResponse pdf = sales1.Get("/api/v1/jobs/" + job + "/feedback-form.pdf");
    ASSERT_EQ(pdf.status, 200) << pdf.Describe();
    EXPECT_EQ(pdf.headers.find("Content-Type")->second, "application/pdf");
    ASSERT_EQ(pdf.raw.rfind("%PDF-", 0), 0u);

    documents::testing::PdfProbe probe(pdf.raw);
    const std::string text = documents::testing::WithoutSpaces(probe.Text());
    for (const std::string& expected : {std::string("客户意见反馈表"),
                                        raised.body["number"].get<std::string>(),
                                        std::string("济南软件园管理中心"),
                                        std::string("舜华路2000号"),
                                        std::string("BT-1608"),
                                        std::string("办公桌"),
                                        std::string("三楼东侧会议室"),
                                        std::string("客户签字")}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
    }
    const std::string link = probe.DecodeQr(1);
    EXPECT_NE(link.find("/jobs/" + job), std::string::npos) << link;

    ApiClient sales2 = env_.LoginAs("sales2");
    EXPECT_EQ(sales2.Get("/api/v1/jobs/" + job + "/feedback-form.pdf").status, 404);
}

TEST_F(JobsApi, AnImportIsAllOrNothingWithARowReport) {  // R-JOB-4
    auto row = [&](const std::string& customer, const std::string& model) {
        return json{{"kind", "after_sales"},
                    {"customerName", customer},
                    {"contactName", "王主任"},
                    {"contactPhone", "13905319999"},
                    {"requestedDate", "2026-12-04"},
                    {"notes", "抽屉滑轨损坏"},
                    {"sourceDocument", "SH-2026-118"},
                    {"items", {{{"model", model}, {"quantity", 1}}}}};
    };
    ApiClient clerk = env_.LoginAs("clerk");
    const RowContents before = SnapshotRows(*env_.test_app.app);
    ApiResponse bad = clerk.Post("/api/v1/jobs/import",
                                 {{"rows",
                                   {row("济南软件园管理中心", "bt-1608 "),
                                    row("不存在的客户", "BT-1608"),
                                    row("济南软件园管理中心", "XX-0000")}}});
    EXPECT_EQ(bad.status, 400) << bad.Describe();
    EXPECT_TRUE(bad.HasViolation("rows[1].customerName", "not_found")) << bad.Describe();
    EXPECT_TRUE(bad.HasViolation("rows[2].items[0].model", "not_found")) << bad.Describe();
    EXPECT_FALSE(bad.HasViolation("rows[0].customerName", "not_found"));
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before) << "nothing half imported";

    ApiResponse good = clerk.Post(
        "/api/v1/jobs/import",
        {{"rows", {row("济南软件园管理中心", "bt-1608 "), row("济南软件园管理中心", "BT-1608")}}});
    ASSERT_EQ(good.status, 201) << good.Describe();
    EXPECT_EQ(good.body["created"], 2);
    EXPECT_EQ(head_->Get("/api/v1/jobs?kind=after_sales").body["total"], 2);
}

}  // namespace
}  // namespace kefu::api_tests
