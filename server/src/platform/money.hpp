// Money as integer fen (1 yuan = 100 fen); never floating point.
#pragma once

#include <compare>
#include <cstdint>

namespace kefu {

/// An amount of CNY in fen. Arithmetic stays in integers.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money Fen(std::int64_t fen) { return Money(fen); }
    static constexpr Money Yuan(std::int64_t yuan) { return Money(yuan * 100); }
    constexpr std::int64_t fen() const { return fen_; }
    constexpr Money operator+(Money other) const { return Money(fen_ + other.fen_); }
    constexpr Money operator-(Money other) const { return Money(fen_ - other.fen_); }
    constexpr Money operator*(std::int64_t factor) const { return Money(fen_ * factor); }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t fen) : fen_(fen) {}
    std::int64_t fen_ = 0;
};

}  // namespace kefu
