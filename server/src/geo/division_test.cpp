// Division codes, IsWithin at its edges, and the place classes of the lodging allowance.
#include "geo/division.hpp"

#include <gtest/gtest.h>

#include <array>
#include <vector>

namespace kefu::geo {
namespace {

DivisionCode Code(std::string_view text) { return *DivisionCode::Parse(text); }

TEST(DivisionCode, ParsesSixDigitsOfAProvincePrefix) {
    EXPECT_EQ(Code("370102").value(), 370102);
    EXPECT_EQ(Code("370102").ToString(), "370102");
    EXPECT_EQ(Code("110000").ToString(), "110000");
    for (std::string_view bad : {"",
                                 "37010",
                                 "3701020",
                                 "37010a",
                                 " 370102",
                                 "-37010",
                                 "100000",
                                 "000000",
                                 "999999",
                                 "０３７０１０２"}) {
        auto parsed = DivisionCode::Parse(bad);
        ASSERT_FALSE(parsed) << bad;
        EXPECT_EQ(parsed.error().code(), ErrorCode::kInvalidArgument);
        EXPECT_EQ(parsed.error().violations().at(0).reason, "invalid_value");
    }
}

TEST(DivisionCode, FromNumberAcceptsOnlyTheCodeRange) {
    EXPECT_EQ(DivisionCode::FromNumber(370102)->value(), 370102);
    EXPECT_FALSE(DivisionCode::FromNumber(0));
    EXPECT_FALSE(DivisionCode::FromNumber(109999));
    EXPECT_FALSE(DivisionCode::FromNumber(830000));
    EXPECT_FALSE(DivisionCode::FromNumber(37010200));
}

TEST(DivisionCode, LevelAndProvinceComeFromTheDigits) {
    EXPECT_EQ(Code("370000").level(), DivisionLevel::kProvince);
    EXPECT_EQ(Code("370100").level(), DivisionLevel::kPrefecture);
    EXPECT_EQ(Code("429000").level(), DivisionLevel::kPrefecture);
    EXPECT_EQ(Code("441900").level(), DivisionLevel::kPrefecture);
    EXPECT_EQ(Code("370102").level(), DivisionLevel::kCounty);
    EXPECT_EQ(Code("370110").level(), DivisionLevel::kCounty);
    EXPECT_EQ(Code("370102").province(), Code("370000"));
    EXPECT_EQ(Code("370000").province(), Code("370000"));
}

TEST(IsWithin, AProvinceContainsEveryCodeOfItsPrefix) {
    EXPECT_TRUE(IsWithin(Code("370102"), Code("370000")));
    EXPECT_TRUE(IsWithin(Code("370100"), Code("370000")));
    EXPECT_TRUE(IsWithin(Code("379999"), Code("370000")));
    EXPECT_TRUE(IsWithin(Code("110101"), Code("110000")));  // a municipality's district
    EXPECT_FALSE(IsWithin(Code("380000"), Code("370000")));
    EXPECT_FALSE(IsWithin(Code("360000"), Code("370000")));
    EXPECT_FALSE(IsWithin(Code("369999"), Code("370000")));
}

TEST(IsWithin, APrefectureContainsOnlyItsOwnCountyLevelUnits) {
    EXPECT_TRUE(IsWithin(Code("370102"), Code("370100")));
    EXPECT_TRUE(IsWithin(Code("370126"), Code("370100")));  // 商河县, Jinan's last county
    EXPECT_TRUE(IsWithin(Code("429004"), Code("429000")));  // 仙桃市 under 省直辖县级行政区划
    EXPECT_FALSE(IsWithin(Code("370202"), Code("370100")));  // 青岛市南区
    EXPECT_FALSE(IsWithin(Code("370000"), Code("370100")));  // the province is not inside
    EXPECT_FALSE(IsWithin(Code("370200"), Code("370100")));
}

TEST(IsWithin, ACountyLevelUnitContainsOnlyItself) {
    EXPECT_TRUE(IsWithin(Code("370102"), Code("370102")));
    EXPECT_FALSE(IsWithin(Code("370103"), Code("370102")));
    EXPECT_FALSE(IsWithin(Code("370100"), Code("370102")));
}

TEST(IsWithin, EveryDivisionIsWithinItself) {
    for (std::string_view c : {"370000", "370100", "370102", "441900", "110000"}) {
        EXPECT_TRUE(IsWithin(Code(c), Code(c))) << c;
    }
}

TEST(IsWithin, RangeOfMatchesIsWithin) {
    EXPECT_EQ(RangeOf(Code("370000")).low, 370000);
    EXPECT_EQ(RangeOf(Code("370000")).high, 379999);
    EXPECT_EQ(RangeOf(Code("370100")).high, 370199);
    EXPECT_EQ(RangeOf(Code("370102")).low, 370102);
    EXPECT_EQ(RangeOf(Code("370102")).high, 370102);
}

TEST(IsWithinAny, ChecksALocalAreaListOfMixedLevels) {
    // A local area as the policy may list it: the city proper but not its outlying counties.
    const std::vector<DivisionCode> local = {
        Code("370102"), Code("370103"), Code("370104"), Code("370105"), Code("370112")};
    EXPECT_TRUE(IsWithinAny(Code("370102"), local));
    EXPECT_FALSE(IsWithinAny(Code("370124"), local));  // 平阴县
    EXPECT_FALSE(IsWithinAny(Code("370100"), local));  // the city as a whole is not all local
    const std::vector<DivisionCode> whole_city = {Code("370100")};
    EXPECT_TRUE(IsWithinAny(Code("370124"), whole_city));
    EXPECT_FALSE(IsWithinAny(Code("370102"), {}));
}

TEST(DivisionKind, NamesRoundTrip) {
    for (DivisionKind kind : {DivisionKind::kProvince,
                              DivisionKind::kMunicipality,
                              DivisionKind::kPrefectureCity,
                              DivisionKind::kPrefecture,
                              DivisionKind::kDistrict,
                              DivisionKind::kCounty,
                              DivisionKind::kCountyLevelCity,
                              DivisionKind::kOther}) {
        EXPECT_EQ(ParseDivisionKind(DivisionKindName(kind)), kind);
    }
    EXPECT_EQ(DivisionKindName(DivisionKind::kCountyLevelCity), "county_level_city");
    EXPECT_FALSE(ParseDivisionKind("County"));
    EXPECT_FALSE(ParseDivisionKind(""));
    for (DivisionLevel level :
         {DivisionLevel::kProvince, DivisionLevel::kPrefecture, DivisionLevel::kCounty}) {
        EXPECT_EQ(ParseDivisionLevel(DivisionLevelName(level)), level);
    }
    EXPECT_FALSE(ParseDivisionLevel("city"));
}

using K = DivisionKind;

PlaceClass Classify(std::initializer_list<DivisionKind> kinds_upward) {
    const std::vector<DivisionKind> kinds(kinds_upward);
    return ClassifyPlace(kinds);
}

TEST(ClassifyPlace, DistrictsOfAPrefectureCityArePrefectureLevel) {
    // 济南市历下区, 章丘区 (a district since 2016, however rural).
    EXPECT_EQ(Classify({K::kDistrict, K::kPrefectureCity, K::kProvince}),
              PlaceClass::kPrefectureLevel);
    // 北京市东城区: a municipality's district, no prefecture in between.
    EXPECT_EQ(Classify({K::kDistrict, K::kMunicipality}), PlaceClass::kPrefectureLevel);
}

TEST(ClassifyPlace, CountiesAndCountyLevelCitiesAreCountyLevel) {
    EXPECT_EQ(Classify({K::kCounty, K::kPrefectureCity, K::kProvince}),
              PlaceClass::kCountyLevel);  // 平阴县
    EXPECT_EQ(Classify({K::kCountyLevelCity, K::kPrefectureCity, K::kProvince}),
              PlaceClass::kCountyLevel);  // 青州市
    EXPECT_EQ(Classify({K::kCountyLevelCity, K::kOther, K::kProvince}),
              PlaceClass::kCountyLevel);  // 仙桃市 under 省直辖县级行政区划
    EXPECT_EQ(Classify({K::kCounty, K::kMunicipality}), PlaceClass::kCountyLevel);  // 重庆城口县
    EXPECT_EQ(Classify({K::kCountyLevelCity, K::kPrefecture, K::kProvince}),
              PlaceClass::kCountyLevel);  // 恩施市 in 恩施州
}

TEST(ClassifyPlace, CitiesWithoutACountyLevelAreThemselvesPrefectureLevel) {
    EXPECT_EQ(Classify({K::kPrefectureCity, K::kProvince}), PlaceClass::kPrefectureLevel);  // 东莞
    EXPECT_EQ(Classify({K::kMunicipality}), PlaceClass::kPrefectureLevel);
}

TEST(ClassifyPlace, EverythingElseNeedsASpecialApplication) {
    EXPECT_EQ(Classify({}), PlaceClass::kOther);
    EXPECT_EQ(Classify({K::kProvince}), PlaceClass::kOther);
    EXPECT_EQ(Classify({K::kPrefecture, K::kProvince}), PlaceClass::kOther);  // 恩施州 as a whole
    EXPECT_EQ(Classify({K::kOther, K::kOther, K::kProvince}), PlaceClass::kOther);  // 神农架林区
    EXPECT_EQ(Classify({K::kOther, K::kPrefectureCity, K::kProvince}), PlaceClass::kOther);
    // A district with no city above it does not occur in the data; it is not assumed urban.
    EXPECT_EQ(Classify({K::kDistrict, K::kPrefecture, K::kProvince}), PlaceClass::kOther);
    EXPECT_EQ(Classify({K::kDistrict}), PlaceClass::kOther);
}

TEST(ClassifyPlace, OnlyTheDivisionsOwnKindDecidesForNonDistricts) {
    // A county under a municipality-level chain is still county-level (no upgrade from above).
    EXPECT_EQ(Classify({K::kCounty, K::kMunicipality, K::kMunicipality}), PlaceClass::kCountyLevel);
    EXPECT_EQ(PlaceClassName(PlaceClass::kCountyLevel), "county_level");
    EXPECT_EQ(PlaceClassName(PlaceClass::kPrefectureLevel), "prefecture_level");
    EXPECT_EQ(PlaceClassName(PlaceClass::kOther), "other");
}

}  // namespace
}  // namespace kefu::geo
