// QR code symbols from libqrencode as a plain module matrix.
#pragma once

#include <string_view>
#include <vector>

#include "platform/error.hpp"

namespace kefu::documents {

/// A QR symbol: `size` × `size` modules, row-major, true = dark. No quiet zone.
struct QrMatrix {
    int size = 0;
    std::vector<bool> dark;

    /// Whether the module at (row, column), both in [0, size), is dark.
    bool IsDark(int row, int column) const {
        return dark[(static_cast<std::size_t>(row) * static_cast<std::size_t>(size)) +
                    static_cast<std::size_t>(column)];
    }
};

/// Encodes `text` as bytes (8-bit mode, so any UTF-8 URL is kept exactly) at error correction
/// level M, in the smallest version that holds it. INVALID_ARGUMENT when it is empty or too
/// long for any QR version; INTERNAL when libqrencode fails otherwise.
Result<QrMatrix> EncodeQr(std::string_view text);

}  // namespace kefu::documents
