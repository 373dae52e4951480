// The checks an upload passes before any decoder sees it: present, small enough, and a photo
// format both by its declared Content-Type and by its first bytes.
#pragma once

#include <cstddef>
#include <string_view>

#include "platform/enum_names.hpp"
#include "platform/error.hpp"

namespace kefu::images {

/// The formats phones and browsers produce for a photo. HEIC is not among them: iPhones send
/// JPEG when a browser uploads (ADR 0016).
enum class PhotoFormat { kJpeg, kPng, kWebp };

/// The media type names, as a declared Content-Type.
inline constexpr auto kPhotoFormatNames =
    MakeEnumNames<PhotoFormat>({{PhotoFormat::kJpeg, "image/jpeg"},
                                {PhotoFormat::kPng, "image/png"},
                                {PhotoFormat::kWebp, "image/webp"}});

/// The format of an upload, or INVALID_ARGUMENT with one of ReencodePhoto's violations
/// required, too_large, unsupported_type or type_mismatch. Reads only the first bytes.
Result<PhotoFormat> CheckPhotoFile(std::string_view bytes,
                                   std::string_view declared_content_type,
                                   std::size_t max_bytes);

}  // namespace kefu::images
