#include "geo/division.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <utility>

namespace kefu::geo {
namespace {

constexpr std::int32_t kLowest = 110000;   // 北京市
constexpr std::int32_t kHighest = 829999;  // the last code a province-level prefix (82) allows

}  // namespace

Result<DivisionCode> DivisionCode::Parse(std::string_view text) {
    const bool digits = text.size() == 6 && std::all_of(text.begin(), text.end(), [](char c) {
                            return c >= '0' && c <= '9';
                        });
    std::int32_t number = 0;
    if (digits) {
        for (char c : text) number = number * 10 + (c - '0');
    }
    if (!digits || number < kLowest || number > kHighest) {
        return Fail(Error::InvalidArgument("a division code is six digits, e.g. 370102",
                                           {{"code", "invalid_value"}}));
    }
    return DivisionCode(number);
}

std::optional<DivisionCode> DivisionCode::FromNumber(std::int64_t number) {
    if (number < kLowest || number > kHighest) return std::nullopt;
    return DivisionCode(static_cast<std::int32_t>(number));
}

std::string DivisionCode::ToString() const { return fmt::format("{:06d}", value_); }

DivisionLevel DivisionCode::level() const {
    if (value_ % 10000 == 0) return DivisionLevel::kProvince;
    if (value_ % 100 == 0) return DivisionLevel::kPrefecture;
    return DivisionLevel::kCounty;
}

DivisionCode DivisionCode::province() const { return DivisionCode(value_ / 10000 * 10000); }

CodeRange RangeOf(DivisionCode area) {
    switch (area.level()) {
        case DivisionLevel::kProvince:
            return {area.value(), area.value() + 9999};
        case DivisionLevel::kPrefecture:
            return {area.value(), area.value() + 99};
        case DivisionLevel::kCounty:
            break;
    }
    return {area.value(), area.value()};
}

bool IsWithin(DivisionCode code, DivisionCode area) {
    const CodeRange range = RangeOf(area);
    return code.value() >= range.low && code.value() <= range.high;
}

bool IsWithinAny(DivisionCode code, std::span<const DivisionCode> areas) {
    return std::any_of(
        areas.begin(), areas.end(), [code](DivisionCode area) { return IsWithin(code, area); });
}

PlaceClass ClassifyPlace(std::span<const DivisionKind> kinds_upward) {
    if (kinds_upward.empty()) return PlaceClass::kOther;
    switch (kinds_upward.front()) {
        case DivisionKind::kCounty:
        case DivisionKind::kCountyLevelCity:
            return PlaceClass::kCountyLevel;
        case DivisionKind::kPrefectureCity:
        case DivisionKind::kMunicipality:
            return PlaceClass::kPrefectureLevel;
        case DivisionKind::kDistrict: {
            // A 市辖区 is part of the city above it; the data never puts one elsewhere, but a
            // district without such a city would not be a prefecture-level place.
            const auto above = kinds_upward.subspan(1);
            const bool in_city = std::any_of(above.begin(), above.end(), [](DivisionKind kind) {
                return kind == DivisionKind::kPrefectureCity || kind == DivisionKind::kMunicipality;
            });
            return in_city ? PlaceClass::kPrefectureLevel : PlaceClass::kOther;
        }
        case DivisionKind::kProvince:
        case DivisionKind::kPrefecture:
        case DivisionKind::kOther:
            break;
    }
    return PlaceClass::kOther;
}

}  // namespace kefu::geo
