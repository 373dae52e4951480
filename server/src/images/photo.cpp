#include "images/photo.hpp"

#include <fmt/format.h>

#include "images/decode_slots.hpp"
#include "images/photo_encoder.hpp"
#include "images/photo_format.hpp"
#include "images/photo_header.hpp"
#include "images/photo_refusal.hpp"
#include "images/vips_runtime.hpp"

namespace kefu::images {
namespace {

bool InRange(const PhotoLimits& limits) {
    return limits.max_pixels > 0 && limits.max_long_edge > 0 && limits.jpeg_quality >= 1 &&
           limits.jpeg_quality <= 100;
}

}  // namespace

Result<Photo> ReencodePhoto(std::string_view bytes,
                            std::string_view declared_content_type,
                            const PhotoLimits& limits) {
    if (!InRange(limits)) return Fail(Error::Internal("photo limits out of range"));
    KEFU_ASSIGN_OR_RETURN(const PhotoFormat format,
                          CheckPhotoFile(bytes, declared_content_type, limits.max_bytes));
    KEFU_TRY(StartVips());
    KEFU_ASSIGN_OR_RETURN(const PixelSize size, ReadPhotoSize(bytes, format));
    if (size.pixels() > limits.max_pixels) {
        return RefusePhoto(fmt::format("the photo has more than {} million pixels",
                                       static_cast<double>(limits.max_pixels) / 1e6),
                           "too_many_pixels");
    }
    const auto slot = PhotoDecodeSlots().Take();
    return EncodeUprightJpeg(bytes, limits);
}

}  // namespace kefu::images
