// The warranty of a product series through the API (R-FLD-4): the office versions it, from today
// on, and the crew's phone carries the version in force on the job's day with the job, to
// explain at installation. The clock says 2026-11-27 10:00 China; the products are of 博特.
#include <gtest/gtest.h>

#include <string>

#include "field/field_api_fixture.hpp"

namespace kefu::api_tests {
namespace {

class WarrantyApi : public FieldApi {
protected:
    ApiResponse Set(ApiClient& client,
                    const std::string& series,
                    const std::string& from,
                    int months,
                    const std::string& content) {
        return client.Post("/api/v1/product-series/warranties",
                           {{"series", series},
                            {"validFrom", from},
                            {"months", months},
                            {"content", content},
                            {"reason", "质保政策调整"}});
    }

    /// The warranties the crew's phone gets with the fixture's job.
    json PhoneWarranties() {
        const auto mine = Must(crew_->Get("/api/v1/field/my-jobs"), 200);
        for (const json& item : mine.body["items"]) {
            if (item["job"]["id"] == job_) return item["warranties"];
        }
        throw std::runtime_error("the job is not on the crew's phone: " + mine.raw);
    }

    std::int64_t Rows() { return CountRows(*env_.test_app.app).at("catalog_series_warranties"); }
};

TEST_F(WarrantyApi, TheCrewCarriesTheWarrantyInForceOnTheJobsDay) {  // R-FLD-4
    EXPECT_TRUE(PhoneWarranties().empty());  // none set yet: nothing to explain from the system
    const auto set = Must(Set(*head_, "博特", kToday, 36, "桌体结构保修三年，五金件两年"), 201);
    EXPECT_EQ(set.body["setByName"], "head");
    // A later version does not change what is explained today.
    Must(Set(*head_, "博特", "2026-12-01", 60, "桌体结构保修五年"), 201);

    const json warranties = PhoneWarranties();
    ASSERT_EQ(warranties.size(), 1u) << warranties.dump();
    EXPECT_EQ(warranties[0]["series"], "博特");
    EXPECT_EQ(warranties[0]["months"], 36);
    EXPECT_EQ(warranties[0]["content"], "桌体结构保修三年，五金件两年");

    const auto list = Must(crew_->Get("/api/v1/product-series/warranties"), 200);
    EXPECT_EQ(list.body["series"], json::array({"博特"}));
    ASSERT_EQ(list.body["items"].size(), 2u);
    EXPECT_EQ(list.body["items"][0]["validFrom"], "2026-12-01");  // newest first

    const auto audit = Must(
        head_->Get("/api/v1/audit?entity=series_warranty&entityId=" + std::to_string(IdOf(set))),
        200);
    EXPECT_EQ(audit.body["items"].size(), 1u) << audit.raw;
}

TEST_F(WarrantyApi, PastDaysUnknownSeriesAndSecondVersionsOfADayAreRefused) {  // R-FLD-4
    EXPECT_TRUE(
        Set(*head_, "博特", "2026-11-26", 36, "三年").HasViolation("validFrom", "date_in_past"));
    EXPECT_TRUE(Set(*head_, "无此系列", kToday, 36, "三年").HasViolation("series", "not_found"));
    EXPECT_TRUE(Set(*head_, "博特", kToday, 0, "三年").HasViolation("months", "out_of_range"));
    EXPECT_TRUE(Set(*head_, "博特", kToday, 121, "").HasViolation("content", "required"));
    EXPECT_EQ(Set(*crew_, "博特", kToday, 36, "三年").status, 403);  // a supervisor reads only
    EXPECT_EQ(Rows(), 0);
    Must(Set(*head_, "博特", kToday, 36, "三年"), 201);
    const auto twice = Set(*head_, "博特", kToday, 24, "两年");
    EXPECT_EQ(twice.status, 409) << twice.Describe();
    EXPECT_TRUE(twice.HasViolation("validFrom", "duplicate"));
    EXPECT_EQ(Rows(), 1);
}

}  // namespace
}  // namespace kefu::api_tests
