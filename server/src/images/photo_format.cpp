#include "images/photo_format.hpp"

#include <fmt/format.h>

#include <string>

#include "images/photo_refusal.hpp"
#include "platform/media_type.hpp"

namespace kefu::images {

Result<PhotoFormat> CheckPhotoFile(std::string_view bytes,
                                   std::string_view declared_content_type,
                                   std::size_t max_bytes) {
    if (bytes.empty()) return RefusePhoto("attach a photo", "required");
    // First, so an oversized body costs nothing more than having been received.
    if (bytes.size() > max_bytes) {
        return RefusePhoto(fmt::format("the photo is larger than {:.3g} MB",
                                       static_cast<double>(max_bytes) / (1024.0 * 1024.0)),
                           "too_large");
    }
    const auto declared = kPhotoFormatNames.Parse(MediaTypeOf(declared_content_type));
    const auto sniffed = kPhotoFormatNames.Parse(SniffMediaType(bytes));
    if (!declared || !sniffed) {
        return RefusePhoto("a photo is a JPEG, PNG or WebP image", "unsupported_type");
    }
    // A photo labelled as another photo format is a client bug, not a user's wrong file.
    if (*declared != *sniffed) {
        return RefusePhoto("the photo is not what its type says", "type_mismatch");
    }
    return *sniffed;
}

}  // namespace kefu::images
