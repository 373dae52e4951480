// Field photos (issue 10, R-FLD-1..4): what a crew's phone uploads is checked, turned upright,
// shrunk and re-encoded as a plain JPEG, so no EXIF, GPS or other metadata is ever stored or
// served again (ADR 0016).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "platform/error.hpp"

namespace kefu::images {

/// The field every refusal names: the upload body is the file itself, as for receipts.
inline constexpr std::string_view kPhotoField = "file";
/// The media type of every re-encoded photo.
inline constexpr std::string_view kPhotoContentType = "image/jpeg";

/// The limits a photo must keep. The defaults admit every phone camera mode up to 50 MP and
/// bound the work of one upload (ADR 0016); the caller may pass tighter ones.
struct PhotoLimits {
    /// The largest upload, checked before any decoder sees the bytes.
    std::size_t max_bytes = std::size_t{16} * 1024 * 1024;
    /// The most pixels (width × height from the header), checked before any pixel is decoded.
    std::int64_t max_pixels = 50'000'000;
    /// The longest side of the stored photo; smaller photos are never enlarged.
    int max_long_edge = 1600;
    /// libjpeg quality (1–100) of the stored photo.
    int jpeg_quality = 80;
};

/// A re-encoded photo: baseline JPEG bytes without any metadata segment, upright, in sRGB.
struct Photo {
    std::string jpeg;
    int width = 0;
    int height = 0;
};

/// Re-encodes an uploaded JPEG, PNG or WebP. Refusals are INVALID_ARGUMENT with one violation
/// on kPhotoField: required (empty), too_large, unsupported_type (the declared type or the bytes
/// are not one of the three), type_mismatch (the bytes are another of the three than declared),
/// too_many_pixels, unreadable (corrupt or truncated). INTERNAL if libvips cannot start or the
/// limits are out of range. Safe to call from several threads at once; the checks run at once,
/// the decoding waits its turn (two photos at a time in the process, decode_slots.hpp).
Result<Photo> ReencodePhoto(std::string_view bytes,
                            std::string_view declared_content_type,
                            const PhotoLimits& limits = {});

}  // namespace kefu::images
