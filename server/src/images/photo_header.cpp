#include "images/photo_header.hpp"

#include <vips/vips.h>

#include "images/photo_refusal.hpp"
#include "images/vips_handles.hpp"

namespace kefu::images {
namespace {

// Opens the image lazily: loaders read the header when built and decode only when asked for
// pixels, which this never does.
int OpenHeader(VipsSource* source, PhotoFormat format, VipsImage** out) {
    switch (format) {
        case PhotoFormat::kJpeg:
            return vips_jpegload_source(source, out, nullptr);
        case PhotoFormat::kPng:
            return vips_pngload_source(source, out, nullptr);
        case PhotoFormat::kWebp:
            return vips_webpload_source(source, out, nullptr);
    }
    return -1;
}

}  // namespace

Result<PixelSize> ReadPhotoSize(std::string_view bytes, PhotoFormat format) {
    const SourcePtr source(vips_source_new_from_memory(bytes.data(), bytes.size()));
    if (!source) return Fail(Error::Internal("libvips could not read from memory"));
    VipsImage* opened = nullptr;
    const int status = OpenHeader(source.get(), format, &opened);
    const ImagePtr image(opened);
    if (status != 0 || !image) {
        // The message buffer is shared by all threads; what the client learns is the reason.
        vips_error_clear();
        return RefusePhoto("the photo could not be read", "unreadable");
    }
    return PixelSize{vips_image_get_width(image.get()), vips_image_get_height(image.get())};
}

}  // namespace kefu::images
