// JPEG bytes (a photo of signed paper) wrapped for the PDF: cairo embeds the file itself
// (DCTDecode), so a photo is printed at its own quality and size, never re-compressed.
#pragma once

#include <string>
#include <string_view>

#include "documents/png_image.hpp"
#include "platform/error.hpp"

namespace kefu::documents {

/// An image surface of the JPEG's size carrying the file as its JPEG MIME data, which the PDF
/// backend embeds instead of the (blank) pixels. INVALID_ARGUMENT with {field, reason}:
/// invalid_jpeg (no JPEG start or no frame header with a size) or too_large (a side beyond
/// kMaxPhotoSide pixels, checked before anything is allocated).
Result<ImagePtr> WrapJpeg(std::string_view bytes, const std::string& field);

}  // namespace kefu::documents
