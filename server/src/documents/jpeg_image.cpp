#include "documents/jpeg_image.hpp"

#include <cstdint>
#include <memory>
#include <optional>

#include "documents/document_limits.hpp"

namespace kefu::documents {
namespace {

struct JpegSize {
    unsigned width = 0;
    unsigned height = 0;
};

unsigned BigEndian16(std::string_view bytes, std::size_t at) {
    return (static_cast<unsigned>(static_cast<std::uint8_t>(bytes[at])) << 8U) |
           static_cast<std::uint8_t>(bytes[at + 1]);
}

/// Whether a marker starts a frame (SOF0..SOF15 but DHT, JPG and DAC), the segment with the size.
bool IsFrameHeader(std::uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

/// Walks the segments from SOI to the first frame header; nullopt if the walk leaves the bytes
/// or meets the scan before any frame.
std::optional<JpegSize> ReadJpegSize(std::string_view bytes) {
    if (bytes.size() < 4 || static_cast<std::uint8_t>(bytes[0]) != 0xFF ||
        static_cast<std::uint8_t>(bytes[1]) != 0xD8) {
        return std::nullopt;
    }
    std::size_t at = 2;
    while (at + 4 <= bytes.size()) {
        if (static_cast<std::uint8_t>(bytes[at]) != 0xFF) return std::nullopt;
        const auto marker = static_cast<std::uint8_t>(bytes[at + 1]);
        if (marker == 0xFF) {  // fill byte before a marker
            ++at;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) return std::nullopt;  // scan or end, no frame
        const unsigned length = BigEndian16(bytes, at + 2);
        if (length < 2) return std::nullopt;
        if (IsFrameHeader(marker)) {
            // length, precision, height, width
            if (length < 7 || at + 9 > bytes.size()) return std::nullopt;
            return JpegSize{.width = BigEndian16(bytes, at + 7),
                            .height = BigEndian16(bytes, at + 5)};
        }
        at += 2 + length;
    }
    return std::nullopt;
}

Error Invalid(const std::string& field, std::string reason) {
    return Error::InvalidArgument("photo is not a usable JPEG", {{field, std::move(reason)}});
}

void FreeCopy(void* data) { delete static_cast<std::string*>(data); }

}  // namespace

Result<ImagePtr> WrapJpeg(std::string_view bytes, const std::string& field) {
    const std::optional<JpegSize> size = ReadJpegSize(bytes);
    if (!size || size->width == 0 || size->height == 0) return Fail(Invalid(field, "invalid_jpeg"));
    if (size->width > kMaxPhotoSide || size->height > kMaxPhotoSide) {
        return Fail(Invalid(field, "too_large"));
    }
    ImagePtr image(
        cairo_image_surface_create(
            CAIRO_FORMAT_RGB24, static_cast<int>(size->width), static_cast<int>(size->height)),
        cairo_surface_destroy);
    if (cairo_surface_status(image.get()) != CAIRO_STATUS_SUCCESS) {
        return Fail(Error::Internal("cairo could not make a surface for the photo"));
    }
    // The surface outlives this call (it is drawn when the page is), so it owns a copy.
    auto copy = std::make_unique<std::string>(bytes);
    const cairo_status_t status =
        cairo_surface_set_mime_data(image.get(),
                                    CAIRO_MIME_TYPE_JPEG,
                                    reinterpret_cast<const unsigned char*>(copy->data()),
                                    copy->size(),
                                    FreeCopy,
                                    copy.get());
    if (status != CAIRO_STATUS_SUCCESS) {
        return Fail(Error::Internal("cairo could not attach the photo"));
    }
    copy.release();  // NOLINT(bugprone-unused-return-value): cairo frees it through FreeCopy
    return image;
}

}  // namespace kefu::documents
