// Rework through the API (R-FLD-8): a problem left on site becomes a rework job linked to the
// original job and its crew, with the date promised to the customer and the apology call; the
// office's week list and the on-time rate per crew and person, decided on the date in China.
// The clock starts on Friday 2026-11-27 10:00 China.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "field/field_api_fixture.hpp"

namespace kefu::api_tests {
namespace {

constexpr const char* kTomorrow = "2026-11-28";

class ReworkApi : public FieldApi {
protected:
    /// Fires `event` on any job as the head.
    void FireOn(std::int64_t job, const std::string& event) {
        const auto current = Must(head_->Get("/api/v1/jobs/" + std::to_string(job)), 200);
        Must(head_->Post("/api/v1/jobs/" + std::to_string(job) + "/events",
                         {{"event", event}, {"version", current.body["version"]}}),
             200);
    }

    /// Takes `job` (scheduled, for the lead's crew) to installed: on site, then the customer
    /// signs the receipt on the lead's phone.
    void Install(std::int64_t job, const std::string& receipt_id) {
        FireOn(job, "start_loading");
        FireOn(job, "depart");
        FireOn(job, "arrive");
        Must(crew_->Post("/api/v1/field/signatures", ReceiptSignature(job, receipt_id, "王主任")),
             201);
        ASSERT_EQ(Must(head_->Get("/api/v1/jobs/" + std::to_string(job)), 200).body["status"],
                  "installed");
    }

    ApiResponse Raise(ApiClient& client,
                      std::int64_t original,
                      const std::string& committed,
                      bool apology_called = false) {
        return client.Post("/api/v1/field/reworks",
                           {{"originalJobId", original},
                            {"committedDate", committed},
                            {"problem", "两张桌面有划痕，需换新桌面"},
                            {"apologyCalled", apology_called},
                            {"apologyNote", apology_called ? "已电话致歉，客户同意周六上门" : ""}});
    }

    /// Schedules a rework job for the lead and the member on `date` in `start`–`end`.
    void Assign(std::int64_t job, const std::string& date, const char* start, const char* end) {
        const auto current = Must(head_->Get("/api/v1/jobs/" + std::to_string(job)), 200);
        Must(head_->Post("/api/v1/jobs/" + std::to_string(job) + "/assignment",
                         {{"lead", lead_},
                          {"members", {member_}},
                          {"date", date},
                          {"windowStart", start},
                          {"windowEnd", end},
                          {"version", current.body["version"]}}),
             200);
    }

    /// Moves the clock to `utc` and logs in again (sessions end after 30 idle minutes).
    void MoveClockTo(const char* utc) {
        env_.test_app.clock.Set(*ParseTimestamp(utc));
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        crew_ = std::make_unique<ApiClient>(env_.LoginAs("lead"));
    }

    std::int64_t Rows(const std::string& table) { return CountRows(*env_.test_app.app).at(table); }
};

TEST_F(ReworkApi, ARaisedReworkIsAJobLinkedToTheOriginalAndItsCrewWithThePromise) {  // R-FLD-8
    Install(job_, "9b1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e01");
    const auto raised = Must(Raise(*head_, job_, "2026-11-30", true), 201);
    const json& r = raised.body;
    EXPECT_EQ(r["originalJobId"], job_);
    EXPECT_EQ(r["committedDate"], "2026-11-30");
    EXPECT_EQ(r["timeliness"], "pending");
    EXPECT_EQ(r["jobStatus"], "new");
    EXPECT_EQ(r["apology"]["note"], "已电话致歉，客户同意周六上门");
    EXPECT_FALSE(r["apology"]["byName"].get<std::string>().empty());
    // Not assigned yet: the promise counts for the crew that left the problem.
    ASSERT_EQ(r["crew"].size(), 2U) << raised.Describe();
    EXPECT_EQ(r["crew"][0]["id"], lead_);
    EXPECT_EQ(r["crew"][0]["name"], "李强");
    EXPECT_EQ(r["crew"][1]["id"], member_);
    EXPECT_TRUE(r["crewFromOriginal"].get<bool>());

    // The rework is a job of its own: same site and items, on the committed date.
    const auto job =
        Must(head_->Get("/api/v1/jobs/" + std::to_string(r["jobId"].get<std::int64_t>())), 200);
    EXPECT_EQ(job.body["kind"], "rework");
    EXPECT_EQ(job.body["originalJobId"], job_);
    EXPECT_EQ(job.body["siteId"], site_);
    EXPECT_EQ(job.body["requestedDate"], "2026-11-30");
    EXPECT_EQ(job.body["items"].size(), 2U);
    EXPECT_EQ(job.body["notes"], "两张桌面有划痕，需换新桌面");

    // Both pages show it: the original lists it, the rework job carries its promise.
    const auto of_original =
        Must(head_->Get("/api/v1/field/jobs/" + std::to_string(job_) + "/reworks"), 200);
    ASSERT_EQ(of_original.body["raised"].size(), 1U);
    EXPECT_TRUE(of_original.body["rework"].is_null());
    const auto of_rework =
        Must(head_->Get("/api/v1/field/jobs/" + std::to_string(r["jobId"].get<std::int64_t>()) +
                        "/reworks"),
             200);
    EXPECT_EQ(of_rework.body["rework"]["committedDate"], "2026-11-30");

    // Due this week (Monday 23 to Sunday 29)? No: Monday 30 is next week's.
    const auto week = Must(head_->Get("/api/v1/field/reworks"), 200);
    EXPECT_EQ(week.body["from"], "2026-11-23");
    EXPECT_EQ(week.body["to"], "2026-11-29");
    EXPECT_TRUE(week.body["items"].empty()) << week.Describe();
    const auto next = Must(head_->Get("/api/v1/field/reworks?from=2026-11-30&to=2026-12-06"), 200);
    EXPECT_EQ(next.body["items"].size(), 1U);

    const auto audit = Must(head_->Get("/api/v1/audit?entity=field_rework&entityId=" +
                                       std::to_string(r["jobId"].get<std::int64_t>())),
                            200);
    ASSERT_EQ(audit.body["items"].size(), 1U) << audit.Describe();
    EXPECT_EQ(audit.body["items"][0]["action"], "create");
}

TEST_F(ReworkApi, RefusedBeforeTheCrewWasThereForADayGoneOrWithoutTheRightAndNothingStored) {
    const std::int64_t jobs_before = Rows("jobs");
    // Still scheduled: no crew has seen the problem yet.
    const auto early = Raise(*head_, job_, "2026-11-30");
    EXPECT_EQ(early.Code(), "FAILED_PRECONDITION") << early.Describe();
    EXPECT_TRUE(early.HasViolation("originalJobId", "state"));

    Install(job_, "9b1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e02");
    const auto past = Raise(*head_, job_, "2026-11-26");
    EXPECT_EQ(past.status, 400) << past.Describe();
    EXPECT_TRUE(past.HasViolation("committedDate", "date_in_past"));
    const auto blank = head_->Post("/api/v1/field/reworks",
                                   {{"originalJobId", job_}, {"committedDate", "2026-11-30"}});
    EXPECT_EQ(blank.status, 400) << blank.Describe();
    EXPECT_TRUE(blank.HasViolation("problem", "required"));

    // A technician records steps but does not make promises to customers.
    ApiClient technician = env_.LoginAs("other");
    EXPECT_EQ(Raise(technician, job_, "2026-11-30").status, 403);
    EXPECT_EQ(Raise(*head_, 999999, "2026-11-30").status, 404);

    EXPECT_EQ(Rows("field_reworks"), 0);
    EXPECT_EQ(Rows("jobs"), jobs_before);
    // Today itself may be promised.
    EXPECT_EQ(Raise(*head_, job_, "2026-11-27").status, 201);
}

TEST_F(ReworkApi, TheApologyCallIsRecordedOnceAtTheVersionSeenAndAudited) {  // R-FLD-8
    Install(job_, "9b1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e03");
    const auto raised = Must(Raise(*head_, job_, "2026-11-30"), 201);
    EXPECT_TRUE(raised.body["apology"].is_null());
    const std::string path = "/api/v1/field/reworks/" +
                             std::to_string(raised.body["jobId"].get<std::int64_t>()) + "/apology";
    EXPECT_EQ(head_->Post(path, {{"note", "客户已接受"}, {"version", 2}}).Code(), "ABORTED");
    const auto called = Must(head_->Post(path, {{"note", "客户已接受"}, {"version", 1}}), 200);
    EXPECT_EQ(called.body["apology"]["note"], "客户已接受");
    EXPECT_EQ(called.body["version"], 2);
    const auto again = head_->Post(path, {{"note", "再次致歉"}, {"version", 2}});
    EXPECT_EQ(again.Code(), "FAILED_PRECONDITION") << again.Describe();
    EXPECT_TRUE(again.HasViolation("apology", "already_recorded"));

    const auto audit = Must(head_->Get("/api/v1/audit?entity=field_rework&entityId=" +
                                       std::to_string(raised.body["jobId"].get<std::int64_t>())),
                            200);
    std::vector<std::string> actions;
    for (const auto& e : audit.body["items"]) actions.push_back(e["action"].get<std::string>());
    EXPECT_NE(std::ranges::find(actions, "apology"), actions.end()) << audit.Describe();
}

TEST_F(ReworkApi, DoneOnTheCommittedDayInChinaIsOnTimeTenMinutesAfterMidnightIsLate) {  // R-FLD-8
    Install(job_, "9b1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e04");
    const auto first =
        Must(Raise(*head_, job_, kTomorrow, true), 201).body["jobId"].get<std::int64_t>();
    const auto second =
        Must(Raise(*head_, job_, kTomorrow, true), 201).body["jobId"].get<std::int64_t>();
    Assign(first, kTomorrow, "18:00", "20:00");
    Assign(second, kTomorrow, "20:00", "22:00");

    // 23:50 on the 28th in China is 15:50 UTC: the first is done on the promised day.
    MoveClockTo("2026-11-28T15:50:00Z");
    Install(first, "9b1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e05");
    // 00:10 on the 29th in China is still the 28th in UTC: the second is a day late.
    MoveClockTo("2026-11-28T16:10:00Z");
    Install(second, "9b1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e06");

    const auto week = Must(head_->Get("/api/v1/field/reworks?from=2026-11-23&to=2026-11-29"), 200);
    ASSERT_EQ(week.body["items"].size(), 2U) << week.Describe();
    std::map<std::int64_t, std::string> timeliness;
    for (const auto& r : week.body["items"]) {
        timeliness[r["jobId"].get<std::int64_t>()] = r["timeliness"].get<std::string>();
        EXPECT_FALSE(r["crewFromOriginal"].get<bool>());  // assigned: its own crew counts
        EXPECT_FALSE(r["doneAt"].is_null());
    }
    EXPECT_EQ(timeliness[first], "on_time");
    EXPECT_EQ(timeliness[second], "late");

    const auto rates =
        Must(head_->Get("/api/v1/field/reworks/on-time?from=2026-11-23&to=2026-11-29"), 200);
    ASSERT_EQ(rates.body["byCrew"].size(), 1U) << rates.Describe();
    EXPECT_EQ(rates.body["byCrew"][0]["staffId"], lead_);
    EXPECT_EQ(rates.body["byCrew"][0]["onTime"], 1);
    EXPECT_EQ(rates.body["byCrew"][0]["late"], 1);
    EXPECT_DOUBLE_EQ(rates.body["byCrew"][0]["rate"].get<double>(), 0.5);
    ASSERT_EQ(rates.body["byPerson"].size(), 2U);
    for (const auto& person : rates.body["byPerson"]) {
        EXPECT_EQ(person["onTime"], 1) << person.dump();
        EXPECT_EQ(person["late"], 1) << person.dump();
    }
    EXPECT_EQ(rates.body["pending"], 0);

    // A technician reads his field work but not the office's lists.
    ApiClient technician = env_.LoginAs("other");
    EXPECT_EQ(technician.Get("/api/v1/field/reworks/on-time").status, 403);
    const auto reversed = head_->Get("/api/v1/field/reworks?from=2026-11-29&to=2026-11-23");
    EXPECT_TRUE(reversed.HasViolation("to", "before_from")) << reversed.Describe();
}

}  // namespace
}  // namespace kefu::api_tests
