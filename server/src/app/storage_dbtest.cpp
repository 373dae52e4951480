// Storage behaviour on the real engines (SQLite and PostgreSQL): schema versions, the append-only
// audit trail, transactions, optimistic concurrency and effective-dated policy (R-SEC-3/4,
// R-ORG-2).
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <string>
#include <vector>

#include "app/testing/test_database.hpp"
#include "policy/policy_module.hpp"
#include "policy/regulation_keys.hpp"
#include "staff/staff_actions.hpp"
#include "staff/staff_module.hpp"
#include "staff/staff_rules.hpp"

namespace kefu {
namespace {

using testing::TestApp;

long long CountRows(app::Application& app, const std::string& table) {
    soci::session session(app.database().pool());
    long long n = 0;
    session << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
}

staff::StaffService& Staff(TestApp& t) { return t.app->module<staff::StaffModule>().staff(); }
policy::PolicyService& Policy(TestApp& t) {
    return t.app->module<policy::PolicyModule>().service();
}

staff::StaffFields Fields(const std::string& name, const std::string& phone, const char* start) {
    return {name, phone, start, start, {}};
}

TEST(Storage, MigratesToTheLatestVersionAndRefusesANewerDatabase) {
    TestApp t;
    auto& migrator = t.app->migrator();
    EXPECT_EQ(*migrator.CurrentVersion(), migrator.LatestVersion());
    EXPECT_TRUE(migrator.CheckUpToDate());
    EXPECT_EQ(*migrator.MigrateUp(), 0) << "a second run applies nothing";
    {
        soci::session session(t.app->database().pool());
        session << "INSERT INTO schema_migrations (version, name, applied_at) "
                   "VALUES (999, 'future', '2030-01-01T00:00:00Z')";
    }
    auto newer = migrator.CheckUpToDate();
    ASSERT_FALSE(newer);
    EXPECT_EQ(newer.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_NE(newer.error().message().find("newer than this kefu"), std::string::npos);
}

TEST(Storage, AnUnmigratedDatabaseIsRefusedWithTheCommandToRun) {
    testing::TestDatabase database;
    ManualClock clock(*ParseTimestamp("2026-11-27T02:00:00Z"));
    auto app = app::Application::Open(database.config(), clock, {});
    ASSERT_TRUE(app);
    auto check = (*app)->migrator().CheckUpToDate();
    ASSERT_FALSE(check);
    EXPECT_NE(check.error().message().find("kefu migrate --db"), std::string::npos);
}

TEST(Storage, AuditTrailIsAppendOnlyInTheDatabaseItself) {
    TestApp t;
    ASSERT_TRUE(Staff(t).Create(
        auth::SystemPrincipal(), Fields("韩雪", "13905310015", "2026-09-01"), "intern"));
    ASSERT_GT(CountRows(*t.app, "audit_log"), 0);
    soci::session session(t.app->database().pool());
    EXPECT_THROW(session << "UPDATE audit_log SET action = 'forged'", soci::soci_error);
    EXPECT_THROW(session << "DELETE FROM audit_log", soci::soci_error);
    std::string action;
    session << "SELECT action FROM audit_log WHERE entity = 'staff'", soci::into(action);
    EXPECT_EQ(action, "create");
}

TEST(Storage, AFailedWriteLeavesNothingBehind) {
    TestApp t;
    const auto before_audit = CountRows(*t.app, "audit_log");
    auto result = t.app->transactions().Run(TxMode::kWrite, [&](Tx& tx) -> Result<void> {
        // A declared event, so the row is really written before the failure rolls it back.
        KEFU_TRY(t.app->audit().Record(tx,
                                       auth::SystemPrincipal(),
                                       {staff::events::kCreate, "1", std::nullopt, std::nullopt}));
        return Fail(Error::FailedPrecondition("business rule broken after the first write"));
    });
    ASSERT_FALSE(result);
    EXPECT_EQ(CountRows(*t.app, "audit_log"), before_audit);
}

TEST(Storage, StaleVersionIsRefusedNotOverwritten) {
    TestApp t;
    const auto system = auth::SystemPrincipal();
    auto created =
        Staff(t).Create(system, Fields("赵磊", "13905310006", "2025-01-02"), "technician");
    ASSERT_TRUE(created) << created.error().message();
    auto first = Staff(t).Update(
        system, created->id, Fields("赵磊（新）", "13905310006", "2025-01-02"), created->version);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->version, created->version + 1);
    auto stale = Staff(t).Update(
        system, created->id, Fields("赵磊（旧）", "13905310006", "2025-01-02"), created->version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code(), ErrorCode::kAborted);
    EXPECT_EQ(Staff(t).Get(system, created->id)->name, "赵磊（新）");
}

TEST(Storage, DuplicatePhoneIsAFieldViolation) {
    TestApp t;
    const auto system = auth::SystemPrincipal();
    ASSERT_TRUE(Staff(t).Create(system, Fields("甲", "13905310001", "2026-01-05"), "intern"));
    auto duplicate = Staff(t).Create(system, Fields("乙", "13905310001", "2026-01-05"), "intern");
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code(), ErrorCode::kAlreadyExists);
    EXPECT_EQ(duplicate.error().violations().at(0), (FieldViolation{"phone", "duplicate", "甲"}));
}

TEST(Storage, EveryRegulationNumberIsLoadedAsPolicy) {
    TestApp t;
    const Date today(2026, 11, 27);
    auto value = [&](std::string_view key) {
        return t.app->transactions().Run<std::int64_t>(
            TxMode::kRead, [&](Tx& tx) { return Policy(t).ValueOn(tx, key, today); });
    };
    namespace k = staff::policy_keys;
    EXPECT_EQ(*value(k::kSupervisorMinMonths), 12);
    EXPECT_EQ(*value(k::kTechnicianMinMonths), 3);
    EXPECT_EQ(*value(k::kInternshipMonths), 3);
    EXPECT_EQ(*value("dispatch.crew_size_requiring_approval"), 4);
    EXPECT_EQ(*value("expense.meal.out_of_town.breakfast_fen"), 500);
    EXPECT_EQ(*value("expense.meal.out_of_town.lunch_fen"), 1000);
    EXPECT_EQ(*value("expense.meal.out_of_town.dinner_fen"), 1000);
    EXPECT_EQ(*value("expense.meal.jinan.lunch_fen"), 1000);
    EXPECT_EQ(*value("expense.lodging.county_fen"), 3000);
    EXPECT_EQ(*value("expense.lodging.prefecture_fen"), 3500);
    EXPECT_EQ(*value("materials.return_cutoff_minute"), 11 * 60);
}

// R-ORG-2 with effective-dated policy: a change from 1 March applies from 1 March on only.
TEST(Storage, PolicyChangedMidPeriodKeepsTheOldValueForOldDates) {
    TestApp t;
    auth::Principal leader = t.CreateUser("leader", {auth::Role::kLeadership});
    policy::NewPolicyValue change{std::string(staff::policy_keys::kSupervisorMinMonths),
                                  18,
                                  "2026-03-01",
                                  "集团统一晋级标准"};
    ASSERT_TRUE(Policy(t).SetValue(leader, change, t.clock.Now()));
    auto value_on = [&](Date day) {
        return *t.app->transactions().Run<std::int64_t>(TxMode::kRead, [&](Tx& tx) {
            return Policy(t).ValueOn(tx, staff::policy_keys::kSupervisorMinMonths, day);
        });
    };
    EXPECT_EQ(value_on(Date(2026, 2, 28)), 12);
    EXPECT_EQ(value_on(Date(2026, 3, 1)), 18);
    EXPECT_EQ(value_on(Date(2026, 11, 27)), 18);
    auto again = Policy(t).SetValue(leader, change, t.clock.Now());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::kAlreadyExists);

    // A technician with 13 months today: eligible under 12, not under 18.
    const auto system = auth::SystemPrincipal();
    auto tech = Staff(t).Create(system, Fields("孙涛", "13905310007", "2025-10-20"), "technician");
    ASSERT_TRUE(tech);
    auto eligibility = Staff(t).GetEligibility(system, tech->id);
    ASSERT_TRUE(eligibility);
    EXPECT_FALSE(eligibility->eligibility.eligible);
    EXPECT_EQ(eligibility->eligibility.required_months, 18);
}

TEST(Storage, ChineseTextRoundTrips) {
    TestApp t;
    const auto system = auth::SystemPrincipal();
    auto created =
        Staff(t).Create(system, Fields("欧阳·娜娜", "0531-88120001", "2026-01-05"), "intern");
    ASSERT_TRUE(created);
    staff::StaffFilter filter;
    filter.query = "欧阳";
    auto page = Staff(t).List(system, filter, PageRequest{});
    ASSERT_TRUE(page);
    ASSERT_EQ(page->total, 1);
    EXPECT_EQ(page->items.at(0).name, "欧阳·娜娜");
}

TEST(Storage, DemoDataLoadsTwiceWithoutDuplicates) {
    TestApp t;
    auto first = t.app->LoadDemo();
    ASSERT_TRUE(first) << first.error().message();
    EXPECT_GE(first->Created("staff"), 25);
    EXPECT_EQ(first->Created("users"), 12);
    const auto staff_rows = CountRows(*t.app, "staff");
    const auto user_rows = CountRows(*t.app, "users");
    auto second = t.app->LoadDemo();
    ASSERT_TRUE(second) << second.error().message();
    EXPECT_EQ(second->Created("staff"), 0);
    EXPECT_EQ(second->Created("users"), 0);
    EXPECT_EQ(CountRows(*t.app, "staff"), staff_rows);
    EXPECT_EQ(CountRows(*t.app, "users"), user_rows);
    auto eligible = Staff(t).ListEligible(auth::SystemPrincipal(), PageRequest{});
    ASSERT_TRUE(eligible);
    EXPECT_GE(eligible->total, 3) << "the demo shows staff who became eligible";
}

// What the demo records on its people's behalf carries their names, not "system": a visitor of
// the demo reads who saved the day's crews, raised a rework or collected a signature.
TEST(Storage, TheDemoRecordsWhatItsPeopleDidUnderTheirNames) {
    TestApp t;
    ASSERT_TRUE(t.app->LoadReferenceData());  // as `kefu migrate` does: the demo's jobs need it
    auto loaded = t.app->LoadDemo();
    ASSERT_TRUE(loaded) << loaded.error().message();
    soci::session session(t.app->database().pool());
    auto names = [&](const std::string& column, const std::string& table) {
        std::vector<std::string> found(500);
        session << "SELECT DISTINCT " + column + " FROM " + table + " ORDER BY 1",
            soci::into(found);
        return found;
    };
    EXPECT_EQ(names("saved_by_name", "dispatch_lineups"), std::vector<std::string>{"王建国"});
    EXPECT_EQ(names("raised_by_name", "field_reworks"), std::vector<std::string>{"王建国"});
    EXPECT_EQ(names("recorded_by_name", "field_document_versions"),
              std::vector<std::string>{"李强"});
    long long lineups_by_head = 0;
    session << "SELECT COUNT(*) FROM audit_log WHERE entity = 'day_crews' AND username = 'head' "
               "AND user_id IS NOT NULL",
        soci::into(lineups_by_head);
    EXPECT_EQ(lineups_by_head, CountRows(*t.app, "dispatch_lineups"));
    // Claims: approved by the head, paid by finance.
    EXPECT_EQ(
        names("username", "audit_log WHERE entity = 'expense_claim' AND action = 'transition'"),
        (std::vector<std::string>{"finance", "head"}));
}

// Whatever the date the demo is loaded on, the next working day's jobs are all still open, so
// a visitor has a day for the planning assistant to plan (R-DSP-4); on a Saturday that is
// Monday, and Sunday's job is left open too.
TEST(Storage, TheDemoLeavesTheNextWorkingDayOpenForThePlanningAssistant) {
    struct Case {
        const char* now;
        std::vector<const char*> open_days;
    };
    for (const Case& c : {Case{"2026-11-27T02:00:00Z", {"2026-11-28"}},
                          Case{"2026-11-28T02:00:00Z", {"2026-11-29", "2026-11-30"}}}) {
        SCOPED_TRACE(c.now);
        TestApp t;
        t.clock.Set(*ParseTimestamp(c.now));
        ASSERT_TRUE(t.app->LoadReferenceData());
        auto loaded = t.app->LoadDemo();
        ASSERT_TRUE(loaded) << loaded.error().message();
        soci::session session(t.app->database().pool());
        auto count = [&](const std::string& day, const std::string& status) {
            long long n = 0;
            session << "SELECT COUNT(*) FROM jobs WHERE requested_date = :d AND status = :s",
                soci::use(day), soci::use(status), soci::into(n);
            return n;
        };
        for (const std::string day : c.open_days) {
            EXPECT_GE(count(day, "new"), 1) << day;
            EXPECT_EQ(count(day, "scheduled"), 0) << day;
        }
        const std::string last = c.open_days.back();
        EXPECT_GE(count(last, "new"), 4) << "a working day has jobs to plan";
    }
}

}  // namespace
}  // namespace kefu
