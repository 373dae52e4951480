#include "images/photo_encoder.hpp"

#include <vips/vips.h>

#include <cstddef>
#include <string>

#include "images/photo_refusal.hpp"
#include "images/vips_handles.hpp"

namespace kefu::images {
namespace {

// Loader options for every format: a truncated or corrupt file is an error, not a photo with a
// grey lower half. "error" is not enough: libjpeg only warns when a scan ends early or its codes
// are garbage, and fills the rest with grey. Data after the end of the image (motion photos,
// camera trailers) is never read, so it does not count against a photo.
constexpr const char* kStrictLoad = "fail_on=warning";

std::unexpected<Error> Unreadable() {
    // The message buffer is shared by all threads; what the client learns is the reason.
    vips_error_clear();
    return RefusePhoto("the photo could not be read", "unreadable");
}

// vips_thumbnail decodes at a reduced scale where the format allows (JPEG by 2, 4 or 8, WebP
// by any factor), so a 12 MP photo is never held at full size; it also applies the EXIF
// orientation and converts an embedded colour profile to sRGB before the profile is dropped.
Result<ImagePtr> UprightThumbnail(std::string_view bytes, int long_edge) {
    const SourcePtr source(vips_source_new_from_memory(bytes.data(), bytes.size()));
    if (!source) return Fail(Error::Internal("libvips could not read from memory"));
    VipsImage* out = nullptr;
    const int status = vips_thumbnail_source(source.get(),
                                             &out,
                                             long_edge,
                                             "height",
                                             long_edge,
                                             "size",
                                             VIPS_SIZE_DOWN,
                                             "option_string",
                                             kStrictLoad,
                                             "export_profile",
                                             "srgb",
                                             nullptr);
    ImagePtr image(out);
    if (status != 0 || !image) return Unreadable();
    return image;
}

// 8-bit sRGB without alpha: what every JPEG viewer shows the same way. 16-bit and grey PNGs are
// converted; transparent areas (screenshots, drawings) become white, as on paper.
Result<ImagePtr> OpaqueSrgb(ImagePtr image) {
    VipsImage* out = nullptr;
    if (vips_colourspace(image.get(), &out, VIPS_INTERPRETATION_sRGB, nullptr) != 0) {
        return Unreadable();
    }
    image.reset(out);
    if (!vips_image_hasalpha(image.get())) return image;
    VipsArrayDouble* white = vips_array_double_newv(3, 255.0, 255.0, 255.0);
    const int status = vips_flatten(image.get(), &out, "background", white, nullptr);
    vips_area_unref(VIPS_AREA(white));
    if (status != 0) return Unreadable();
    image.reset(out);
    return image;
}

}  // namespace

Result<Photo> EncodeUprightJpeg(std::string_view bytes, const PhotoLimits& limits) {
    KEFU_ASSIGN_OR_RETURN(ImagePtr thumbnail, UprightThumbnail(bytes, limits.max_long_edge));
    KEFU_ASSIGN_OR_RETURN(const ImagePtr image, OpaqueSrgb(std::move(thumbnail)));
    void* saved = nullptr;
    std::size_t length = 0;
    // Pixels are decoded only now, while the JPEG is written, so a truncated file fails here.
    // strip drops EXIF (with GPS and the camera's serial), XMP, IPTC and the ICC profile.
    const int status = vips_jpegsave_buffer(image.get(),
                                            &saved,
                                            &length,
                                            "Q",
                                            limits.jpeg_quality,
                                            "strip",
                                            TRUE,
                                            "optimize_coding",
                                            TRUE,
                                            nullptr);
    const BufferPtr buffer(saved);
    if (status != 0 || !buffer) return Unreadable();
    return Photo{.jpeg = std::string(static_cast<const char*>(buffer.get()), length),
                 .width = vips_image_get_width(image.get()),
                 .height = vips_image_get_height(image.get())};
}

}  // namespace kefu::images
