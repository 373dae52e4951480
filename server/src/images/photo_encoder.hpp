// The re-encoding itself: upright, shrunk, sRGB, JPEG, no metadata.
#pragma once

#include <string_view>

#include "images/photo.hpp"
#include "platform/error.hpp"

namespace kefu::images {

/// The photo turned upright by its EXIF orientation, shrunk to fit limits.max_long_edge (never
/// enlarged), converted to sRGB with any transparency on white, and saved as a JPEG that keeps
/// no metadata. INVALID_ARGUMENT unreadable when decoding fails part way (truncated or corrupt
/// data). Decodes every pixel: call it only after the checks of ReencodePhoto. Needs StartVips.
Result<Photo> EncodeUprightJpeg(std::string_view bytes, const PhotoLimits& limits);

}  // namespace kefu::images
