// Bounds on document input: beyond them a document is refused instead of exhausting memory
// or producing an unusable page.
#pragma once

#include <cstddef>

namespace kefu::documents {

inline constexpr std::size_t kMaxTextBytes =
    std::size_t{64} * 1024;  ///< one string (a cell, a paragraph)
inline constexpr std::size_t kMaxPngBytes = std::size_t{4} * 1024 * 1024;
inline constexpr unsigned kMaxPngSide = 4096;  ///< pixels; signature pads send ~600 × 300
inline constexpr std::size_t kMaxPhotoBytes = std::size_t{4} * 1024 * 1024;
inline constexpr unsigned kMaxPhotoSide = 4096;  ///< pixels; stored field photos are ≤ 1600
inline constexpr double kMinPhotoMm = 20.0;
inline constexpr double kMaxPhotoMm = 240.0;
inline constexpr std::size_t kMaxQrBytes = 1024;
inline constexpr std::size_t kMaxColumns = 20;
inline constexpr std::size_t kMaxSignaturesPerRow = 4;
inline constexpr std::size_t kMaxCopies = 6;
inline constexpr int kMaxPairsPerRow = 4;
inline constexpr double kMinFontPt = 6.0;
inline constexpr double kMaxFontPt = 36.0;
inline constexpr double kMinQrMm = 15.0;
inline constexpr double kMaxQrMm = 80.0;
inline constexpr double kMaxSpacerMm = 200.0;
inline constexpr int kMaxPages = 2000;  ///< a whole document, all copies together

}  // namespace kefu::documents
