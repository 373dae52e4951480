// The maintenance reminder rule and the record's checks at their edges (R-VEH-2).
#include "fleet/maintenance.hpp"

#include <gtest/gtest.h>

namespace kefu::fleet {
namespace {

const Date kToday = *Date::Parse("2026-11-27");
const DueSoonPolicy kSoon{30, 1000};

DueItem ByDate(const char* due) {
    DueItem d;
    d.due_on = *Date::Parse(due);
    return d;
}

DueItem ByKm(std::int64_t km) {
    DueItem d;
    d.due_km = km;
    return d;
}

TEST(MaintenanceDue, ByDateAtTheEdges) {
    EXPECT_EQ(ClassifyDue(ByDate("2026-11-26"), kToday, std::nullopt, kSoon), DueStatus::kOverdue);
    EXPECT_EQ(ClassifyDue(ByDate("2026-11-27"), kToday, std::nullopt, kSoon), DueStatus::kDueSoon);
    EXPECT_EQ(ClassifyDue(ByDate("2026-12-27"), kToday, std::nullopt, kSoon), DueStatus::kDueSoon);
    EXPECT_EQ(ClassifyDue(ByDate("2026-12-28"), kToday, std::nullopt, kSoon), DueStatus::kNotDue);
}

TEST(MaintenanceDue, ByKmAtTheEdges) {
    EXPECT_EQ(ClassifyDue(ByKm(50'000), kToday, 50'001, kSoon), DueStatus::kOverdue);
    EXPECT_EQ(ClassifyDue(ByKm(50'000), kToday, 50'000, kSoon), DueStatus::kDueSoon);
    EXPECT_EQ(ClassifyDue(ByKm(50'000), kToday, 49'000, kSoon), DueStatus::kDueSoon);
    EXPECT_EQ(ClassifyDue(ByKm(50'000), kToday, 48'999, kSoon), DueStatus::kNotDue);
    EXPECT_EQ(ClassifyDue(ByKm(50'000), kToday, std::nullopt, kSoon), DueStatus::kNotDue);
}

TEST(MaintenanceFields, NextDueMustLieAhead) {
    MaintenanceFields f;
    f.done_on = kToday;
    f.odometer_km = 1000;
    f.next_due_on = kToday;
    f.next_due_km = 1000;
    auto v = CheckMaintenanceFields(f, kToday);
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v[0].field, "nextDueOn");
    EXPECT_EQ(v[1].field, "nextDueKm");
    f.done_on = kToday.AddDays(1);
    f.next_due_on = kToday.AddDays(2);
    f.next_due_km = 1001;
    v = CheckMaintenanceFields(f, kToday);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].reason, "in_future");
}

}  // namespace
}  // namespace kefu::fleet
