#include "geo/division_dataset.hpp"

#include <fmt/core.h>

#include <array>
#include <optional>
#include <unordered_set>

namespace kefu::geo {
namespace {

constexpr std::string_view kSourcePrefix = "# source: ";
constexpr std::string_view kHeader = "code,parent_code,level,kind,name,lat,lng,approximate";
constexpr std::size_t kFieldCount = 8;

// Splits on commas; the generator guarantees names hold no comma or quote.
std::optional<std::array<std::string_view, kFieldCount>> SplitFields(std::string_view line) {
    std::array<std::string_view, kFieldCount> fields;
    std::size_t index = 0;
    while (true) {
        const auto comma = line.find(',');
        if (index == kFieldCount) return std::nullopt;
        fields[index++] = line.substr(0, comma);
        if (comma == std::string_view::npos) break;
        line.remove_prefix(comma + 1);
    }
    if (index != kFieldCount) return std::nullopt;
    return fields;
}

// "36.664169" → 36664169: decimal degrees with up to six decimals, parsed exactly.
std::optional<std::int32_t> ParseMicrodegrees(std::string_view text, std::int32_t limit) {
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 3 || fraction.size() > 6) return std::nullopt;
    std::int64_t value = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    std::int64_t micro = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        const char c = i < fraction.size() ? fraction[i] : '0';
        if (c < '0' || c > '9') return std::nullopt;
        micro = micro * 10 + (c - '0');
    }
    value = value * 1'000'000 + micro;
    if (value > std::int64_t{limit} * 1'000'000) return std::nullopt;
    return static_cast<std::int32_t>(negative ? -value : value);
}

Error LineError(std::size_t line_number, std::string_view what) {
    return Error::InvalidArgument(fmt::format("divisions data line {}: {}", line_number, what));
}

}  // namespace

Result<DivisionDataset> ParseDivisionCsv(std::string_view text, std::string version) {
    DivisionDataset dataset;
    dataset.version = std::move(version);
    std::unordered_set<std::int32_t> seen;
    std::size_t line_number = 0;
    bool header_seen = false;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        if (line.starts_with(kSourcePrefix)) {
            dataset.source = std::string(line.substr(kSourcePrefix.size()));
            continue;
        }
        if (!header_seen) {
            if (line != kHeader) return Fail(LineError(line_number, "expected the header"));
            header_seen = true;
            continue;
        }
        const auto fields = SplitFields(line);
        if (!fields) return Fail(LineError(line_number, "expected 8 fields"));
        const auto& f = *fields;
        auto code = DivisionCode::Parse(f[0]);
        if (!code) return Fail(LineError(line_number, "bad code"));
        Division d;
        d.code = *code;
        if (!f[1].empty()) {
            auto parent = DivisionCode::Parse(f[1]);
            if (!parent) return Fail(LineError(line_number, "bad parent code"));
            if (!seen.contains(parent->value()) || !IsWithin(d.code, *parent) ||
                *parent == d.code) {
                return Fail(
                    LineError(line_number, "the parent must be listed before and contain it"));
            }
            d.parent = *parent;
        }
        const auto level = ParseDivisionLevel(f[2]);
        const auto kind = ParseDivisionKind(f[3]);
        if (!level || !kind) return Fail(LineError(line_number, "unknown level or kind"));
        if (*level != d.code.level() ||
            (*level == DivisionLevel::kProvince) == d.parent.has_value()) {
            return Fail(LineError(line_number, "the level contradicts the code or the parent"));
        }
        d.level = *level;
        d.kind = *kind;
        if (f[4].empty()) return Fail(LineError(line_number, "empty name"));
        d.name = std::string(f[4]);
        const auto lat = ParseMicrodegrees(f[5], 90);
        const auto lng = ParseMicrodegrees(f[6], 180);
        if (!lat || !lng) return Fail(LineError(line_number, "bad lat or lng"));
        d.point = {*lat, *lng};
        if (f[7] != "0" && f[7] != "1")
            return Fail(LineError(line_number, "approximate is 0 or 1"));
        d.approximate = f[7] == "1";
        if (!seen.insert(d.code.value()).second) {
            return Fail(LineError(line_number, "duplicate code"));
        }
        dataset.divisions.push_back(std::move(d));
    }
    if (!header_seen) return Fail(Error::InvalidArgument("divisions data: no header"));
    return dataset;
}

}  // namespace kefu::geo
