// Media types of uploaded files: what the client declares and what the first bytes show. Uploads
// are typed by their bytes, never by a file name (ADR 0012); receipts and photos share this.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

/// The media type of a Content-Type value without its parameters, lower-cased and without
/// blanks: "Image/JPEG; charset=binary" → "image/jpeg", so clients may spell it either way.
std::string MediaTypeOf(std::string_view content_type);

/// The media type the file's signature (its first bytes) shows: "image/jpeg", "image/png",
/// "image/webp", "application/pdf" or "application/zip"; empty for anything else. A signature
/// only says what a file claims to be; a decoder must still read it.
std::string_view SniffMediaType(std::string_view bytes);

}  // namespace kefu
