// The warranty of a product series (R-FLD-4): the bounds of a version and which version is in
// force on a day.
#include "catalog/series_warranty.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kefu::catalog {
namespace {

const Date kToday{2026, 12, 2};

std::vector<std::string> Reasons(const Violations& v) {
    std::vector<std::string> out;
    for (const FieldViolation& f : v.items()) out.push_back(f.field + ":" + f.reason);
    return out;
}

NewSeriesWarranty Valid() {
    return {.series = "博特", .valid_from = kToday, .months = 36, .content = "桌体结构三年保修"};
}

TEST(SeriesWarranty, FromTodayOnButNotBefore) {  // R-FLD-4
    EXPECT_TRUE(CheckNewSeriesWarranty(Valid(), kToday).empty());
    NewSeriesWarranty past = Valid();
    past.valid_from = kToday.AddDays(-1);
    EXPECT_EQ(Reasons(CheckNewSeriesWarranty(past, kToday)),
              (std::vector<std::string>{"validFrom:date_in_past"}));
}

TEST(SeriesWarranty, MonthsFromOneToOneHundredTwenty) {
    NewSeriesWarranty w = Valid();
    for (int months : {1, 120}) {
        w.months = months;
        EXPECT_TRUE(CheckNewSeriesWarranty(w, kToday).empty()) << months;
    }
    for (int months : {0, 121, -12}) {
        w.months = months;
        EXPECT_EQ(Reasons(CheckNewSeriesWarranty(w, kToday)),
                  (std::vector<std::string>{"months:out_of_range"}))
            << months;
    }
}

TEST(SeriesWarranty, ContentRequiredAndCountedInCharacters) {
    NewSeriesWarranty w = Valid();
    w.content.clear();
    EXPECT_EQ(Reasons(CheckNewSeriesWarranty(w, kToday)),
              (std::vector<std::string>{"content:required"}));
    w.content.clear();
    for (std::size_t i = 0; i < kWarrantyContentMax; ++i) w.content += "保";
    EXPECT_TRUE(CheckNewSeriesWarranty(w, kToday).empty());
    w.content += "修";
    EXPECT_EQ(Reasons(CheckNewSeriesWarranty(w, kToday)),
              (std::vector<std::string>{"content:too_long"}));
}

TEST(SeriesWarranty, TheLatestVersionStartedOnOrBeforeTheDayIsInForce) {  // R-FLD-4
    const std::vector<SeriesWarranty> versions{
        {.id = 1, .series = "博特", .valid_from = {2025, 1, 1}, .months = 24, .content = "两年"},
        {.id = 2, .series = "博特", .valid_from = {2026, 12, 2}, .months = 36, .content = "三年"},
        {.id = 3, .series = "博特", .valid_from = {2027, 1, 1}, .months = 60, .content = "五年"},
        {.id = 4, .series = "雅致", .valid_from = {2027, 1, 1}, .months = 12, .content = "一年"},
    };
    // The day before the new version: the old one; on its first day: the new one.
    auto before = InForceOn(versions, {2026, 12, 1});
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].id, 1);
    auto on = InForceOn(versions, {2026, 12, 2});
    ASSERT_EQ(on.size(), 1u);  // 雅致 starts later: none yet
    EXPECT_EQ(on[0].id, 2);
    auto later = InForceOn(versions, {2027, 6, 1});
    ASSERT_EQ(later.size(), 2u);
    EXPECT_EQ(later[0].id, 3);
    EXPECT_EQ(later[1].series, "雅致");
    EXPECT_TRUE(InForceOn(versions, {2024, 12, 31}).empty());
}

}  // namespace
}  // namespace kefu::catalog
