#include "platform/date.hpp"

#include <charconv>
#include <cstdio>

namespace kefu {
namespace {

bool ParseDigits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > text.size()) return false;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + pos + count, out);
    return ec == std::errc() && ptr == text.data() + pos + count;
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view text) {
    int y = 0;
    int m = 0;
    int d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (!ParseDigits(text, 0, 4, y) || !ParseDigits(text, 5, 2, m) || !ParseDigits(text, 8, 2, d)) {
        return std::nullopt;
    }
    std::chrono::year_month_day ymd{std::chrono::year(y),
                                    std::chrono::month(static_cast<unsigned>(m)),
                                    std::chrono::day(static_cast<unsigned>(d))};
    if (!ymd.ok() || y < 1900) return std::nullopt;
    return Date(ymd);
}

std::string Date::ToString() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

Date Date::AddMonths(int months) const {
    using namespace std::chrono;
    year_month ym = year_month(ymd_.year(), ymd_.month()) + std::chrono::months(months);
    const auto last = year_month_day_last(ym.year(), month_day_last(ym.month())).day();
    return Date(year_month_day(ym.year(), ym.month(), ymd_.day() > last ? last : ymd_.day()));
}

Date Date::AddDays(int days_to_add) const {
    return Date(std::chrono::year_month_day(days() + std::chrono::days(days_to_add)));
}

int Date::WholeMonthsBetween(Date from, Date to) {
    int months = (to.year() - from.year()) * 12 + static_cast<int>(to.month()) -
                 static_cast<int>(from.month());
    // The estimate is off by at most one in either direction because of day-of-month.
    while (from.AddMonths(months) > to) --months;
    while (from.AddMonths(months + 1) <= to) ++months;
    return months;
}

std::string FormatTimestamp(Timestamp at) {
    using namespace std::chrono;
    const auto day_point = floor<days>(at);
    const year_month_day ymd(day_point);
    const hh_mm_ss hms(at - day_point);
    char buf[32];
    std::snprintf(buf,
                  sizeof buf,
                  "%04d-%02u-%02uT%02d:%02d:%02dZ",
                  static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

std::optional<Timestamp> ParseTimestamp(std::string_view text) {
    if (text.size() < 19) return std::nullopt;
    auto date = Date::Parse(text.substr(0, 10));
    if (!date || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':') {
        return std::nullopt;
    }
    int h = 0;
    int mi = 0;
    int s = 0;
    if (!ParseDigits(text, 11, 2, h) || !ParseDigits(text, 14, 2, mi) ||
        !ParseDigits(text, 17, 2, s) || h > 23 || mi > 59 || s > 60) {
        return std::nullopt;
    }
    std::string_view rest = text.substr(19);
    if (!rest.empty() && rest != "Z" && rest != "+00" && rest != "+00:00") return std::nullopt;
    return Timestamp(date->days()) + std::chrono::hours(h) + std::chrono::minutes(mi) +
           std::chrono::seconds(s);
}

std::optional<Timestamp> ParseDateTime(std::string_view text) {
    if (text.size() < 20 || text[10] != 'T') return std::nullopt;
    auto base = ParseTimestamp(text.substr(0, 19));
    if (!base) return std::nullopt;
    std::string_view rest = text.substr(19);
    if (!rest.empty() && rest.front() == '.') {
        std::size_t digits = 1;
        while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
        if (digits == 1) return std::nullopt;
        rest.remove_prefix(digits);
    }
    if (rest == "Z") return base;
    int h = 0;
    int m = 0;
    if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-') || rest[3] != ':' ||
        !ParseDigits(rest, 1, 2, h) || !ParseDigits(rest, 4, 2, m) || h > 23 || m > 59) {
        return std::nullopt;
    }
    const auto offset = std::chrono::hours(h) + std::chrono::minutes(m);
    return rest[0] == '+' ? *base - offset : *base + offset;
}

Date ChinaDateOf(Timestamp at) {
    return Date(std::chrono::year_month_day(
        std::chrono::floor<std::chrono::days>(at + std::chrono::hours(8))));
}

std::string ChinaMinuteText(Timestamp at) {
    // FormatTimestamp of the instant eight hours later reads as China wall-clock time.
    const std::string t = FormatTimestamp(at + std::chrono::hours(8));
    return t.substr(0, 10) + " " + t.substr(11, 5);
}

}  // namespace kefu
