// The size a photo declares, read from its header alone: a pixel bomb (a few KB that inflate to
// gigabytes) is refused before a single pixel is decoded.
#pragma once

#include <cstdint>
#include <string_view>

#include "images/photo_format.hpp"
#include "platform/error.hpp"

namespace kefu::images {

/// Width and height in pixels, as stored (before any EXIF rotation).
struct PixelSize {
    int width = 0;
    int height = 0;
    std::int64_t pixels() const { return std::int64_t{width} * height; }
};

/// The stored size from the header of a photo already typed by CheckPhotoFile, read by that
/// format's loader only; INVALID_ARGUMENT unreadable when the header is broken. Needs StartVips.
Result<PixelSize> ReadPhotoSize(std::string_view bytes, PhotoFormat format);

}  // namespace kefu::images
