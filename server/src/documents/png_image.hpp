// PNG bytes (from a signature pad) decoded into a cairo image surface, refusing anything that
// is not a PNG of sane size before libpng sees it.
#pragma once

#include <cairo.h>

#include <memory>
#include <string>
#include <string_view>

#include "platform/error.hpp"

namespace kefu::documents {

/// A decoded image, shared by the drawing operations that paint it.
using ImagePtr = std::shared_ptr<cairo_surface_t>;

/// Decodes a PNG. INVALID_ARGUMENT with the violation {field, reason}: invalid_png (not a PNG,
/// truncated or corrupt) or too_large (wider or taller than kMaxPngSide pixels).
Result<ImagePtr> DecodePng(std::string_view bytes, const std::string& field);

}  // namespace kefu::documents
