// The head's story over HTTP: staff records, grades, training (R-ORG-1, R-ORG-2, R-ORG-3).
// The TestApp clock reads 2026-11-27 10:00 in China, so "12 months ago" is 2025-11-27.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

constexpr const char* kToday = "2026-11-27";
constexpr const char* kTomorrow = "2026-11-28";
constexpr const char* kTwelveMonthsAgo = "2025-11-27";
constexpr const char* kTwelveMonthsAgoLessOneDay = "2025-11-28";

class StaffApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_ = std::make_unique<ApiEnv>();
        env_->test_app.CreateUser("head", {Role::kHead});
        env_->test_app.CreateUser("boss", {Role::kLeadership});
        head_ = std::make_unique<ApiClient>(env_->LoginAs("head"));
        leadership_ = std::make_unique<ApiClient>(env_->LoginAs("boss"));
    }

    /// Adds a staff member through the API as the head; the record as returned (201 asserted).
    json Add(const std::string& name,
             const std::string& phone,
             const std::string& grade,
             const std::string& experience_start) {
        ApiResponse created = head_->Post("/api/v1/staff",
                                          {{"name", name},
                                           {"phone", phone},
                                           {"hireDate", experience_start},
                                           {"experienceStart", experience_start},
                                           {"grade", grade}});
        if (created.status != 201) {
            throw std::runtime_error("adding " + name + " failed: " + created.Describe());
        }
        return created.body;
    }

    /// The PUT body that writes `member` back unchanged (fields and version as returned).
    static json UpdateOf(const json& member) {
        json update;
        for (const char* field :
             {"name", "phone", "hireDate", "experienceStart", "roles", "version"}) {
            update[field] = member[field];
        }
        return update;
    }

    static std::string PathOf(const json& member, const std::string& suffix = "") {
        return "/api/v1/staff/" + std::to_string(member["id"].get<std::int64_t>()) + suffix;
    }

    json GradeChanges(const json& member) {
        ApiResponse changes = head_->Get(PathOf(member, "/grade-changes"));
        EXPECT_EQ(changes.status, 200) << changes.Describe();
        return changes.body;
    }

    std::set<std::int64_t> EligibleIds() {
        ApiResponse eligible = head_->Get("/api/v1/staff/eligible?pageSize=200");
        EXPECT_EQ(eligible.status, 200) << eligible.Describe();
        std::set<std::int64_t> ids;
        for (const json& item : eligible.body["items"]) ids.insert(item["staffId"].get<int>());
        return ids;
    }

    std::unique_ptr<ApiEnv> env_;
    std::unique_ptr<ApiClient> head_;
    std::unique_ptr<ApiClient> leadership_;
};

// R-ORG-1: a staff record with grade, status and version; found by name.
TEST_F(StaffApi, HeadAddsAnInternAndFindsThemByName) {
    const json intern = Add("李小明", "13800000031", "intern", "2026-11-02");
    EXPECT_EQ(intern["grade"], "intern");
    EXPECT_EQ(intern["version"], 1);
    EXPECT_EQ(intern["status"], "active");
    EXPECT_EQ(intern["leftOn"], nullptr);
    EXPECT_EQ(intern["monthsOfExperience"], 0);
    Add("王大锤", "13800000032", "intern", "2026-11-02");

    ApiResponse found = head_->Get("/api/v1/staff?q=" + UrlEncode("小明"));
    ASSERT_EQ(found.status, 200) << found.Describe();
    EXPECT_EQ(found.body["total"], 1) << found.raw;
    ASSERT_EQ(found.body["items"].size(), 1u) << found.raw;
    EXPECT_EQ(found.body["items"][0]["id"], intern["id"]);

    ApiResponse interns = head_->Get("/api/v1/staff?grade=intern");
    ASSERT_EQ(interns.status, 200) << interns.Describe();
    EXPECT_EQ(interns.body["total"], 2) << interns.raw;

    ApiResponse one = head_->Get(PathOf(intern));
    ASSERT_EQ(one.status, 200) << one.Describe();
    EXPECT_EQ(one.body, intern);
}

// R-ORG-1: phone numbers identify staff; a second record with the same phone is refused.
TEST_F(StaffApi, DuplicatePhoneIsRefused) {
    const json first = Add("李小明", "13800000031", "intern", "2026-11-02");
    ApiResponse second = head_->Post("/api/v1/staff",
                                     {{"name", "李大明"},
                                      {"phone", "13800000031"},
                                      {"hireDate", "2026-11-02"},
                                      {"experienceStart", "2026-11-02"},
                                      {"grade", "intern"}});
    EXPECT_EQ(second.status, 409) << second.Describe();
    EXPECT_EQ(second.Code(), "ALREADY_EXISTS");
    EXPECT_TRUE(second.HasViolation("phone", "duplicate")) << second.Describe();
    EXPECT_EQ(head_->Get("/api/v1/staff").body["total"], 1);
}

// The search box matches text literally: % and _ are characters, not wildcards.
TEST_F(StaffApi, SearchTreatsPercentAndUnderscoreLiterally) {
    Add("李小明", "13800000031", "intern", "2026-11-02");
    Add("王大锤", "13800000032", "intern", "2026-11-02");
    for (const char* q : {"%", "_", "李%明", "李_明"}) {
        ApiResponse found = head_->Get("/api/v1/staff?q=" + UrlEncode(q));
        ASSERT_EQ(found.status, 200) << found.Describe();
        EXPECT_EQ(found.body["total"], 0) << "q=" << q << " matched " << found.raw;
    }
}

// Search ignores ASCII case on both engines (ILIKE on PostgreSQL, LIKE on SQLite).
TEST_F(StaffApi, SearchIgnoresLatinCaseOnEveryEngine) {
    Add("Tom 李", "13800000033", "intern", "2026-11-02");
    ApiResponse found = head_->Get("/api/v1/staff?q=tom");
    ASSERT_EQ(found.status, 200) << found.Describe();
    EXPECT_EQ(found.body["total"], 1) << found.raw;
}

// R-ORG-2: an edit may not move the experience start so the grade is no longer supported.
TEST_F(StaffApi, EditingExperienceStartCannotUndercutTheGrade) {
    const json technician = Add("赵磊", "13800000034", "technician", "2026-05-02");
    json update = UpdateOf(technician);
    update["experienceStart"] = "2026-10-02";
    ApiResponse refused = head_->Put(PathOf(technician), update);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("experienceStart", "not_eligible")) << refused.Describe();
    update["experienceStart"] = "2026-06-02";
    ApiResponse accepted = head_->Put(PathOf(technician), update);
    EXPECT_EQ(accepted.status, 200) << accepted.Describe();
}

// R-SEC-2 record rule: an installer reads their own record and eligibility, nobody else's.
TEST_F(StaffApi, InstallerSeesOwnEligibilityOnly) {
    const json self = Add("孙涛", "13800000035", "technician", "2026-05-02");
    const json other = Add("周杰", "13800000036", "technician", "2026-05-02");
    env_->test_app.CreateUser("tech", {Role::kTechnician}, StaffId(self["id"].get<std::int64_t>()));
    ApiClient tech = env_->LoginAs("tech");
    EXPECT_EQ(tech.Get(PathOf(self, "/eligibility")).status, 200);
    EXPECT_EQ(tech.Get(PathOf(other, "/eligibility")).status, 403);
    EXPECT_EQ(tech.Get(PathOf(other)).status, 403);
}

// A soft delete that names the version it saw is refused when someone changed the record since.
TEST_F(StaffApi, MarkingAsLeftWithAStaleVersionIsRefused) {
    const json member = Add("吴斌", "13800000037", "intern", "2026-11-02");
    json update = UpdateOf(member);
    update["name"] = "吴斌（改）";
    ASSERT_EQ(head_->Put(PathOf(member), update).status, 200);
    ApiResponse stale = head_->Delete(PathOf(member, "?version=1"));
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    EXPECT_EQ(stale.Code(), "ABORTED");
    EXPECT_EQ(head_->Get(PathOf(member)).body["status"], "active");
    EXPECT_EQ(head_->Delete(PathOf(member, "?version=x")).status, 400);
    ApiResponse current = head_->Delete(PathOf(member, "?version=2"));
    EXPECT_EQ(current.status, 200) << current.Describe();
    EXPECT_EQ(current.body["status"], "left");
}

// R-ORG-3: training records per intern; the gaps list shows required topics not yet passed.
TEST_F(StaffApi, TrainingGapsListRequiredTopicsNotYetPassed) {
    const json intern = Add("李小明", "13800000031", "intern", "2026-11-02");
    auto topic = [&](const std::string& name, bool required) {
        ApiResponse created =
            head_->Post("/api/v1/training/topics", {{"name", name}, {"required", required}});
        EXPECT_EQ(created.status, 201) << created.Describe();
        return created.body["id"].get<std::int64_t>();
    };
    const std::int64_t safety = topic("安全操作规范", true);
    const std::int64_t product = topic("产品结构知识", true);
    topic("客户沟通技巧", false);

    ApiResponse passed = head_->Post(
        PathOf(intern, "/trainings"),
        {{"topicId", safety}, {"trainer", "王建国"}, {"date", "2026-11-20"}, {"result", "passed"}});
    ASSERT_EQ(passed.status, 201) << passed.Describe();
    EXPECT_EQ(passed.body["topicName"], "安全操作规范");
    // A failed training does not close the gap.
    ApiResponse failed = head_->Post(PathOf(intern, "/trainings"),
                                     {{"topicId", product},
                                      {"trainer", "王建国"},
                                      {"date", "2026-11-21"},
                                      {"result", "failed"}});
    ASSERT_EQ(failed.status, 201) << failed.Describe();

    ApiResponse records = head_->Get(PathOf(intern, "/trainings"));
    ASSERT_EQ(records.status, 200) << records.Describe();
    EXPECT_EQ(records.body.size(), 2u) << records.raw;

    ApiResponse gaps = head_->Get("/api/v1/training/gaps");
    ASSERT_EQ(gaps.status, 200) << gaps.Describe();
    ASSERT_EQ(gaps.body["items"].size(), 1u) << gaps.raw;
    const json& gap = gaps.body["items"][0];
    EXPECT_EQ(gap["staffId"], intern["id"]);
    ASSERT_EQ(gap["missingTopics"].size(), 1u) << gap.dump();
    EXPECT_EQ(gap["missingTopics"][0]["id"], product);
    EXPECT_EQ(gap["missingTopics"][0]["name"], "产品结构知识");

    // A training in the future is refused.
    ApiResponse future = head_->Post(
        PathOf(intern, "/trainings"),
        {{"topicId", product}, {"trainer", "王建国"}, {"date", kTomorrow}, {"result", "passed"}});
    EXPECT_EQ(future.status, 400) << future.Describe();
    EXPECT_TRUE(future.HasViolation("date", "date_in_future")) << future.Describe();
}

// R-ORG-2: a promotion that breaks the rule is refused unless leadership overrides with a reason.
TEST_F(StaffApi, EarlyPromotionIsRefusedUnlessLeadershipOverridesWithAReason) {
    const json intern = Add("李小明", "13800000031", "intern", "2026-11-02");
    const json promote = {{"toGrade", "technician"}, {"version", 1}};

    ApiResponse early = head_->Post(PathOf(intern, "/promotions"), promote);
    EXPECT_EQ(early.status, 400) << early.Describe();
    EXPECT_EQ(early.Code(), "FAILED_PRECONDITION");
    EXPECT_TRUE(early.HasViolation("toGrade", "not_eligible")) << early.Describe();
    ApiResponse unchanged = head_->Get(PathOf(intern));
    EXPECT_EQ(unchanged.body["grade"], "intern");
    EXPECT_EQ(unchanged.body["version"], 1);
    EXPECT_TRUE(GradeChanges(intern).empty());

    // Only leadership may override.
    json override_body = {{"toGrade", "technician"}, {"override", true}, {"version", 1}};
    override_body["reason"] = "有多年同行经验";
    ApiResponse by_head = head_->Post(PathOf(intern, "/promotions"), override_body);
    EXPECT_EQ(by_head.status, 403) << by_head.Describe();

    override_body.erase("reason");
    ApiResponse no_reason = leadership_->Post(PathOf(intern, "/promotions"), override_body);
    EXPECT_EQ(no_reason.status, 400) << no_reason.Describe();
    EXPECT_TRUE(no_reason.HasViolation("reason", "reason_required")) << no_reason.Describe();
    override_body["reason"] = "   ";
    ApiResponse blank_reason = leadership_->Post(PathOf(intern, "/promotions"), override_body);
    EXPECT_EQ(blank_reason.status, 400) << blank_reason.Describe();
    EXPECT_TRUE(blank_reason.HasViolation("reason", "reason_required")) << blank_reason.Describe();
    EXPECT_EQ(head_->Get(PathOf(intern)).body["grade"], "intern");

    override_body["reason"] = "有多年同行经验";
    ApiResponse overridden = leadership_->Post(PathOf(intern, "/promotions"), override_body);
    ASSERT_EQ(overridden.status, 200) << overridden.Describe();
    EXPECT_EQ(overridden.body["grade"], "technician");
    EXPECT_EQ(overridden.body["version"], 2);

    const json changes = GradeChanges(intern);
    ASSERT_EQ(changes.size(), 1u) << changes.dump();
    EXPECT_EQ(changes[0]["kind"], "override");
    EXPECT_EQ(changes[0]["reason"], "有多年同行经验");
    EXPECT_EQ(changes[0]["fromGrade"], "intern");
    EXPECT_EQ(changes[0]["toGrade"], "technician");
    EXPECT_EQ(changes[0]["changedBy"], "boss");
}

// R-ORG-2: the head may end an internship early for excellent performance (who, when, why).
TEST_F(StaffApi, HeadEndsAnInternshipEarly) {
    const json intern = Add("赵小红", "13800000033", "intern", "2026-10-15");
    const json body = {{"reason", "表现优秀，提前转正"}, {"version", 1}};

    ApiResponse by_leadership = leadership_->Post(PathOf(intern, "/internship-end"), body);
    EXPECT_EQ(by_leadership.status, 403) << by_leadership.Describe();

    ApiResponse ended = head_->Post(PathOf(intern, "/internship-end"), body);
    ASSERT_EQ(ended.status, 200) << ended.Describe();
    EXPECT_EQ(ended.body["grade"], "technician");
    EXPECT_EQ(ended.body["version"], 2);

    const json changes = GradeChanges(intern);
    ASSERT_EQ(changes.size(), 1u) << changes.dump();
    EXPECT_EQ(changes[0]["kind"], "internship_ended_early");
    EXPECT_EQ(changes[0]["reason"], "表现优秀，提前转正");
    EXPECT_EQ(changes[0]["changedBy"], "head");
    EXPECT_EQ(changes[0]["changedAt"], "2026-11-27T02:00:00Z");

    ApiResponse again =
        head_->Post(PathOf(intern, "/internship-end"), {{"reason", "再来一次"}, {"version", 2}});
    EXPECT_EQ(again.status, 400) << again.Describe();
    EXPECT_TRUE(again.HasViolation("grade", "not_intern")) << again.Describe();
}

// R-ORG-2: supervisor needs ≥ 12 months; exactly 12 months is enough, one day less is not.
TEST_F(StaffApi, TechnicianIsEligibleForSupervisorAfterExactlyTwelveMonths) {
    const json ready = Add("周杰", "13800000034", "technician", kTwelveMonthsAgo);
    const json almost = Add("吴斌", "13800000035", "technician", kTwelveMonthsAgoLessOneDay);
    EXPECT_EQ(ready["monthsOfExperience"], 12);
    EXPECT_EQ(almost["monthsOfExperience"], 11);

    const std::set<std::int64_t> eligible = EligibleIds();
    EXPECT_TRUE(eligible.contains(ready["id"].get<std::int64_t>()));
    EXPECT_FALSE(eligible.contains(almost["id"].get<std::int64_t>()));

    ApiResponse view = head_->Get(PathOf(almost, "/eligibility"));
    ASSERT_EQ(view.status, 200) << view.Describe();
    EXPECT_EQ(view.body["eligible"], false);
    EXPECT_EQ(view.body["nextGrade"], "supervisor");
    EXPECT_EQ(view.body["requiredMonths"], 12);
    EXPECT_EQ(view.body["eligibleOn"], kTomorrow);

    const json to_supervisor = {{"toGrade", "supervisor"}, {"version", 1}};
    ApiResponse refused = head_->Post(PathOf(almost, "/promotions"), to_supervisor);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("toGrade", "not_eligible")) << refused.Describe();
    EXPECT_EQ(head_->Get(PathOf(almost)).body["grade"], "technician");

    ApiResponse promoted = head_->Post(PathOf(ready, "/promotions"), to_supervisor);
    ASSERT_EQ(promoted.status, 200) << promoted.Describe();
    EXPECT_EQ(promoted.body["grade"], "supervisor");
    const json changes = GradeChanges(ready);
    ASSERT_EQ(changes.size(), 1u) << changes.dump();
    EXPECT_EQ(changes[0]["kind"], "promotion");
    EXPECT_EQ(changes[0]["reason"], nullptr);

    // A grade can only move one step: technician → head is not the next grade.
    ApiResponse skip =
        head_->Post(PathOf(almost, "/promotions"), {{"toGrade", "head"}, {"version", 1}});
    EXPECT_EQ(skip.status, 400) << skip.Describe();
    EXPECT_TRUE(skip.HasViolation("toGrade", "not_next_grade")) << skip.Describe();

    // The next day the second technician has 12 months too.
    env_->test_app.clock.Advance(std::chrono::hours(24));
    head_ = std::make_unique<ApiClient>(env_->LoginAs("head"));  // the old session timed out
    EXPECT_TRUE(EligibleIds().contains(almost["id"].get<std::int64_t>()));
    ApiResponse next_day = head_->Post(PathOf(almost, "/promotions"), to_supervisor);
    EXPECT_EQ(next_day.status, 200) << next_day.Describe();
}

// R-ORG-2: an intern becomes a technician after the 3-month internship; a record cannot be
// created at a grade its experience does not reach.
TEST_F(StaffApi, InternIsEligibleForTechnicianAfterThreeMonths) {
    const json ready = Add("韩雪", "13800000036", "intern", "2026-08-27");
    const json almost = Add("曹阳", "13800000037", "intern", "2026-08-28");
    const json to_technician = {{"toGrade", "technician"}, {"version", 1}};
    ApiResponse refused = head_->Post(PathOf(almost, "/promotions"), to_technician);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    ApiResponse promoted = head_->Post(PathOf(ready, "/promotions"), to_technician);
    ASSERT_EQ(promoted.status, 200) << promoted.Describe();
    EXPECT_EQ(GradeChanges(ready)[0]["kind"], "promotion");

    ApiResponse green_supervisor = head_->Post("/api/v1/staff",
                                               {{"name", "新主管"},
                                                {"phone", "13800000038"},
                                                {"hireDate", kTwelveMonthsAgoLessOneDay},
                                                {"experienceStart", kTwelveMonthsAgoLessOneDay},
                                                {"grade", "supervisor"}});
    EXPECT_EQ(green_supervisor.status, 400) << green_supervisor.Describe();
    EXPECT_TRUE(green_supervisor.HasViolation("grade", "not_eligible"))
        << green_supervisor.Describe();
    Add("老主管", "13800000038", "supervisor", kTwelveMonthsAgo);
}

// R-ORG-2 with effective-dated policy: a technician needs the technician minimum and a completed
// internship, so when the internship is longer (4 months from today) a new technician record
// needs 4 months of experience, not 3.
TEST_F(StaffApi, NewTechnicianRecordNeedsTheLongerOfInternshipAndTechnicianMinimum) {
    ApiResponse longer = leadership_->Post("/api/v1/policies",
                                           {{"key", "grade.intern.internship_months"},
                                            {"value", 4},
                                            {"validFrom", kToday},
                                            {"reason", "实习期延长"}});
    ASSERT_EQ(longer.status, 201) << longer.Describe();

    ApiResponse three_months = head_->Post("/api/v1/staff",
                                           {{"name", "三个月"},
                                            {"phone", "13800000041"},
                                            {"hireDate", "2026-08-27"},
                                            {"experienceStart", "2026-08-27"},
                                            {"grade", "technician"}});
    EXPECT_EQ(three_months.status, 400) << three_months.Describe();
    EXPECT_TRUE(three_months.HasViolation("grade", "not_eligible")) << three_months.Describe();
    Add("四个月", "13800000041", "technician", "2026-07-27");
}

// Lists paginate on the server: total counts every match, items only the page.
TEST_F(StaffApi, ListsPaginateOnTheServer) {
    Add("甲", "13800000041", "intern", "2026-11-02");
    Add("乙", "13800000042", "intern", "2026-11-02");
    Add("丙", "13800000043", "intern", "2026-11-02");
    ApiResponse second = head_->Get("/api/v1/staff?page=2&pageSize=2");
    ASSERT_EQ(second.status, 200) << second.Describe();
    EXPECT_EQ(second.body["total"], 3);
    EXPECT_EQ(second.body["page"], 2);
    EXPECT_EQ(second.body["pageSize"], 2);
    EXPECT_EQ(second.body["items"].size(), 1u) << second.raw;
    ApiResponse beyond = head_->Get("/api/v1/staff?page=9&pageSize=2");
    ASSERT_EQ(beyond.status, 200) << beyond.Describe();
    EXPECT_EQ(beyond.body["total"], 3);
    EXPECT_TRUE(beyond.body["items"].empty());
}

// The audit trail filters by the China calendar day the department works in.
TEST_F(StaffApi, AuditTrailFiltersByChinaDate) {
    // 2026-11-26T17:30Z is already 01:30 on the 27th in China.
    env_->test_app.clock.Set(*ParseTimestamp("2026-11-26T17:30:00Z"));
    head_ = std::make_unique<ApiClient>(env_->LoginAs("head"));
    const json member = Add("李小明", "13800000031", "intern", "2026-11-02");
    const std::string entity =
        "/api/v1/audit?entity=staff&entityId=" + std::to_string(member["id"].get<std::int64_t>());

    ApiResponse today = head_->Get(entity + "&from=2026-11-27&to=2026-11-27");
    ASSERT_EQ(today.status, 200) << today.Describe();
    EXPECT_EQ(today.body["total"], 1) << today.raw;
    ApiResponse yesterday = head_->Get(entity + "&from=2026-11-26&to=2026-11-26");
    ASSERT_EQ(yesterday.status, 200) << yesterday.Describe();
    EXPECT_EQ(yesterday.body["total"], 0) << yesterday.raw;
}

// Concurrency: a stale version is refused, never silently overwritten.
TEST_F(StaffApi, StaleVersionIsRefused) {
    const json member = Add("李小明", "13800000031", "intern", "2026-11-02");
    json update = UpdateOf(member);
    update["name"] = "李晓明";
    update["roles"] = json::array({"driver"});
    ApiResponse first = head_->Put(PathOf(member), update);
    ASSERT_EQ(first.status, 200) << first.Describe();
    EXPECT_EQ(first.body["version"], 2);
    EXPECT_EQ(first.body["roles"], json::array({"driver"}));

    update["name"] = "李明明";
    ApiResponse stale = head_->Put(PathOf(member), update);
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    EXPECT_EQ(stale.Code(), "ABORTED");
    EXPECT_EQ(head_->Get(PathOf(member)).body["name"], "李晓明");

    ApiResponse stale_internship_end =
        head_->Post(PathOf(member, "/internship-end"), {{"reason", "优秀"}, {"version", 1}});
    EXPECT_EQ(stale_internship_end.status, 409) << stale_internship_end.Describe();
}

// R-ORG-1: leaving is a status, not a deletion; it happens once.
TEST_F(StaffApi, DeleteMarksTheMemberAsLeftOnce) {
    const json member = Add("李小明", "13800000031", "technician", "2025-06-01");

    ApiResponse left = head_->Delete(PathOf(member));
    ASSERT_EQ(left.status, 200) << left.Describe();
    EXPECT_EQ(left.body["status"], "left");
    EXPECT_EQ(left.body["leftOn"], kToday);
    ApiResponse still_there = head_->Get(PathOf(member));
    EXPECT_EQ(still_there.status, 200) << still_there.Describe();
    EXPECT_EQ(still_there.body["status"], "left");

    ApiResponse again = head_->Delete(PathOf(member));
    EXPECT_EQ(again.status, 400) << again.Describe();
    EXPECT_EQ(again.Code(), "FAILED_PRECONDITION");
    EXPECT_TRUE(again.HasViolation("status", "staff_left")) << again.Describe();

    ApiResponse missing = head_->Delete("/api/v1/staff/999999");
    EXPECT_EQ(missing.status, 404) << missing.Describe();
    EXPECT_FALSE(EligibleIds().contains(member["id"].get<std::int64_t>()));
}

// Every change is in the audit trail with who, before and after.
TEST_F(StaffApi, EveryChangeIsAuditedWithBeforeAndAfter) {
    const json member = Add("李小明", "13800000031", "intern", "2026-11-02");
    ApiResponse updated = head_->Put(PathOf(member),
                                     {{"name", "李小明"},
                                      {"phone", "13800000039"},
                                      {"hireDate", "2026-11-02"},
                                      {"experienceStart", "2026-11-02"},
                                      {"roles", json::array()},
                                      {"version", 1}});
    ASSERT_EQ(updated.status, 200) << updated.Describe();
    ApiResponse promoted = leadership_->Post(
        PathOf(member, "/promotions"),
        {{"toGrade", "technician"}, {"override", true}, {"reason", "特批"}, {"version", 2}});
    ASSERT_EQ(promoted.status, 200) << promoted.Describe();
    ASSERT_EQ(head_->Delete(PathOf(member)).status, 200);

    const std::string id = std::to_string(member["id"].get<std::int64_t>());
    ApiResponse audit = head_->Get("/api/v1/audit?entity=staff&entityId=" + id);
    ASSERT_EQ(audit.status, 200) << audit.Describe();
    std::map<std::string, json> by_action;
    for (const json& entry : audit.body["items"]) {
        EXPECT_EQ(entry["entity"], "staff");
        EXPECT_EQ(entry["entityId"], id);
        by_action[entry["action"].get<std::string>()] = entry;
    }
    ASSERT_EQ(by_action.size(), 4u) << audit.raw;

    const json& create = by_action["create"];
    EXPECT_EQ(create["before"], nullptr);
    EXPECT_EQ(create["after"]["name"], "李小明");
    EXPECT_EQ(create["after"]["grade"], "intern");
    EXPECT_EQ(create["username"], "head");

    const json& update = by_action["update"];
    EXPECT_EQ(update["before"]["phone"], "13800000031");
    EXPECT_EQ(update["after"]["phone"], "13800000039");

    const json& promote = by_action["promote"];
    EXPECT_EQ(promote["before"]["grade"], "intern");
    EXPECT_EQ(promote["after"]["grade"], "technician");
    EXPECT_EQ(promote["after"]["reason"], "特批");
    EXPECT_EQ(promote["username"], "boss");

    const json& removed = by_action["leave"];
    EXPECT_EQ(removed["before"]["status"], "active");
    EXPECT_EQ(removed["after"]["status"], "left");
}

// Effective-dated policy: the value in force today decides, a value from tomorrow does not.
TEST_F(StaffApi, PolicyValueInForceTodayDecidesEligibility) {
    const json tech = Add("周杰", "13800000034", "technician", kTwelveMonthsAgo);
    const std::int64_t id = tech["id"].get<std::int64_t>();
    ASSERT_TRUE(EligibleIds().contains(id));
    json policy = {{"key", "grade.supervisor.min_experience_months"},
                   {"value", 18},
                   {"validFrom", kTomorrow},
                   {"reason", "2026年制度修订"}};

    ApiResponse from_tomorrow = leadership_->Post("/api/v1/policies", policy);
    ASSERT_EQ(from_tomorrow.status, 201) << from_tomorrow.Describe();
    EXPECT_TRUE(EligibleIds().contains(id)) << "a value from tomorrow changed today's answer";
    EXPECT_EQ(head_->Get(PathOf(tech, "/eligibility")).body["requiredMonths"], 12);

    policy["validFrom"] = kToday;
    ApiResponse from_today = leadership_->Post("/api/v1/policies", policy);
    ASSERT_EQ(from_today.status, 201) << from_today.Describe();
    EXPECT_EQ(from_today.body["value"], 18);
    EXPECT_EQ(from_today.body["validFrom"], kToday);

    EXPECT_FALSE(EligibleIds().contains(id));
    ApiResponse view = head_->Get(PathOf(tech, "/eligibility"));
    ASSERT_EQ(view.status, 200) << view.Describe();
    EXPECT_EQ(view.body["eligible"], false);
    EXPECT_EQ(view.body["requiredMonths"], 18);
    EXPECT_EQ(view.body["eligibleOn"], "2027-05-27");
    ApiResponse refused =
        head_->Post(PathOf(tech, "/promotions"), {{"toGrade", "supervisor"}, {"version", 1}});
    EXPECT_EQ(refused.status, 400) << refused.Describe();

    // The same key and date twice is a conflict, not a silent replacement.
    ApiResponse duplicate = leadership_->Post("/api/v1/policies", policy);
    EXPECT_EQ(duplicate.status, 409) << duplicate.Describe();
    EXPECT_TRUE(duplicate.HasViolation("validFrom", "duplicate")) << duplicate.Describe();
}

// R-DSP-4: a member's skills (the keys products name) are stored with the record and answered by
// the detail and the list, sorted; a record without skills has none.
TEST_F(StaffApi, SkillsRoundTripThroughCreateDetailAndList) {
    ApiResponse created = head_->Post("/api/v1/staff",
                                      {{"name", "赵磊"},
                                       {"phone", "13800000041"},
                                       {"hireDate", "2026-11-02"},
                                       {"experienceStart", "2026-11-02"},
                                       {"grade", "intern"},
                                       {"skills", json::array({"glass_top", "electric_desk"})}});
    ASSERT_EQ(created.status, 201) << created.Describe();
    EXPECT_EQ(created.body["skills"], json::array({"electric_desk", "glass_top"}));
    const json plain = Add("吴斌", "13800000042", "intern", "2026-11-02");
    EXPECT_EQ(plain["skills"], json::array());

    ApiResponse detail = head_->Get(PathOf(created.body));
    ASSERT_EQ(detail.status, 200) << detail.Describe();
    EXPECT_EQ(detail.body, created.body);

    ApiResponse list = head_->Get("/api/v1/staff");
    ASSERT_EQ(list.status, 200) << list.Describe();
    std::map<std::int64_t, json> skills_by_id;
    for (const json& item : list.body["items"]) {
        skills_by_id[item["id"].get<std::int64_t>()] = item["skills"];
    }
    EXPECT_EQ(skills_by_id.at(created.body["id"].get<std::int64_t>()),
              json::array({"electric_desk", "glass_top"}));
    EXPECT_EQ(skills_by_id.at(plain["id"].get<std::int64_t>()), json::array());

    ApiResponse audit = head_->Get("/api/v1/audit?entity=staff&entityId=" +
                                   std::to_string(created.body["id"].get<std::int64_t>()));
    ASSERT_EQ(audit.status, 200) << audit.Describe();
    ASSERT_EQ(audit.body["items"].size(), 1u) << audit.raw;
    EXPECT_EQ(audit.body["items"][0]["after"]["skills"],
              json::array({"electric_desk", "glass_top"}));
}

// R-DSP-4: an update with skills replaces them (in the audited snapshot too); one without them,
// from a client that predates skills, keeps them; an empty list clears them.
TEST_F(StaffApi, AnUpdateReplacesTheSkills) {
    json member = Add("赵磊", "13800000041", "intern", "2026-11-02");
    json update = UpdateOf(member);
    update["skills"] = json::array({"electric_desk", "glass_top"});
    ApiResponse first = head_->Put(PathOf(member), update);
    ASSERT_EQ(first.status, 200) << first.Describe();
    EXPECT_EQ(first.body["skills"], json::array({"electric_desk", "glass_top"}));

    update = UpdateOf(first.body);
    update["skills"] = json::array({"sofa"});
    ApiResponse replaced = head_->Put(PathOf(member), update);
    ASSERT_EQ(replaced.status, 200) << replaced.Describe();
    EXPECT_EQ(replaced.body["skills"], json::array({"sofa"}));
    EXPECT_EQ(head_->Get(PathOf(member)).body["skills"], json::array({"sofa"}));

    ApiResponse kept = head_->Put(PathOf(member), UpdateOf(replaced.body));
    ASSERT_EQ(kept.status, 200) << kept.Describe();
    EXPECT_EQ(kept.body["skills"], json::array({"sofa"}));

    update = UpdateOf(kept.body);
    update["skills"] = json::array();
    ApiResponse cleared = head_->Put(PathOf(member), update);
    ASSERT_EQ(cleared.status, 200) << cleared.Describe();
    EXPECT_EQ(head_->Get(PathOf(member)).body["skills"], json::array());

    ApiResponse audit = head_->Get("/api/v1/audit?entity=staff&entityId=" +
                                   std::to_string(member["id"].get<std::int64_t>()));
    ASSERT_EQ(audit.status, 200) << audit.Describe();
    bool seen_replacement = false;
    for (const json& entry : audit.body["items"]) {
        if (entry["action"] == "update" &&
            entry["before"]["skills"] == json::array({"electric_desk", "glass_top"})) {
            EXPECT_EQ(entry["after"]["skills"], json::array({"sofa"})) << entry;
            seen_replacement = true;
        }
    }
    EXPECT_TRUE(seen_replacement) << audit.raw;
}

// R-DSP-4: a skill is a key as products use it, held once, at most 20; every problem comes back
// as skills[i] at once and nothing is written, on create and on update.
TEST_F(StaffApi, BadOrRepeatedSkillsAreRefusedAndNothingIsWritten) {
    const json member = Add("赵磊", "13800000041", "intern", "2026-11-02");
    json update = UpdateOf(member);
    update["skills"] = json::array({"electric_desk"});
    ASSERT_EQ(head_->Put(PathOf(member), update).status, 200);
    const RowContents before = SnapshotRows(*env_->test_app.app);

    const json bad = json::array({"electric_desk", "Electric Desk", "electric_desk", "电动"});
    ApiResponse refused_create = head_->Post("/api/v1/staff",
                                             {{"name", "吴斌"},
                                              {"phone", "13800000042"},
                                              {"hireDate", "2026-11-02"},
                                              {"experienceStart", "2026-11-02"},
                                              {"grade", "intern"},
                                              {"skills", bad}});
    ASSERT_EQ(refused_create.status, 400) << refused_create.Describe();
    EXPECT_EQ(refused_create.Code(), "INVALID_ARGUMENT");
    EXPECT_TRUE(refused_create.HasViolation("skills[1]", "pattern")) << refused_create.Describe();
    EXPECT_TRUE(refused_create.HasViolation("skills[2]", "duplicate")) << refused_create.Describe();
    EXPECT_TRUE(refused_create.HasViolation("skills[3]", "pattern")) << refused_create.Describe();
    EXPECT_FALSE(refused_create.HasViolation("skills[0]", "pattern"));

    json refused_update_body = UpdateOf(head_->Get(PathOf(member)).body);
    refused_update_body["name"] = "赵大磊";
    refused_update_body["skills"] = bad;
    ApiResponse refused_update = head_->Put(PathOf(member), refused_update_body);
    ASSERT_EQ(refused_update.status, 400) << refused_update.Describe();
    EXPECT_TRUE(refused_update.HasViolation("skills[1]", "pattern")) << refused_update.Describe();
    EXPECT_TRUE(refused_update.HasViolation("skills[2]", "duplicate")) << refused_update.Describe();

    json too_many = json::array();
    for (int i = 0; i <= 20; ++i) too_many.push_back("skill_" + std::to_string(i));
    refused_update_body["skills"] = too_many;
    ApiResponse refused_many = head_->Put(PathOf(member), refused_update_body);
    ASSERT_EQ(refused_many.status, 400) << refused_many.Describe();
    EXPECT_TRUE(refused_many.HasViolation("skills", "too_many_items")) << refused_many.Describe();

    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
    const json after = head_->Get(PathOf(member)).body;
    EXPECT_EQ(after["name"], "赵磊");
    EXPECT_EQ(after["skills"], json::array({"electric_desk"}));
}

}  // namespace
}  // namespace kefu::api_tests
