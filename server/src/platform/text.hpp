// Text helpers for UTF-8 input.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace kefu {

/// Code points in UTF-8 text: what a user counts as characters (a Chinese name of 3 characters
/// is 9 bytes). Assumes valid UTF-8, which the HTTP layer guarantees.
inline std::size_t Utf8Length(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace kefu
