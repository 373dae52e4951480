// Phone numbers as the department writes them.
#pragma once

#include <algorithm>
#include <string_view>

namespace kefu {

/// Mainland mobile numbers (11 digits starting with 1) or landlines (digits and '-', 7–20
/// characters, e.g. 0531-88120001).
inline bool IsValidPhone(std::string_view phone) {
    const bool digits_and_dashes = std::all_of(
        phone.begin(), phone.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
    if (!digits_and_dashes || phone.empty()) return false;
    if (phone.front() == '1' && phone.find('-') == std::string_view::npos) {
        return phone.size() == 11;
    }
    return phone.size() >= 7 && phone.size() <= 20 && phone.front() != '-' && phone.back() != '-';
}

}  // namespace kefu
