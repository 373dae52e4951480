#include "platform/money_text.hpp"

#include <fmt/core.h>

#include <cstdint>
#include <string>

namespace kefu {
namespace {

constexpr std::int64_t kMaxFen = 1'000'000'000'000'000;  // 10^15 fen: far beyond any claim

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

Error Refuse(std::string_view field, const char* reason) {
    return Error::InvalidArgument("not an amount of money", {{std::string(field), reason}});
}

}  // namespace

Result<Money> ParseYuan(std::string_view text, std::string_view field) {
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && fraction.empty())) {
        return Fail(Refuse(field, "invalid_money"));
    }
    for (char c : whole) {
        if (!IsDigit(c)) return Fail(Refuse(field, "invalid_money"));
    }
    for (char c : fraction) {
        if (!IsDigit(c)) return Fail(Refuse(field, "invalid_money"));
    }
    for (std::size_t i = 2; i < fraction.size(); ++i) {
        if (fraction[i] != '0') return Fail(Refuse(field, "fraction_of_fen"));
    }
    std::int64_t fen = 0;
    for (char c : whole) {
        if (fen > kMaxFen / 10) return Fail(Refuse(field, "out_of_range"));
        fen = fen * 10 + (c - '0');
    }
    if (fen > kMaxFen / 100) return Fail(Refuse(field, "out_of_range"));
    fen *= 100;
    if (!fraction.empty()) fen += std::int64_t{fraction[0] - '0'} * 10;
    if (fraction.size() > 1) fen += fraction[1] - '0';
    return Money::Fen(negative ? -fen : fen);
}

std::string FormatYuan(Money amount) {
    const std::int64_t fen = amount.fen();
    const std::uint64_t magnitude =
        fen < 0 ? static_cast<std::uint64_t>(-(fen + 1)) + 1 : static_cast<std::uint64_t>(fen);
    return fmt::format("{}{}.{:02}", fen < 0 ? "-" : "", magnitude / 100, magnitude % 100);
}

}  // namespace kefu
