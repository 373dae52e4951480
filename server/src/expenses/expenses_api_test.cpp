// Travel claims through the API, on the engine under test (R-EXP-1..7): a claim submitted,
// approved by the head and paid by finance with the allowances computed per line; approval
// refused while a line is unpayable; rejections with reasons; a paid claim immutable; bad money
// refused with the field path and nothing stored; who sees which claim; the claim PDF read with
// pdftotext and the finance XLSX read with openpyxl.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <tuple>

#include "app/api_tests/api_harness.hpp"
#include "documents/private_temp_dir.hpp"
#include "documents/testing/external_tool.hpp"
#include "documents/testing/pdf_probe.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

constexpr const char* kYiyuan = "370323";  // 沂源县, a county (lodging 30 yuan)
constexpr const char* kShinan = "370202";  // 青岛市市南区, prefecture level (35 yuan)
constexpr const char* kLixia = "370102";   // 济南市历下区, the local area

json Meal(const std::string& meal,
          const std::string& date,
          const std::string& claimed,
          std::vector<std::string> diners) {
    const auto n = static_cast<std::int64_t>(diners.size());
    return {{"kind", "meal"},
            {"date", date},
            {"claimed", claimed},
            {"meal", meal},
            {"diners", diners},
            {"dinerCount", n}};
}

json Lodging(const std::string& date, int nights, int persons, const std::string& claimed) {
    return {{"kind", "lodging"},
            {"date", date},
            {"claimed", claimed},
            {"nights", nights},
            {"persons", persons}};
}

json Fare(const std::string& fare_class, const std::string& claimed) {
    return {
        {"kind", "fare"}, {"date", "2026-11-23"}, {"claimed", claimed}, {"fareClass", fare_class}};
}

// Monday 07:30 to Tuesday 18:30, China time.
json Claim(const std::string& division, json lines) {
    return {{"divisionCode", division},
            {"departure", "2026-11-23T07:30:00+08:00"},
            {"returnAt", "2026-11-24T18:30:00+08:00"},
            {"purpose", "送货安装"},
            {"lines", std::move(lines)}};
}

class ExpensesApi : public ::testing::Test {
protected:
    void SetUp() override {
        auto loaded = env_.test_app.app->LoadReferenceData();  // divisions
        if (!loaded) throw std::runtime_error(loaded.error().message());
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("finance", {Role::kFinance});
        env_.test_app.CreateUser("leader", {Role::kLeadership});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        tech1_staff_ = Staff("张伟", "13905310101");
        env_.test_app.CreateUser("tech1", {Role::kTechnician}, tech1_staff_);
        env_.test_app.CreateUser("tech2", {Role::kTechnician}, Staff("李强", "13905310102"));
        tech1_ = std::make_unique<ApiClient>(env_.LoginAs("tech1"));
        tech2_ = std::make_unique<ApiClient>(env_.LoginAs("tech2"));
        finance_ = std::make_unique<ApiClient>(env_.LoginAs("finance"));
    }

    StaffId Staff(const std::string& name, const std::string& phone) {
        ApiResponse r = head_->Post("/api/v1/staff",
                                    {{"name", name},
                                     {"phone", phone},
                                     {"hireDate", "2020-03-01"},
                                     {"experienceStart", "2020-03-01"},
                                     {"grade", "technician"}});
        if (r.status != 201) throw std::runtime_error(r.Describe());
        return StaffId(r.body["id"].get<std::int64_t>());
    }

    // The line of `claim` at `index`.
    static const json& Line(const ApiResponse& claim, std::size_t index) {
        return claim.body["lines"][index];
    }

    static std::string Path(const ApiResponse& claim, const std::string& suffix = "") {
        return "/api/v1/expense-claims/" + std::to_string(claim.body["id"].get<std::int64_t>()) +
               suffix;
    }

    static std::int64_t Version(const ApiResponse& claim) {
        return claim.body["version"].get<std::int64_t>();
    }

    // Uploads `bytes` as a receipt of the line at `index`.
    static ApiResponse Upload(ApiClient& client,
                              const ApiResponse& claim,
                              std::size_t index,
                              const std::string& bytes,
                              const std::string& type = "image/jpeg") {
        const auto line = Line(claim, index)["id"].get<std::int64_t>();
        return client.SendRaw("POST",
                              Path(claim,
                                   "/lines/" + std::to_string(line) +
                                       "/receipts?version=" + std::to_string(Version(claim))),
                              bytes,
                              type);
    }

    // The claim after a photo of a receipt is attached to each meal and lodging line.
    static ApiResponse WithReceipts(ApiClient& client, ApiResponse claim) {
        for (std::size_t i = 0; i < claim.body["lines"].size(); ++i) {
            const std::string kind = Line(claim, i)["kind"];
            if (kind != "meal" && kind != "lodging") continue;
            ApiResponse next = Upload(client, claim, i, kJpeg);
            if (next.status != 201) throw std::runtime_error(next.Describe());
            claim = std::move(next);
        }
        return claim;
    }

    static inline const std::string kJpeg{"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00receipt", 18};

    ApiEnv env_;
    StaffId tech1_staff_;
    std::unique_ptr<ApiClient> head_;
    std::unique_ptr<ApiClient> tech1_;
    std::unique_ptr<ApiClient> tech2_;
    std::unique_ptr<ApiClient> finance_;
};

// R-EXP-1, R-EXP-3, R-EXP-5, R-EXP-7: computed per line, then submitted → head approved → paid.
TEST_F(ExpensesApi, SubmitApprovePayWithComputedAllowances) {
    ApiResponse c =
        tech1_->Post("/api/v1/expense-claims",
                     Claim(kYiyuan,
                           {Fare("bus", "36.00"),
                            Meal("lunch", "2026-11-23", "24.00", {"张伟", "李强"}),
                            Lodging("2026-11-23", 1, 2, "80.00"),
                            Meal("breakfast", "2026-11-24", "10.00", {"张伟", "李强"})}));
    ASSERT_EQ(c.status, 201) << c.Describe();
    // R-EXP-4/5: meals and nights are not payable until their receipts are attached.
    EXPECT_EQ(Line(c, 1)["rule"], "receipt_missing");
    EXPECT_EQ(Line(c, 2)["rule"], "receipt_missing");
    EXPECT_EQ(Line(c, 2)["payable"], false);
    c = WithReceipts(*tech1_, c);
    EXPECT_EQ(c.body["status"], "submitted");
    EXPECT_EQ(c.body["placeClass"], "county_level");
    EXPECT_EQ(c.body["local"], false);
    EXPECT_EQ(Line(c, 0)["rule"], "fare_at_cost");
    EXPECT_EQ(Line(c, 0)["allowed"], "36.00");
    EXPECT_EQ(Line(c, 1)["rule"], "meal_out_of_town");
    EXPECT_EQ(Line(c, 1)["allowed"], "20.00");  // 10 yuan × 2 diners, of 24 claimed
    EXPECT_EQ(Line(c, 1)["policyUsed"][0]["key"], "expense.meal.out_of_town.lunch_fen");
    EXPECT_EQ(Line(c, 1)["policyUsed"][0]["value"], 1000);
    EXPECT_EQ(Line(c, 2)["rule"], "lodging_capped");
    EXPECT_EQ(Line(c, 2)["allowed"], "60.00");  // 30 yuan × 1 night × 2 persons
    EXPECT_EQ(Line(c, 3)["allowed"], "10.00");  // 5 yuan × 2
    EXPECT_EQ(c.body["totalClaimed"], "150.00");
    EXPECT_EQ(c.body["totalAllowed"], "126.00");

    // Only the head approves, only finance pays.
    EXPECT_EQ(
        tech1_->Post(Path(c, "/events"), {{"event", "approve"}, {"version", Version(c)}}).status,
        403);
    EXPECT_EQ(
        finance_->Post(Path(c, "/events"), {{"event", "approve"}, {"version", Version(c)}}).status,
        403);
    ApiResponse approved =
        head_->Post(Path(c, "/events"), {{"event", "approve"}, {"version", Version(c)}});
    ASSERT_EQ(approved.status, 200) << approved.Describe();
    EXPECT_EQ(approved.body["status"], "head_approved");
    EXPECT_EQ(
        head_->Post(Path(c, "/events"), {{"event", "pay"}, {"version", Version(approved)}}).status,
        403);
    ApiResponse paid =
        finance_->Post(Path(c, "/events"), {{"event", "pay"}, {"version", Version(approved)}});
    ASSERT_EQ(paid.status, 200) << paid.Describe();
    EXPECT_EQ(paid.body["status"], "paid");

    // A paid claim is immutable.
    ApiResponse add = tech1_->Post(Path(c, "/lines"),
                                   {{"line", Fare("bus", "5.00")}, {"version", Version(paid)}});
    EXPECT_EQ(add.status, 400) << add.Describe();
    EXPECT_TRUE(add.HasViolation("status", "claim_paid")) << add.Describe();
    ApiResponse reject = finance_->Post(
        Path(c, "/events"), {{"event", "reject"}, {"reason", "晚了"}, {"version", Version(paid)}});
    EXPECT_EQ(reject.status, 400) << reject.Describe();
    EXPECT_EQ(tech1_->Get(Path(c)).body["status"], "paid");
}

// R-EXP-2, R-EXP-1, R-EXP-7: a line that is not payable blocks the approval until it is removed
// (or rejected).
TEST_F(ExpensesApi, ApprovalRefusedWhileALineIsUnpayable) {
    ApiResponse c = tech1_->Post(
        "/api/v1/expense-claims",
        Claim(kLixia,
              {Meal("lunch", "2026-11-23", "20.00", {"张伟", "李强"}), Fare("taxi", "30.00")}));
    ASSERT_EQ(c.status, 201) << c.Describe();
    c = WithReceipts(*tech1_, c);
    EXPECT_EQ(c.body["local"], true);
    // A local meal needs the trip log's times; a taxi needs a leader's approval.
    EXPECT_EQ(Line(c, 0)["rule"], "meal_local_no_trip_log");
    EXPECT_EQ(Line(c, 0)["payable"], false);
    EXPECT_EQ(Line(c, 1)["rule"], "fare_needs_approval");
    EXPECT_EQ(c.body["hasUnpayableLine"], true);

    ApiResponse refused =
        head_->Post(Path(c, "/events"), {{"event", "approve"}, {"version", Version(c)}});
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("lines", "unpayable_line")) << refused.Describe();
    EXPECT_EQ(head_->Get(Path(c)).body["status"], "submitted");

    // The claimant removes the meal, the head rejects the taxi with a reason: now approvable.
    const auto meal_id = Line(c, 0)["id"].get<std::int64_t>();
    ApiResponse removed = tech1_->Post(Path(c, "/lines/" + std::to_string(meal_id) + "/remove"),
                                       {{"version", Version(c)}});
    ASSERT_EQ(removed.status, 200) << removed.Describe();
    ASSERT_EQ(removed.body["lines"].size(), 1u);
    const auto taxi_id = Line(removed, 0)["id"].get<std::int64_t>();
    EXPECT_EQ(tech2_
                  ->Post(Path(c, "/lines/" + std::to_string(taxi_id) + "/reject"),
                         {{"reason", "x"}, {"version", Version(removed)}})
                  .status,
              403);
    ApiResponse rejected_line =
        head_->Post(Path(c, "/lines/" + std::to_string(taxi_id) + "/reject"),
                    {{"reason", "未经领导同意"}, {"version", Version(removed)}});
    ASSERT_EQ(rejected_line.status, 200) << rejected_line.Describe();
    EXPECT_EQ(Line(rejected_line, 0)["status"], "rejected");
    EXPECT_EQ(Line(rejected_line, 0)["rejectReason"], "未经领导同意");
    EXPECT_EQ(rejected_line.body["totalAllowed"], "0.00");
    ApiResponse approved = head_->Post(Path(c, "/events"),
                                       {{"event", "approve"}, {"version", Version(rejected_line)}});
    EXPECT_EQ(approved.status, 200) << approved.Describe();
}

// R-EXP-2: with a trip log the log's times decide the local meals: lunch when away over the whole
// lunch period, dinner only when back after the end of the working day.
TEST_F(ExpensesApi, LocalMealsFollowTheTripLog) {
    ApiResponse van = head_->Post("/api/v1/vehicles",
                                  {{"plate", "鲁A12345"},
                                   {"model", "江铃顺达"},
                                   {"volumeL", 10000},
                                   {"payloadKg", 1500},
                                   {"seats", 3},
                                   {"status", "in_service"}});
    ASSERT_EQ(van.status, 201) << van.Describe();
    ApiResponse trip = head_->Post("/api/v1/trip-logs",
                                   {{"vehicleId", van.body["id"]},
                                    {"driverStaffId", tech1_staff_.value()},
                                    {"departedAt", "2026-11-23T08:00:00+08:00"},
                                    {"returnedAt", "2026-11-23T17:00:00+08:00"},
                                    {"odometerOutKm", 1000},
                                    {"odometerInKm", 1050},
                                    {"destinations", "历下区"}});
    ASSERT_EQ(trip.status, 201) << trip.Describe();
    ApiResponse c = tech1_->Post("/api/v1/expense-claims",
                                 {{"tripLogId", trip.body["id"]},
                                  {"divisionCode", kLixia},
                                  {"lines",
                                   {Meal("lunch", "2026-11-23", "20.00", {"张伟", "李强"}),
                                    Meal("dinner", "2026-11-23", "20.00", {"张伟", "李强"})}}});
    ASSERT_EQ(c.status, 201) << c.Describe();
    c = WithReceipts(*tech1_, c);
    EXPECT_EQ(c.body["timesFromTripLog"], true);
    EXPECT_EQ(c.body["departure"], "2026-11-23T00:00:00Z");
    EXPECT_EQ(Line(c, 0)["rule"], "meal_local_lunch");
    EXPECT_EQ(Line(c, 0)["allowed"], "20.00");
    EXPECT_EQ(Line(c, 1)["rule"], "meal_local_not_away");  // back at 17:00, before 17:30
    EXPECT_EQ(Line(c, 1)["payable"], false);
    // R-EXP-7 / R-SEC-2: 李强 neither drove this trip nor served one of its jobs: he may not cite
    // it (its times would pay his meals), and nothing is stored.
    ApiResponse stranger =
        tech2_->Post("/api/v1/expense-claims",
                     {{"tripLogId", trip.body["id"]},
                      {"divisionCode", kLixia},
                      {"lines", {Meal("lunch", "2026-11-23", "20.00", {"李强"})}}});
    EXPECT_EQ(stranger.status, 400) << stranger.Describe();
    EXPECT_TRUE(stranger.HasViolation("tripLogId", "not_on_trip")) << stranger.Describe();
    EXPECT_EQ(tech2_->Get("/api/v1/expense-claims").body["total"], 0);
    EXPECT_EQ(head_->Get("/api/v1/expense-claims").body["total"], 1);
    ApiResponse unknown = tech1_->Post(
        "/api/v1/expense-claims",
        {{"tripLogId", 999999}, {"lines", {Meal("lunch", "2026-11-23", "20.00", {"张伟"})}}});
    EXPECT_EQ(unknown.status, 400) << unknown.Describe();
    EXPECT_TRUE(unknown.HasViolation("tripLogId", "not_found")) << unknown.Describe();
}

// R-EXP-7: the head rejects a claim with a reason; without one it is refused.
TEST_F(ExpensesApi, HeadRejectsAClaimWithAReason) {
    ApiResponse c = tech1_->Post(
        "/api/v1/expense-claims",
        Claim(kShinan, {Lodging("2026-11-23", 1, 1, "50.00"), Fare("train", "120.50")}));
    ASSERT_EQ(c.status, 201) << c.Describe();
    c = WithReceipts(*tech1_, c);
    EXPECT_EQ(c.body["placeClass"], "prefecture_level");
    EXPECT_EQ(Line(c, 0)["allowed"], "35.00");
    ApiResponse no_reason =
        head_->Post(Path(c, "/events"), {{"event", "reject"}, {"version", Version(c)}});
    EXPECT_EQ(no_reason.status, 400) << no_reason.Describe();
    EXPECT_TRUE(no_reason.HasViolation("reason", "required"));
    ApiResponse rejected =
        head_->Post(Path(c, "/events"),
                    {{"event", "reject"}, {"reason", "无派工记录"}, {"version", Version(c)}});
    ASSERT_EQ(rejected.status, 200) << rejected.Describe();
    EXPECT_EQ(rejected.body["status"], "rejected");
    EXPECT_EQ(rejected.body["rejectReason"], "无派工记录");
    // A rejected claim moves no further.
    EXPECT_EQ(
        head_->Post(Path(c, "/events"), {{"event", "approve"}, {"version", Version(rejected)}})
            .status,
        400);
}

// R-EXP-1, R-EXP-5: a taxi fare and lodging above the standard are approved by leadership in the
// approval inbox, never by the claimant; the decision decides the line anew.
TEST_F(ExpensesApi, LeadershipApprovesLinesInTheInbox) {
    ApiResponse c = tech1_->Post(
        "/api/v1/expense-claims",
        Claim(kYiyuan,
              {Fare("taxi", "45.00"), Lodging("2026-11-23", 1, 1, "50.00"), Fare("bus", "12.00")}));
    ASSERT_EQ(c.status, 201) << c.Describe();
    c = WithReceipts(*tech1_, c);
    EXPECT_EQ(Line(c, 0)["rule"], "fare_needs_approval");
    EXPECT_EQ(Line(c, 0)["mayRequestApproval"], true);
    EXPECT_EQ(Line(c, 1)["rule"], "lodging_capped");  // 30 of 50 in a county
    EXPECT_EQ(Line(c, 1)["allowed"], "30.00");
    EXPECT_EQ(Line(c, 2)["mayRequestApproval"], false);
    EXPECT_TRUE(Line(c, 0)["approval"].is_null());
    // The claimant cannot approve his own line: the flag is no input.
    json ticked = Fare("taxi", "45.00");
    ticked["leaderApproval"] = true;
    ApiResponse self = tech1_->Post(Path(c, "/lines"), {{"line", ticked}, {"version", Version(c)}});
    EXPECT_TRUE(self.HasViolation("line.leaderApproval", "unknown_field")) << self.Describe();

    auto request = [&](const ApiResponse& claim, std::size_t index) {
        const auto line = Line(claim, index)["id"].get<std::int64_t>();
        return tech1_->Post(Path(claim, "/lines/" + std::to_string(line) + "/approval-request"),
                            {{"reason", "客户急需"}, {"version", Version(claim)}});
    };
    ApiResponse not_needed = request(c, 2);
    EXPECT_TRUE(not_needed.HasViolation("line", "approval_not_needed")) << not_needed.Describe();
    ApiResponse asked = request(c, 0);
    ASSERT_EQ(asked.status, 200) << asked.Describe();
    EXPECT_EQ(Line(asked, 0)["approval"]["status"], "pending");
    ApiResponse twice = request(asked, 0);
    EXPECT_TRUE(twice.HasViolation("line", "approval_pending")) << twice.Describe();
    ApiResponse asked_night = request(asked, 1);
    ASSERT_EQ(asked_night.status, 200) << asked_night.Describe();

    // Leadership sees both in the inbox; the head cannot approve the claim meanwhile.
    ApiClient leader = env_.LoginAs("leader");
    ApiResponse inbox = leader.Get("/api/v1/approvals?status=pending");
    ASSERT_EQ(inbox.status, 200) << inbox.Describe();
    ASSERT_EQ(inbox.body["total"], 2) << inbox.Describe();
    EXPECT_EQ(inbox.body["items"][0]["kind"], "expense_line");
    // The web reads this form to say it in the user's language (approvals/views/data.ts).
    const std::regex summary_form(R"(.+: \d{4}-\d{2}-\d{2} (taxi|lodging) \d+\.\d{2} yuan \(.*\))");
    for (const json& item : inbox.body["items"]) {
        EXPECT_TRUE(std::regex_match(item["summary"].get<std::string>(), summary_form)) << item;
    }
    EXPECT_EQ(
        head_->Post(Path(c, "/events"), {{"event", "approve"}, {"version", Version(asked_night)}})
            .status,
        400);
    auto decide = [&](std::size_t index, bool approve, const std::string& reason) {
        const auto id = Line(asked_night, index)["approval"]["id"].get<std::int64_t>();
        return leader.Post("/api/v1/approvals/" + std::to_string(id) + "/decision",
                           {{"approve", approve}, {"reason", reason}, {"version", 1}});
    };
    ASSERT_EQ(decide(0, true, "").status, 200);
    ASSERT_EQ(decide(1, false, "按标准报销").status, 200);

    ApiResponse now = tech1_->Get(Path(c));
    EXPECT_EQ(Line(now, 0)["rule"], "fare_approved");
    EXPECT_EQ(Line(now, 0)["payable"], true);
    EXPECT_EQ(Line(now, 0)["approval"]["status"], "approved");
    EXPECT_EQ(Line(now, 1)["rule"], "lodging_capped");  // refused: still the standard
    EXPECT_EQ(Line(now, 1)["allowed"], "30.00");
    EXPECT_EQ(Line(now, 1)["approval"]["status"], "rejected");
    EXPECT_EQ(Line(now, 1)["mayRequestApproval"], true);  // may ask again with a better reason
    EXPECT_GT(Version(now), Version(asked_night));
    ApiResponse approved =
        head_->Post(Path(c, "/events"), {{"event", "approve"}, {"version", Version(now)}});
    EXPECT_EQ(approved.status, 200) << approved.Describe();
    EXPECT_EQ(approved.body["totalAllowed"], "87.00");  // 45 + 30 + 12
}

// R-EXP-4/5, issue 12 §7: receipts are JPEG, PNG or PDF files checked by their bytes and size;
// a refused upload stores nothing; the receipt decides the line; others cannot read it.
TEST_F(ExpensesApi, ReceiptsAreCheckedStoredAndDecideTheLine) {
    ApiResponse c = tech1_->Post("/api/v1/expense-claims",
                                 Claim(kYiyuan, {Meal("lunch", "2026-11-23", "10.00", {"张伟"})}));
    ASSERT_EQ(c.status, 201) << c.Describe();
    EXPECT_EQ(Line(c, 0)["receipt"], false);
    EXPECT_EQ(Line(c, 0)["rule"], "receipt_missing");

    const RowContents before = SnapshotRows(*env_.test_app.app);
    const std::tuple<std::string, std::string, std::string> refused[] = {
        {"GIF89a\x01\x00", "image/gif", "unsupported_type"},
        {"%PDF-1.4 pretending", "image/jpeg", "type_mismatch"},
        {"MZ\x90\x00 an executable", "application/pdf", "type_mismatch"},
        {"", "image/png", "required"},
    };
    for (const auto& [bytes, type, reason] : refused) {
        ApiResponse r = Upload(*tech1_, c, 0, bytes, type);
        EXPECT_EQ(r.status, 400) << type << " " << r.Describe();
        EXPECT_TRUE(r.HasViolation("file", reason)) << type << " " << r.Describe();
    }
    // Over the 1 MiB limit the server refuses the body before anything reads it.
    EXPECT_EQ(Upload(*tech1_, c, 0, kJpeg + std::string(std::size_t{1024} * 1024, 'x')).status,
              413);
    // Someone else's claim does not exist for him.
    EXPECT_EQ(Upload(*tech2_, c, 0, kJpeg).status, 404);
    const auto line = Line(c, 0)["id"].get<std::int64_t>();
    ApiResponse no_version = tech1_->SendRaw(
        "POST", Path(c, "/lines/" + std::to_string(line) + "/receipts"), kJpeg, "image/jpeg");
    EXPECT_TRUE(no_version.HasViolation("version", "required")) << no_version.Describe();
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);

    ApiResponse with = Upload(*tech1_, c, 0, kJpeg);
    ASSERT_EQ(with.status, 201) << with.Describe();
    EXPECT_EQ(Line(with, 0)["receipt"], true);
    EXPECT_EQ(Line(with, 0)["rule"], "meal_out_of_town");
    EXPECT_EQ(Line(with, 0)["payable"], true);
    ASSERT_EQ(Line(with, 0)["receipts"].size(), 1u);
    const json receipt = Line(with, 0)["receipts"][0];
    EXPECT_EQ(receipt["contentType"], "image/jpeg");
    EXPECT_EQ(receipt["sizeBytes"], static_cast<std::int64_t>(kJpeg.size()));
    const std::string file = Path(c, "/receipts/" + std::to_string(receipt["id"].get<int>()));
    ApiResponse got = head_->Get(file);
    ASSERT_EQ(got.status, 200) << got.Describe();
    EXPECT_EQ(got.raw, kJpeg);
    EXPECT_EQ(got.headers.find("Content-Type")->second, "image/jpeg");
    EXPECT_EQ(tech2_->Get(file).status, 404);
    // A stale version changes nothing.
    EXPECT_EQ(Upload(*tech1_, c, 0, kJpeg).status, 409);

    // Removing the only receipt makes the meal unpayable again.
    ApiResponse removed =
        tech1_->Post(Path(c, "/receipts/" + std::to_string(receipt["id"].get<int>()) + "/remove"),
                     {{"version", Version(with)}});
    ASSERT_EQ(removed.status, 200) << removed.Describe();
    EXPECT_EQ(Line(removed, 0)["receipt"], false);
    EXPECT_EQ(Line(removed, 0)["rule"], "receipt_missing");
    EXPECT_EQ(Line(removed, 0)["receipts"].size(), 0u);
    EXPECT_EQ(head_->Get(file).status, 404);

    // Once approved the lines are fixed: no more receipts.
    ApiResponse again = WithReceipts(*tech1_, removed);
    ApiResponse approved =
        head_->Post(Path(c, "/events"), {{"event", "approve"}, {"version", Version(again)}});
    ASSERT_EQ(approved.status, 200) << approved.Describe();
    ApiResponse late = Upload(*tech1_, approved, 0, kJpeg);
    EXPECT_EQ(late.status, 400) << late.Describe();
    EXPECT_TRUE(late.HasViolation("status", "not_editable")) << late.Describe();
}

// R-EXP-7 (amounts are integer fen end to end): bad money is refused with the field path and
// nothing is stored.
TEST_F(ExpensesApi, BadMoneyIsRefusedWithTheFieldPathAndNothingStored) {
    const RowContents before = SnapshotRows(*env_.test_app.app);
    const std::pair<json, std::string> cases[] = {
        {json("12.345"), "fraction_of_fen"},
        {json("-5.00"), "must_not_be_negative"},
        {json("abc"), "invalid_money"},
        {json("99999999999.00"), "out_of_range"},
        {json(12.5), "wrong_type"},
        {json("0.00"), "out_of_range"},
    };
    for (const auto& [amount, reason] : cases) {
        json bad = Meal("lunch", "2026-11-23", "10.00", {"张伟"});
        bad["claimed"] = amount;
        ApiResponse r =
            tech1_->Post("/api/v1/expense-claims", Claim(kYiyuan, {Fare("bus", "36.00"), bad}));
        EXPECT_EQ(r.status, 400) << amount.dump() << " " << r.Describe();
        EXPECT_TRUE(r.HasViolation("lines[1].claimed", reason)) << amount.dump() << r.Describe();
    }
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);
}

// R-EXP-7: a claimant sees his own claims; the head, finance and leadership see all.
TEST_F(ExpensesApi, ClaimantsSeeOnlyTheirOwnClaims) {
    ApiResponse c = tech1_->Post("/api/v1/expense-claims", Claim(kYiyuan, {Fare("bus", "36.00")}));
    ASSERT_EQ(c.status, 201) << c.Describe();
    EXPECT_EQ(tech2_->Get(Path(c)).status, 404);
    EXPECT_EQ(tech2_->Get("/api/v1/expense-claims").body["total"], 0);
    EXPECT_EQ(tech1_->Get("/api/v1/expense-claims").body["total"], 1);
    EXPECT_EQ(head_->Get("/api/v1/expense-claims?status=submitted").body["total"], 1);
    ApiClient leader = env_.LoginAs("leader");
    EXPECT_EQ(leader.Get(Path(c)).status, 200);
    EXPECT_EQ(finance_->Get(Path(c)).status, 200);
    EXPECT_EQ(tech2_->Get(Path(c, "/form.pdf")).status, 404);
}

// R-EXP-7 outputs: the claim form as PDF (pdftotext) and finance's XLSX (openpyxl): values,
// never formulas, even for a note that starts with "=".
TEST_F(ExpensesApi, ClaimPdfAndFinanceXlsx) {
    json fare = Fare("bus", "36.00");
    fare["note"] = "=HYPERLINK(\"http://x\")";
    ApiResponse c = tech1_->Post(
        "/api/v1/expense-claims",
        Claim(kYiyuan, {fare, Meal("lunch", "2026-11-23", "24.00", {"张伟", "李强"})}));
    ASSERT_EQ(c.status, 201) << c.Describe();
    c = WithReceipts(*tech1_, c);

    ApiResponse pdf = tech1_->Get(Path(c, "/form.pdf"));
    ASSERT_EQ(pdf.status, 200) << pdf.Describe();
    ASSERT_EQ(pdf.raw.rfind("%PDF-", 0), 0u);
    documents::testing::PdfProbe probe(pdf.raw);
    const std::string text = documents::testing::WithoutSpaces(probe.Text());
    EXPECT_NE(text.find("差旅费报销单"), std::string::npos) << text;
    EXPECT_NE(text.find("沂源县"), std::string::npos) << text;
    EXPECT_NE(text.find("张伟、李强"), std::string::npos) << text;
    EXPECT_NE(text.find("外地餐补"), std::string::npos) << text;
    EXPECT_NE(text.find("60.00"), std::string::npos) << text;  // 36 + 24 claimed
    EXPECT_NE(text.find("56.00"), std::string::npos) << text;  // 36 + 20 allowed

    EXPECT_EQ(tech1_->Get("/api/v1/expense-claims/export.xlsx").status, 403);
    ApiResponse xlsx = finance_->Get("/api/v1/expense-claims/export.xlsx");
    ASSERT_EQ(xlsx.status, 200) << xlsx.Describe();
    ASSERT_TRUE(documents::testing::RequireOpenpyxl());
    auto dir = documents::PrivateTempDir::Create("kefu-expenses-xlsx-");
    ASSERT_TRUE(dir.has_value());
    const auto file = dir->path() / "claims.xlsx";
    documents::testing::WriteBytes(file, xlsx.raw);
    const char* script = R"py(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
for row in ws.iter_rows():
    for c in row:
        if c.value is not None:
            print("%s\t%s\t%s" % (c.coordinate, c.data_type, c.value))
)py";
    auto out =
        documents::testing::RunTool({"/usr/bin/python3", "-c", script, file.string()}, dir->path());
    ASSERT_EQ(out.exit_code, 0) << out.err;
    // Row 1 is the title, row 2 the header, rows 3–4 the two lines.
    EXPECT_NE(out.out.find("H3\tn\t36"), std::string::npos) << out.out;  // claimed
    EXPECT_NE(out.out.find("I4\tn\t20"), std::string::npos) << out.out;  // allowed lunch
    EXPECT_NE(out.out.find("K3\ts\t=HYPERLINK"), std::string::npos) << out.out;
    EXPECT_EQ(out.out.find("\tf\t"), std::string::npos) << out.out;  // no formula cell
}

}  // namespace
}  // namespace kefu::api_tests
