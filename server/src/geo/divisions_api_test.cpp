// Administrative divisions over HTTP (R-JOB-1, R-EXP-5): any logged-in user reads the cascader
// levels, a lookup with ancestors and place class, and a name search; bad codes are refused.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "app/api_tests/api_harness.hpp"
#include "geo/geo_module.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

class DivisionsApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_ = std::make_unique<ApiEnv>();
        // TestApp leaves reference data out (it costs seconds under ASan); load it here.
        auto loaded = env_->test_app.app->module<geo::GeoModule>().LoadReferenceData();
        ASSERT_TRUE(loaded) << loaded.error().message();
        env_->test_app.CreateUser("driver", {Role::kDriver});
        driver_ = std::make_unique<ApiClient>(env_->LoginAs("driver"));
    }

    std::unique_ptr<ApiEnv> env_;
    std::unique_ptr<ApiClient> driver_;
};

std::vector<std::string> Names(const json& divisions) {
    std::vector<std::string> names;
    for (const json& d : divisions) names.push_back(d.at("name").get<std::string>());
    return names;
}

TEST_F(DivisionsApi, EveryRoleReadsTheProvincesAndAnonymousIsRefused) {
    for (Role role : auth::kAllRoles) {
        const std::string username = "reader_" + std::string(auth::RoleName(role));
        env_->test_app.CreateUser(username, {role});
        ApiClient client = env_->LoginAs(username);
        ApiResponse provinces = client.Get("/api/v1/divisions");
        ASSERT_EQ(provinces.status, 200) << username << " " << provinces.Describe();
        EXPECT_EQ(provinces.body.at("items").size(), 31u);
    }
    ApiResponse anonymous = env_->Anonymous().Get("/api/v1/divisions");
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(env_->Anonymous().Get("/api/v1/divisions/370102").status, 401);
}

TEST_F(DivisionsApi, TheCascaderGoesFromProvincesToCountyLevelUnits) {
    ApiResponse provinces = driver_->Get("/api/v1/divisions");
    ASSERT_EQ(provinces.status, 200);
    const json& beijing = provinces.body.at("items").at(0);
    EXPECT_EQ(beijing,
              (json{{"code", "110000"},
                    {"parentCode", nullptr},
                    {"level", "province"},
                    {"kind", "municipality"},
                    {"name", "北京市"},
                    {"lat", beijing.at("lat")},
                    {"lng", beijing.at("lng")},
                    {"approximate", false},
                    {"active", true},
                    {"hasChildren", true}}));

    ApiResponse cities = driver_->Get("/api/v1/divisions?parent=370000");
    ASSERT_EQ(cities.status, 200);
    EXPECT_EQ(cities.body.at("items").size(), 16u);

    ApiResponse jinan = driver_->Get("/api/v1/divisions?parent=370100");
    ASSERT_EQ(jinan.status, 200);
    const json& items = jinan.body.at("items");
    ASSERT_EQ(items.size(), 12u);
    EXPECT_EQ(items.at(0).at("name"), "历下区");
    EXPECT_EQ(items.at(0).at("parentCode"), "370100");
    EXPECT_EQ(items.at(10).at("name"), "平阴县");
    EXPECT_EQ(items.at(10).at("kind"), "county");
    EXPECT_EQ(items.at(10).at("hasChildren"), false);
}

TEST_F(DivisionsApi, ALookupGivesAncestorsPlaceClassAndTheDefaultPoint) {
    ApiResponse lixia = driver_->Get("/api/v1/divisions/370102");
    ASSERT_EQ(lixia.status, 200) << lixia.Describe();
    EXPECT_EQ(lixia.body.at("name"), "历下区");
    EXPECT_EQ(lixia.body.at("kind"), "district");
    EXPECT_EQ(lixia.body.at("placeClass"), "prefecture_level");
    EXPECT_EQ(Names(lixia.body.at("ancestors")), (std::vector<std::string>{"山东省", "济南市"}));
    EXPECT_NEAR(lixia.body.at("lat").get<double>(), 36.66, 0.05);
    EXPECT_NEAR(lixia.body.at("lng").get<double>(), 117.04, 0.05);

    EXPECT_EQ(driver_->Get("/api/v1/divisions/370124").body.at("placeClass"), "county_level");
    EXPECT_EQ(driver_->Get("/api/v1/divisions/370781").body.at("placeClass"), "county_level");
    EXPECT_EQ(driver_->Get("/api/v1/divisions/429021").body.at("placeClass"), "other");
}

TEST_F(DivisionsApi, SearchFindsByPartOfTheNameWithinAnArea) {
    ApiResponse found = driver_->Get("/api/v1/divisions?q=" + UrlEncode("历下"));
    ASSERT_EQ(found.status, 200) << found.Describe();
    ASSERT_EQ(found.body.at("items").size(), 1u);
    const json& lixia = found.body.at("items").at(0);
    EXPECT_EQ(lixia.at("code"), "370102");
    EXPECT_EQ(Names(lixia.at("ancestors")), (std::vector<std::string>{"山东省", "济南市"}));

    ApiResponse everywhere = driver_->Get("/api/v1/divisions?q=" + UrlEncode("市中区"));
    ASSERT_EQ(everywhere.status, 200);
    EXPECT_EQ(everywhere.body.at("items").size(), 4u);
    ApiResponse in_jinan = driver_->Get("/api/v1/divisions?parent=370100&q=" + UrlEncode("市中区"));
    ASSERT_EQ(in_jinan.status, 200);
    ASSERT_EQ(in_jinan.body.at("items").size(), 1u);
    EXPECT_EQ(in_jinan.body.at("items").at(0).at("code"), "370103");
}

TEST_F(DivisionsApi, MalformedAndUnknownCodesAreRefused) {
    for (const char* path : {"/api/v1/divisions/37010",
                             "/api/v1/divisions/3701020",
                             "/api/v1/divisions/000000",
                             "/api/v1/divisions/99999999999999999999"}) {
        ApiResponse bad = driver_->Get(path);
        EXPECT_EQ(bad.status, 400) << path << " " << bad.Describe();
        EXPECT_TRUE(bad.HasErrorShape()) << path;
        EXPECT_TRUE(bad.HasViolation("code", "invalid_value")) << path << " " << bad.Describe();
    }
    ApiResponse bad_parent = driver_->Get("/api/v1/divisions?parent=jinan");
    EXPECT_EQ(bad_parent.status, 400);
    EXPECT_TRUE(bad_parent.HasViolation("parent", "invalid_value")) << bad_parent.Describe();

    ApiResponse unknown = driver_->Get("/api/v1/divisions/370199");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.Code(), "NOT_FOUND");
    EXPECT_EQ(driver_->Get("/api/v1/divisions?parent=370199").status, 404);
    EXPECT_EQ(driver_->Get("/api/v1/divisions?parent=370199&q=x").status, 404);
}

}  // namespace
}  // namespace kefu::api_tests
