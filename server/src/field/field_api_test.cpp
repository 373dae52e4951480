// Field work through the API (R-FLD-1..4, R-FLD-10): the crew's steps move the job once each, a
// record sent again is a replay, an arrival that counts short raises an incident that blocks
// closing until the head resolves it, and a record that meets a job the office moved on is kept
// as a conflict. The clock says Friday 2026-11-27 10:00 China; the job is today's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "field/field_api_fixture.hpp"

namespace kefu::api_tests {
namespace {

TEST_F(FieldApi, TheCrewsStepsMoveTheJobOnceEachAndAreListedInOrder) {  // R-FLD-1..4
    const auto loading = Record(*crew_, Loading(kLoadingId));
    ASSERT_EQ(loading.status, 201) << loading.Describe();
    EXPECT_EQ(loading.body["jobStatus"], "loading");
    EXPECT_EQ(loading.body["replayed"], false);
    EXPECT_EQ(loading.body["record"]["outcome"], "applied");
    EXPECT_EQ(loading.body["record"]["recordedByName"], "lead");
    EXPECT_EQ(Record(*crew_, Departure()).body["jobStatus"], "en_route");
    const auto arrival = Record(*crew_, Arrival());
    EXPECT_EQ(arrival.body["jobStatus"], "on_site");
    EXPECT_TRUE(arrival.body["incident"].is_null()) << arrival.Describe();
    const auto installation = Record(*crew_, Installation());
    ASSERT_EQ(installation.status, 201) << installation.Describe();
    EXPECT_EQ(installation.body["jobStatus"], "on_site");  // the signed receipt finishes it

    const auto work = Must(crew_->Get("/api/v1/field/jobs/" + std::to_string(job_)), 200);
    std::vector<std::string> steps;
    for (const auto& r : work.body["records"]) steps.push_back(r["step"].get<std::string>());
    EXPECT_EQ(steps, (std::vector<std::string>{"loading", "departure", "arrival", "installation"}));
    EXPECT_EQ(work.body["records"][3]["note"], "客户要求靠窗摆放");
    EXPECT_EQ(work.body["records"][0]["counts"], Counts(6, 4));
    // One transition per step that moves the job, in the crew lead's name.
    const auto detail = Job();
    int by_crew = 0;
    for (const auto& t : detail["transitions"]) by_crew += t["by"] == "lead" ? 1 : 0;
    EXPECT_EQ(by_crew, 3) << detail["transitions"].dump();
}

TEST_F(FieldApi, TheSameRecordSentAgainIsAReplayThatChangesNothing) {  // R-FLD-10
    ASSERT_EQ(Record(*crew_, Loading(kLoadingId)).status, 201);
    const auto rows = SnapshotRows(*env_.test_app.app);
    // The answer was lost on the way: the phone sends the same record again, lists reordered.
    json again = Loading(kLoadingId);
    again["checks"] = {"keeper_confirmed", "packaging_intact"};
    const auto replay = Record(*crew_, again);
    ASSERT_EQ(replay.status, 200) << replay.Describe();
    EXPECT_EQ(replay.body["replayed"], true);
    EXPECT_EQ(replay.body["jobStatus"], "loading");
    EXPECT_EQ(replay.body["record"]["id"], kLoadingId);
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows) << "a replay wrote something";
}

TEST_F(FieldApi, AnIdReusedForOtherContentIsRefusedAndChangesNothing) {  // R-FLD-10
    ASSERT_EQ(Record(*crew_, Loading(kLoadingId)).status, 201);
    const auto rows = SnapshotRows(*env_.test_app.app);
    json other = Departure();
    other["id"] = kLoadingId;
    const auto reused = Record(*crew_, other);
    EXPECT_EQ(reused.status, 409) << reused.Describe();
    EXPECT_EQ(reused.Code(), "ALREADY_EXISTS");
    EXPECT_TRUE(reused.HasViolation("id", "reused"));
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);
}

TEST_F(FieldApi, AShortArrivalRaisesAnIncidentAndTheJobCannotCloseUntilItIsResolved) {  // R-FLD-3
    ASSERT_EQ(Record(*crew_, Loading(kLoadingId)).status, 201);
    ASSERT_EQ(Record(*crew_, Departure()).status, 201);
    const auto arrival = Record(*crew_, Arrival(5, 4));
    ASSERT_EQ(arrival.status, 201) << arrival.Describe();
    const json incident = arrival.body["incident"];
    ASSERT_TRUE(incident.is_object()) << arrival.Describe();
    EXPECT_EQ(incident["kind"], "count_mismatch");
    EXPECT_EQ(incident["differences"],
              json::array({{{"productId", desk_}, {"expected", 6}, {"counted", 5}}}));
    const auto open = Must(head_->Get("/api/v1/field/incidents"), 200);
    ASSERT_EQ(open.body["items"].size(), 1U);
    EXPECT_EQ(open.body["items"][0]["jobNumber"], Job()["number"]);

    const auto receipt =
        head_->Post("/api/v1/field/signatures",
                    ReceiptSignature(job_, "9a1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e09", "王主任"));
    ASSERT_EQ(receipt.status, 201) << receipt.Describe();  // the signed receipt finishes it
    ASSERT_EQ(Fire("accept").status, 200);
    const auto refused = Fire("close");
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_EQ(refused.Code(), "FAILED_PRECONDITION");
    EXPECT_TRUE(refused.HasViolation("incidents", "unresolved"));
    EXPECT_EQ(Job()["status"], "accepted");

    const std::string resolve = "/api/v1/field/incidents/" +
                                std::to_string(incident["id"].get<std::int64_t>()) + "/resolution";
    EXPECT_EQ(
        head_->Post(resolve, {{"resolution", "找到一块桌板在车上，已补送"}, {"version", 2}}).status,
        409);
    EXPECT_EQ(crew_->Post(resolve, {{"resolution", "自己解决"}, {"version", 1}}).status, 403);
    const auto resolved =
        head_->Post(resolve, {{"resolution", "找到一块桌板在车上，已补送"}, {"version", 1}});
    ASSERT_EQ(resolved.status, 200) << resolved.Describe();
    EXPECT_FALSE(resolved.body["resolvedAt"].is_null());
    EXPECT_EQ(resolved.body["resolvedByName"], "head");
    const auto again = head_->Post(resolve, {{"resolution", "再来一次"}, {"version", 2}});
    EXPECT_TRUE(again.HasViolation("status", "already_resolved")) << again.Describe();
    EXPECT_TRUE(Must(head_->Get("/api/v1/field/incidents"), 200).body["items"].empty());
    const auto closed = Fire("close");
    EXPECT_EQ(closed.status, 200) << closed.Describe();
    EXPECT_EQ(closed.body["status"], "closed");
}

TEST_F(FieldApi, EqualCountsRaiseNoIncident) {  // R-FLD-3
    ASSERT_EQ(Record(*crew_, Loading(kLoadingId)).status, 201);
    ASSERT_EQ(Record(*crew_, Departure()).status, 201);
    EXPECT_TRUE(Record(*crew_, Arrival(6, 4)).body["incident"].is_null());
    EXPECT_TRUE(Must(head_->Get("/api/v1/field/incidents?status=all"), 200).body["items"].empty());
}

TEST_F(FieldApi, ARecordMeetingACancelledJobIsKeptAsAConflictForBothSides) {  // R-FLD-10
    const auto cancelled =
        head_->Post("/api/v1/jobs/" + std::to_string(job_) + "/events",
                    {{"event", "cancel"}, {"reason", "客户改期"}, {"version", Job()["version"]}});
    ASSERT_EQ(cancelled.status, 200) << cancelled.Describe();
    // The crew, offline, loaded anyway; the record arrives afterwards.
    const auto late = Record(*crew_, Loading(kLoadingId));
    ASSERT_EQ(late.status, 201) << late.Describe();
    EXPECT_EQ(late.body["record"]["outcome"], "conflict");
    EXPECT_EQ(late.body["record"]["conflictStatus"], "cancelled");
    EXPECT_FALSE(late.body["record"]["conflictReason"].get<std::string>().empty());
    EXPECT_EQ(late.body["jobStatus"], "cancelled");
    EXPECT_EQ(Job()["status"], "cancelled");
    const auto office = Must(head_->Get("/api/v1/field/conflicts"), 200);
    ASSERT_EQ(office.body["items"].size(), 1U);
    EXPECT_EQ(office.body["items"][0]["id"], kLoadingId);
    const auto crew = Must(crew_->Get("/api/v1/field/jobs/" + std::to_string(job_)), 200);
    EXPECT_EQ(crew.body["records"][0]["outcome"], "conflict");
    // Sent again, the conflict is a replay too: still one record.
    EXPECT_EQ(Record(*crew_, Loading(kLoadingId)).status, 200);
    EXPECT_EQ(Must(head_->Get("/api/v1/field/conflicts"), 200).body["items"].size(), 1U);
}

TEST_F(FieldApi, ThePhoneDownloadsItsCrewsJobsWithTheStepsDone) {  // R-FLD-10
    ASSERT_EQ(Record(*crew_, Loading(kLoadingId)).status, 201);
    const auto mine = Must(crew_->Get("/api/v1/field/my-jobs"), 200);  // today and two more days
    ASSERT_EQ(mine.body["items"].size(), 1U) << mine.Describe();
    const auto& item = mine.body["items"][0];
    EXPECT_EQ(item["job"]["id"], job_);
    EXPECT_EQ(item["job"]["items"].size(), 2U);
    EXPECT_EQ(item["partyName"], "济南软件园管理中心");
    EXPECT_NE(item["address"].get<std::string>().find("舜华路 2000 号"), std::string::npos);
    EXPECT_EQ(item["stepsDone"], json::array({"loading"}));
    // Days without the job, another crew member, and an office account without field.record.
    EXPECT_EQ(Must(crew_->Get("/api/v1/field/my-jobs?from=2026-11-28&to=2026-11-30"), 200)
                  .body["items"]
                  .size(),
              0U);
    auto other = env_.LoginAs("other");
    EXPECT_EQ(Must(other.Get("/api/v1/field/my-jobs"), 200).body["items"].size(), 0U);
    EXPECT_EQ(env_.LoginAs("sales").Get("/api/v1/field/my-jobs").status, 403);
    EXPECT_TRUE(
        crew_->Get("/api/v1/field/my-jobs?from=27.11.2026").HasViolation("from", "invalid_date"));
    EXPECT_TRUE(crew_->Get("/api/v1/field/my-jobs?from=2026-11-27&to=2026-11-26")
                    .HasViolation("to", "before_from"));
    EXPECT_TRUE(crew_->Get("/api/v1/field/my-jobs?from=2026-11-01&to=2026-11-27")
                    .HasViolation("to", "too_long"));
}

TEST_F(FieldApi, OnlyTheJobsCrewRecordsAndOthersLearnNothing) {  // R-SEC-2
    auto other = env_.LoginAs("other");
    EXPECT_EQ(Record(other, Loading(kLoadingId)).status, 404);
    auto sales = env_.LoginAs("sales");
    EXPECT_EQ(Record(sales, Loading(kLoadingId)).status, 403);
    EXPECT_EQ(sales.Get("/api/v1/field/incidents").status, 403);
    EXPECT_EQ(crew_->Get("/api/v1/field/incidents").status, 200);  // a supervisor oversees
    EXPECT_EQ(other.Get("/api/v1/field/jobs/" + std::to_string(job_)).status, 404);
    EXPECT_EQ(Job()["status"], "scheduled");
}

TEST_F(FieldApi, ABadRecordGetsEveryViolationAndStoresNothing) {
    const auto rows = SnapshotRows(*env_.test_app.app);
    json bad = Loading("not-a-uuid");
    bad["checks"] = {"packaging_intact", "site_cleaned"};
    bad["counts"] = json::array({{{"productId", desk_}, {"pieces", 6}}});
    bad["recordedAt"] = "2026-11-28T02:00:00Z";
    bad["extra"] = 1;
    const auto refused = Record(*crew_, bad);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasErrorShape());
    EXPECT_TRUE(refused.HasViolation("id", "invalid_format"));
    EXPECT_TRUE(refused.HasViolation("checks[1]", "not_in_step"));
    EXPECT_TRUE(refused.HasViolation("checks", "incomplete"));
    EXPECT_TRUE(refused.HasViolation("recordedAt", "in_future"));
    EXPECT_TRUE(refused.HasViolation("extra", "unknown_field"));
    json unknown = Loading(kLoadingId);
    unknown["checks"] = {"packaging_intact", "keeper_confirmed", "no_such_check"};
    EXPECT_TRUE(Record(*crew_, unknown).HasViolation("checks", "invalid_value"));
    // The counts are checked against the job once the shape is right: a product left out.
    json short_count = Loading(kLoadingId);
    short_count["counts"] = json::array({{{"productId", desk_}, {"pieces", 6}}});
    const auto missing = Record(*crew_, short_count);
    EXPECT_EQ(missing.status, 400) << missing.Describe();
    EXPECT_TRUE(missing.HasViolation("counts", "missing_item"));
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);
}

}  // namespace
}  // namespace kefu::api_tests
