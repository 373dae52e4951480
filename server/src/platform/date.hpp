// Calendar dates and UTC timestamps, with the month arithmetic the tenure rules need.
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kefu {

/// A calendar date without time zone (a hire date, a training date, a policy's valid-from).
class Date {
public:
    constexpr Date() = default;
    constexpr Date(int year, unsigned month, unsigned day)
        : ymd_(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)) {}
    constexpr explicit Date(std::chrono::year_month_day ymd) : ymd_(ymd) {}

    /// Parses "YYYY-MM-DD"; nullopt for anything else, including impossible days (2025-02-29).
    static std::optional<Date> Parse(std::string_view text);
    /// "YYYY-MM-DD".
    std::string ToString() const;

    int year() const { return static_cast<int>(ymd_.year()); }
    unsigned month() const { return static_cast<unsigned>(ymd_.month()); }
    unsigned day() const { return static_cast<unsigned>(ymd_.day()); }
    std::chrono::sys_days days() const { return std::chrono::sys_days(ymd_); }

    /// The same day `months` later; a day past the end of the target month clamps to its last
    /// day (Jan 31 + 1 month = Feb 28/29; Feb 29 + 12 months = Feb 28).
    Date AddMonths(int months) const;
    Date AddDays(int days) const;

    /// Whole months from `from` to `to` (negative when `to` is earlier): the largest n with
    /// from.AddMonths(n) <= to.
    static int WholeMonthsBetween(Date from, Date to);

    auto operator<=>(const Date& other) const { return days() <=> other.days(); }
    bool operator==(const Date& other) const { return days() == other.days(); }

private:
    std::chrono::year_month_day ymd_{
        std::chrono::year(1970), std::chrono::January, std::chrono::day(1)};
};

/// A point in time, UTC, second precision.
using Timestamp = std::chrono::sys_seconds;

/// ISO-8601 UTC text "YYYY-MM-DDTHH:MM:SSZ", the storage and wire format of timestamps.
std::string FormatTimestamp(Timestamp at);
/// Parses what FormatTimestamp writes (also accepts a space for 'T' and no 'Z').
std::optional<Timestamp> ParseTimestamp(std::string_view text);

/// Parses an RFC 3339 date-time that states its offset, as clients send them:
/// "2026-11-30T09:30:00+08:00", "…Z", fractions of a second ignored. nullopt without an offset
/// (a bare local time is ambiguous) or for impossible values.
std::optional<Timestamp> ParseDateTime(std::string_view text);

/// The calendar date in China (Asia/Shanghai, UTC+8 all year since 1991) at a UTC instant.
Date ChinaDateOf(Timestamp at);
/// China wall-clock time at a UTC instant as "YYYY-MM-DD HH:MM", the way printed documents show it.
std::string ChinaMinuteText(Timestamp at);

}  // namespace kefu
