// LIKE patterns from user text: the text matches literally (queries say ESCAPE '\').
#pragma once

#include <string>
#include <string_view>

namespace kefu::db {

/// "%text%" with %, _ and \ escaped, for `column LIKE :pattern ESCAPE '\'`.
inline std::string ContainsPattern(std::string_view text) {
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

}  // namespace kefu::db
