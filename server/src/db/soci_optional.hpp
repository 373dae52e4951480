// std::optional <-> NULL for SOCI 4.0 (which predates optional support).
#pragma once

#include <soci/soci.h>

#include <optional>

namespace soci {

/// NULL reads as nullopt and nullopt writes as NULL.
template <typename T>
struct type_conversion<std::optional<T>> {
    using base_type = T;
    static void from_base(const T& in, indicator ind, std::optional<T>& out) {
        if (ind == i_null) {
            out.reset();
        } else {
            out = in;
        }
    }
    static void to_base(const std::optional<T>& in, T& out, indicator& ind) {
        if (in) {
            out = *in;
            ind = i_ok;
        } else {
            out = T{};
            ind = i_null;
        }
    }
};

}  // namespace soci
