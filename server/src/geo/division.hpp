// Administrative divisions of mainland China (GB/T 2260): codes, levels, kinds, the tree's
// points, and the place classes the travel allowances depend on (R-JOB-1, R-EXP-2, R-EXP-5).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "platform/enum_names.hpp"
#include "platform/error.hpp"

namespace kefu::geo {

/// The three levels of the GB/T 2260 tree.
enum class DivisionLevel : std::uint8_t { kProvince, kPrefecture, kCounty };

inline constexpr auto kDivisionLevelNames =
    MakeEnumNames<DivisionLevel>({{DivisionLevel::kProvince, "province"},
                                  {DivisionLevel::kPrefecture, "prefecture"},
                                  {DivisionLevel::kCounty, "county"}});

/// "province", "prefecture", "county".
inline std::string_view DivisionLevelName(DivisionLevel level) {
    return kDivisionLevelNames.Name(level);
}
inline std::optional<DivisionLevel> ParseDivisionLevel(std::string_view name) {
    return kDivisionLevelNames.Parse(name);
}

/// A six-digit GB/T 2260 code such as 370102 (历下区): digits 1–2 name the province, 3–4 the
/// prefecture (00 for the province itself), 5–6 the county-level unit (00 for the prefecture).
class DivisionCode {
public:
    constexpr DivisionCode() = default;

    /// INVALID_ARGUMENT unless `text` is exactly six digits and names a province (11–82).
    static Result<DivisionCode> Parse(std::string_view text);
    /// The code of a stored number; nullopt outside 110000–829999.
    static std::optional<DivisionCode> FromNumber(std::int64_t number);

    constexpr std::int32_t value() const { return value_; }
    /// The six digits, e.g. "370102".
    std::string ToString() const;
    /// The level the digits say: xx0000 province, xxyy00 prefecture, else county.
    DivisionLevel level() const;
    /// The province this code lies in (xx0000).
    DivisionCode province() const;

    constexpr auto operator<=>(const DivisionCode&) const = default;

private:
    constexpr explicit DivisionCode(std::int32_t value) : value_(value) {}
    std::int32_t value_ = 0;
};

/// Every code within a division lies in [low, high]: the province 370000 spans 370000–379999,
/// the prefecture 370100 spans 370100–370199, a county-level unit only itself.
struct CodeRange {
    std::int32_t low = 0;
    std::int32_t high = 0;
};

/// The codes `area` contains (see CodeRange); SQL filters on it to stay within a division.
CodeRange RangeOf(DivisionCode area);

/// Whether `code` is `area` or lies inside it. Decided from the digits alone: GB/T 2260 gives a
/// division a new code whenever it moves, so a code's prefix always names its ancestors.
bool IsWithin(DivisionCode code, DivisionCode area);

/// Whether `code` lies in any of `areas` (e.g. the Jinan districts of the local-area policy).
bool IsWithinAny(DivisionCode code, std::span<const DivisionCode> areas);

/// What a division is, as its official name says (docs/adr/0006 lists the rules).
enum class DivisionKind : std::uint8_t {
    kProvince,         ///< 省, 自治区
    kMunicipality,     ///< 直辖市: a province-level city (北京市 …)
    kPrefectureCity,   ///< 地级市 (济南市, also 东莞市 without a county level)
    kPrefecture,       ///< 地区, 自治州, 盟
    kDistrict,         ///< 市辖区 of a prefecture-level city or a municipality
    kCounty,           ///< 县, 自治县, 旗, 自治旗
    kCountyLevelCity,  ///< 县级市 (青州市, 仙桃市)
    kOther,  ///< 林区, 特区, 省直辖县级行政区划 (a grouping), islands and other special units
};

inline constexpr auto kDivisionKindNames =
    MakeEnumNames<DivisionKind>({{DivisionKind::kProvince, "province"},
                                 {DivisionKind::kMunicipality, "municipality"},
                                 {DivisionKind::kPrefectureCity, "prefecture_city"},
                                 {DivisionKind::kPrefecture, "prefecture"},
                                 {DivisionKind::kDistrict, "district"},
                                 {DivisionKind::kCounty, "county"},
                                 {DivisionKind::kCountyLevelCity, "county_level_city"},
                                 {DivisionKind::kOther, "other"}});

/// The stored and wire name, e.g. "county_level_city".
inline std::string_view DivisionKindName(DivisionKind kind) {
    return kDivisionKindNames.Name(kind);
}
inline std::optional<DivisionKind> ParseDivisionKind(std::string_view name) {
    return kDivisionKindNames.Parse(name);
}

/// A point in millionths of a degree, as AMap/DataV publish it (GCJ-02, within about 0.5 km of
/// WGS-84). Integers, so it stores and compares exactly on every engine.
struct GeoPoint {
    std::int32_t lat_e6 = 0;
    std::int32_t lng_e6 = 0;
    double latitude() const { return lat_e6 / 1e6; }
    double longitude() const { return lng_e6 / 1e6; }
    bool operator==(const GeoPoint&) const = default;
};

/// One division of the tree.
struct Division {
    DivisionCode code;
    std::optional<DivisionCode> parent;  ///< none for a province-level division
    DivisionLevel level = DivisionLevel::kCounty;
    DivisionKind kind = DivisionKind::kOther;
    std::string name;
    /// The seat of government: the default coordinate of a job site in this division.
    GeoPoint point;
    /// True when the map data has no point of its own and `point` is the parent's.
    bool approximate = false;
    /// False for a division that left the official list; kept so old records still resolve.
    bool active = true;
    /// Whether any active division has this one as parent (reads fill it; imports ignore it).
    bool has_children = false;

    bool operator==(const Division&) const = default;
};

/// What the lodging allowance depends on (R-EXP-5): 30 yuan a night in a county-level place,
/// 35 in a prefecture-level city, anything else needs a special application.
enum class PlaceClass : std::uint8_t {
    kCountyLevel,      ///< a county or a county-level city
    kPrefectureLevel,  ///< a prefecture-level city or municipality, or one of its districts
    kOther,  ///< everything else: a province, 地区/自治州/盟 as a whole, 林区, 特区 …
};

inline constexpr auto kPlaceClassNames =
    MakeEnumNames<PlaceClass>({{PlaceClass::kCountyLevel, "county_level"},
                               {PlaceClass::kPrefectureLevel, "prefecture_level"},
                               {PlaceClass::kOther, "other"}});

/// "county_level", "prefecture_level", "other".
inline std::string_view PlaceClassName(PlaceClass place_class) {
    return kPlaceClassNames.Name(place_class);
}

/// The place class of a division from its chain of kinds, the division's own kind first, then
/// its parent's and so on up to the province. A district is prefecture-level when a
/// prefecture-level city or a municipality is above it. Local (Jinan) is a separate question:
/// IsWithinAny against the policy's list.
PlaceClass ClassifyPlace(std::span<const DivisionKind> kinds_upward);

}  // namespace kefu::geo
