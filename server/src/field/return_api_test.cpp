// Quality returns through the API (R-FLD-9): goods back at the factory are checked for their
// repacking once per return, a damage with a note and a photo kept without the phone's metadata;
// the head charges the loss to the person responsible, and only the head, finance and leadership
// see the charges, in the lists and in the audit trail. The clock says 2026-11-27 10:00 China.
#include <gtest/gtest.h>

#include <string>

#include "db/bytes_text.hpp"
#include "field/field_api_fixture.hpp"
#include "images/testing/jpeg_segments.hpp"
#include "images/testing/photo_fixtures.hpp"

namespace kefu::api_tests {
namespace {

namespace photos = images::testing;

class ReturnApi : public FieldApi {
protected:
    void SetUp() override {
        FieldApi::SetUp();
        env_.test_app.CreateUser("keeper", {Role::kWarehouse});
        env_.test_app.CreateUser("finance", {Role::kFinance});
        env_.test_app.CreateUser("admin", {Role::kAdmin});
        keeper_ = std::make_unique<ApiClient>(env_.LoginAs("keeper"));
    }

    /// Loads the fixture's job, then brings it back to the factory; its version after that.
    int Return() {
        EXPECT_EQ(Fire("start_loading").status, 200);
        const auto back = head_->Post("/api/v1/jobs/" + std::to_string(job_) + "/events",
                                      {{"event", "return_to_factory"},
                                       {"version", Job()["version"]},
                                       {"reason", "现场不具备安装条件"}});
        EXPECT_EQ(back.status, 200) << back.Describe();
        EXPECT_EQ(back.body["status"], "returned_to_factory");
        return back.body["version"].get<int>();
    }

    static json Photo(const std::string& bytes, const std::string& type = "image/jpeg") {
        return {{"contentType", type}, {"data", db::BytesToText(bytes)}};
    }

    ApiResponse Check(ApiClient& client, int version, const std::string& outcome, json extra = {}) {
        json body{{"jobId", job_}, {"jobVersion", version}, {"outcome", outcome}};
        for (auto& [key, value] : extra.items()) body[key] = value;
        return client.Post("/api/v1/field/returns", body);
    }

    /// A damaged check of the returned job, with a note and a photo.
    std::int64_t DamagedCheck() {
        const int version = Return();
        return IdOf(Must(Check(*keeper_,
                               version,
                               "damaged",
                               {{"note", "桌面包角缺失，边角压坏"},
                                {"photo", Photo(photos::SolidJpeg(640, 480, 200, 30, 30))}}),
                         201));
    }

    ApiResponse ChargeOn(ApiClient& client, std::int64_t check, std::int64_t staff, json amount) {
        return client.Post(
            "/api/v1/field/returns/" + std::to_string(check) + "/charges",
            {{"staffId", staff}, {"amountFen", amount}, {"reason", "未加包角重新包装"}});
    }

    /// The awaiting job and the check of job_ in the keeper's or another reader's desk.
    static const json* Find(const json& list, const char* key, std::int64_t job) {
        for (const json& item : list) {
            if (item[key] == job) return &item;
        }
        return nullptr;
    }

    std::int64_t Rows(const std::string& table) { return CountRows(*env_.test_app.app).at(table); }

    std::unique_ptr<ApiClient> keeper_;
};

TEST_F(ReturnApi, AReturnWaitsUntilItsRepackingIsCheckedOnce) {  // R-FLD-9
    const int version = Return();
    const auto before = Must(keeper_->Get("/api/v1/field/returns"), 200);
    const json* awaiting = Find(before.body["awaiting"], "jobId", job_);
    ASSERT_NE(awaiting, nullptr) << before.raw;
    EXPECT_EQ((*awaiting)["jobVersion"], version);
    EXPECT_EQ((*awaiting)["totalPieces"], 10);
    EXPECT_EQ((*awaiting)["crew"][0]["name"], "李强");  // who repacked it: the lead first
    EXPECT_EQ(before.body["from"], "2026-10-29");       // the last 30 days up to today
    EXPECT_EQ(before.body["to"], kToday);

    const auto checked = Must(Check(*keeper_, version, "intact"), 201);
    EXPECT_EQ(checked.body["outcome"], "intact");
    EXPECT_EQ(checked.body["hasPhoto"], false);
    EXPECT_EQ(checked.body["jobVersion"], version);

    const auto after = Must(keeper_->Get("/api/v1/field/returns"), 200);
    EXPECT_EQ(Find(after.body["awaiting"], "jobId", job_), nullptr) << after.raw;
    const json* listed = Find(after.body["checks"], "jobId", job_);
    ASSERT_NE(listed, nullptr) << after.raw;
    EXPECT_EQ((*listed)["checkedByName"], "keeper");

    // A second check of the same return (a double tap) is refused and stores nothing.
    const std::int64_t rows = Rows("field_return_checks");
    const auto again = Check(*keeper_,
                             version,
                             "damaged",
                             {{"note", "x"}, {"photo", Photo(photos::SolidJpeg(64, 64, 1, 2, 3))}});
    EXPECT_EQ(again.status, 409) << again.Describe();
    EXPECT_TRUE(again.HasViolation("jobId", "already_checked"));
    EXPECT_EQ(Rows("field_return_checks"), rows);

    const auto audit = Must(
        head_->Get("/api/v1/audit?entity=field_return&entityId=" + std::to_string(IdOf(checked))),
        200);
    ASSERT_EQ(audit.body["items"].size(), 1u) << audit.raw;
    EXPECT_EQ(audit.body["items"][0]["action"], "check");
}

TEST_F(ReturnApi, OnlyGoodsBackAtTheFactoryAtTheVersionReadAreChecked) {  // R-FLD-9
    // Still scheduled: nothing came back.
    const auto early = Check(*keeper_, Job()["version"].get<int>(), "intact");
    EXPECT_EQ(early.status, 400) << early.Describe();
    EXPECT_TRUE(early.HasViolation("jobId", "state"));
    const int version = Return();
    const auto stale = Check(*keeper_, version - 1, "intact");
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    // A technician has no part in it.
    auto tech = env_.LoginAs("other");
    EXPECT_EQ(Check(tech, version, "intact").status, 403);
    EXPECT_EQ(Rows("field_return_checks"), 0);
}

TEST_F(ReturnApi, ADamageNeedsANoteAndARealPhotoKeptWithoutItsMetadata) {  // R-FLD-9
    const int version = Return();
    const auto bare = Check(*keeper_, version, "damaged");
    EXPECT_EQ(bare.status, 400) << bare.Describe();
    EXPECT_TRUE(bare.HasViolation("note", "required"));
    EXPECT_TRUE(bare.HasViolation("photo", "required"));
    const auto not_a_photo =
        Check(*keeper_, version, "damaged", {{"note", "压坏"}, {"photo", Photo("PK\x03\x04 zip")}});
    EXPECT_EQ(not_a_photo.status, 400) << not_a_photo.Describe();
    EXPECT_EQ(not_a_photo.body["error"]["violations"][0]["field"], "photo") << not_a_photo.raw;
    EXPECT_EQ(Rows("field_return_checks"), 0);

    const std::string taken = photos::InsertAfterSoi(photos::MarkedJpeg(2000, 1200),
                                                     photos::ExifSegment(6) + photos::XmpSegment());
    const auto stored = Must(
        Check(*keeper_, version, "damaged", {{"note", "包角缺失"}, {"photo", Photo(taken)}}), 201);
    EXPECT_EQ(stored.body["hasPhoto"], true);
    const auto file =
        Must(keeper_->Get("/api/v1/field/returns/" + std::to_string(IdOf(stored)) + "/photo"), 200);
    EXPECT_TRUE(file.raw.starts_with("\xFF\xD8\xFF"));
    EXPECT_EQ(file.raw.find("Exif"), std::string::npos);
    EXPECT_EQ(file.raw.find("GPS"), std::string::npos);
}

TEST_F(ReturnApi, TheHeadChargesTheLossToThePersonResponsibleOnce) {  // R-FLD-9
    const std::int64_t check = DamagedCheck();
    EXPECT_EQ(ChargeOn(*keeper_, check, lead_, 12'345).status, 403);  // the head decides
    const auto charged = Must(ChargeOn(*head_, check, lead_, 12'345), 201);
    EXPECT_EQ(charged.body["amountFen"], 12'345);
    EXPECT_EQ(charged.body["staff"]["name"], "李强");
    EXPECT_EQ(charged.body["decidedByName"], "head");

    const std::int64_t rows = Rows("field_charges");
    const auto twice = ChargeOn(*head_, check, lead_, 500);
    EXPECT_EQ(twice.status, 409) << twice.Describe();
    EXPECT_TRUE(twice.HasViolation("staffId", "already_charged"));
    EXPECT_TRUE(ChargeOn(*head_, check, 999'999, 500).HasViolation("staffId", "not_found"));
    EXPECT_TRUE(ChargeOn(*head_, check, member_, 0).HasViolation("amountFen", "out_of_range"));
    EXPECT_TRUE(
        ChargeOn(*head_, check, member_, 100'000'001).HasViolation("amountFen", "out_of_range"));
    EXPECT_EQ(ChargeOn(*head_, check + 1000, member_, 500).status, 404);
    EXPECT_EQ(Rows("field_charges"), rows);

    // The member shares the loss: a second person on the same check.
    Must(ChargeOn(*head_, check, member_, 4'000), 201);
    const auto totals = Must(head_->Get("/api/v1/field/charges"), 200);
    ASSERT_EQ(totals.body["items"].size(), 2u) << totals.raw;
    ASSERT_EQ(totals.body["totals"].size(), 2u) << totals.raw;
    EXPECT_EQ(totals.body["totals"][0]["staff"]["name"], "李强");
    EXPECT_EQ(totals.body["totals"][0]["amountFen"], 12'345);
}

// R-FLD-9: a charge decided in error is withdrawn by the head with a reason; it stays listed,
// marked, no longer counts in the person's total, and the trail keeps it (readable like the
// charge). Only the head withdraws, once.
TEST_F(ReturnApi, TheHeadWithdrawsAChargeDecidedInErrorAndItNoLongerCounts) {
    const std::int64_t check = DamagedCheck();
    const std::int64_t wrong = IdOf(Must(ChargeOn(*head_, check, member_, 6'000), 201));
    Must(ChargeOn(*head_, check, lead_, 2'500), 201);
    const std::string path = "/api/v1/field/charges/" + std::to_string(wrong) + "/withdrawal";

    auto finance = env_.LoginAs("finance");
    EXPECT_EQ(finance.Post(path, {{"reason", "x"}}).status, 403) << "finance reads, never decides";
    EXPECT_EQ(keeper_->Post(path, {{"reason", "x"}}).status, 403);
    EXPECT_TRUE(head_->Post(path, {{"reason", ""}}).HasViolation("reason", "required"));
    EXPECT_TRUE(
        head_->Post(path, {{"reason", std::string(201, 'x')}}).HasViolation("reason", "too_long"));
    EXPECT_EQ(head_->Post("/api/v1/field/charges/999999/withdrawal", {{"reason", "x"}}).status,
              404);

    const auto withdrawn = Must(head_->Post(path, {{"reason", "责任人搞错了，应为带班人"}}), 200);
    EXPECT_EQ(withdrawn.body["withdrawalReason"], "责任人搞错了，应为带班人");
    EXPECT_EQ(withdrawn.body["withdrawnByName"], "head");
    EXPECT_FALSE(withdrawn.body["withdrawnAt"].get<std::string>().empty());
    const auto again = head_->Post(path, {{"reason", "再撤一次"}});
    EXPECT_EQ(again.status, 400) << again.Describe();
    EXPECT_TRUE(again.HasViolation("charge", "withdrawn"));

    const auto report = Must(finance.Get("/api/v1/field/charges"), 200);
    ASSERT_EQ(report.body["items"].size(), 2u) << "still listed: " << report.raw;
    ASSERT_EQ(report.body["totals"].size(), 1u) << report.raw;
    EXPECT_EQ(report.body["totals"][0]["staff"]["name"], "李强");
    EXPECT_EQ(report.body["totals"][0]["amountFen"], 2'500);

    const std::string query = "/api/v1/audit?entity=field_charge&entityId=" + std::to_string(wrong);
    const auto trail = Must(head_->Get(query), 200);
    ASSERT_EQ(trail.body["items"].size(), 2u) << trail.raw;
    EXPECT_EQ(trail.body["items"][0]["action"], "withdraw");
    EXPECT_EQ(trail.body["items"][0]["after"]["withdrawalReason"], "责任人搞错了，应为带班人");
    EXPECT_TRUE(Must(env_.LoginAs("admin").Get(query), 200).body["items"].empty());
}

// R-FLD-9: a wrong amount is corrected by withdrawing the charge and charging the same person
// again; only the standing charge counts, and a second standing one is still refused.
TEST_F(ReturnApi, AWithdrawnChargeIsDecidedAgainForTheSamePerson) {
    const std::int64_t check = DamagedCheck();
    const std::int64_t wrong = IdOf(Must(ChargeOn(*head_, check, lead_, 60'000), 201));
    Must(head_->Post("/api/v1/field/charges/" + std::to_string(wrong) + "/withdrawal",
                     {{"reason", "金额多写了一个零"}}),
         200);

    const auto corrected = Must(ChargeOn(*head_, check, lead_, 6'000), 201);
    EXPECT_NE(IdOf(corrected), wrong);
    const auto twice = ChargeOn(*head_, check, lead_, 100);
    EXPECT_EQ(twice.status, 409) << twice.Describe();
    EXPECT_TRUE(twice.HasViolation("staffId", "already_charged"));

    const auto report = Must(head_->Get("/api/v1/field/charges"), 200);
    ASSERT_EQ(report.body["items"].size(), 2u) << "the withdrawn one stays listed: " << report.raw;
    ASSERT_EQ(report.body["totals"].size(), 1u) << report.raw;
    EXPECT_EQ(report.body["totals"][0]["amountFen"], 6'000);
    EXPECT_EQ(Rows("field_charges"), 2);
}

TEST_F(ReturnApi, AnIntactReturnCannotBeCharged) {  // R-FLD-9: loss from bad repacking only
    const int version = Return();
    const auto intact = Must(Check(*keeper_, version, "intact"), 201);
    const auto refused = ChargeOn(*head_, IdOf(intact), lead_, 500);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("outcome", "not_damaged"));
    EXPECT_EQ(Rows("field_charges"), 0);
}

TEST_F(ReturnApi, OnlyTheHeadFinanceAndLeadershipSeeTheCharges) {  // R-FLD-9, R-SEC-2
    const std::int64_t check = DamagedCheck();
    const std::int64_t charge = IdOf(Must(ChargeOn(*head_, check, lead_, 8'800), 201));

    auto finance = env_.LoginAs("finance");
    const auto listed = Must(finance.Get("/api/v1/field/charges"), 200);
    ASSERT_EQ(listed.body["items"].size(), 1u) << listed.raw;
    EXPECT_EQ(listed.body["items"][0]["reason"], "未加包角重新包装");
    EXPECT_EQ(keeper_->Get("/api/v1/field/charges").status, 403);
    EXPECT_EQ(crew_->Get("/api/v1/field/charges").status, 403);

    // The keeper sees the check but not what it cost whom; the head sees both.
    const auto keeper_desk = Must(keeper_->Get("/api/v1/field/returns"), 200);
    const json* seen = Find(keeper_desk.body["checks"], "id", check);
    ASSERT_NE(seen, nullptr) << keeper_desk.raw;
    EXPECT_TRUE((*seen)["charges"].empty());
    const auto head_desk = Must(head_->Get("/api/v1/field/returns"), 200);
    const json* full = Find(head_desk.body["checks"], "id", check);
    ASSERT_NE(full, nullptr) << head_desk.raw;
    ASSERT_EQ((*full)["charges"].size(), 1u);
    EXPECT_EQ((*full)["charges"][0]["amountFen"], 8'800);

    // The audit trail: the head reads the entry, the administrator (audit.read) does not.
    const std::string query =
        "/api/v1/audit?entity=field_charge&entityId=" + std::to_string(charge);
    EXPECT_EQ(Must(head_->Get(query), 200).body["items"].size(), 1u);
    auto admin = env_.LoginAs("admin");
    const auto hidden = Must(admin.Get(query), 200);
    EXPECT_TRUE(hidden.body["items"].empty()) << hidden.raw;
}

TEST_F(ReturnApi, ChargesAreListedByTheirDayInChina) {  // R-FLD-9
    const std::int64_t check = DamagedCheck();
    // 00:30 on 28 November in China is still 27 November in UTC.
    env_.test_app.clock.Set(*ParseTimestamp("2026-11-27T16:30:00Z"));
    head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
    Must(ChargeOn(*head_, check, lead_, 100), 201);
    EXPECT_TRUE(Must(head_->Get("/api/v1/field/charges?from=2026-11-27&to=2026-11-27"), 200)
                    .body["items"]
                    .empty());
    EXPECT_EQ(Must(head_->Get("/api/v1/field/charges?from=2026-11-28&to=2026-11-28"), 200)
                  .body["items"]
                  .size(),
              1u);
    EXPECT_TRUE(head_->Get("/api/v1/field/charges?from=2026-11-28&to=2026-11-01")
                    .HasViolation("to", "before_from"));
}

}  // namespace
}  // namespace kefu::api_tests
