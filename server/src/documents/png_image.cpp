#include "documents/png_image.hpp"

#include <cstdint>
#include <cstring>

#include "documents/document_limits.hpp"

namespace kefu::documents {
namespace {

constexpr std::string_view kPngSignature{"\x89PNG\r\n\x1a\n", 8};
/// Signature, IHDR length and type, width and height: the bytes read before decoding.
constexpr std::size_t kHeaderBytes = 24;

std::uint32_t BigEndian32(std::string_view bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        value = (value << 8U) | static_cast<std::uint8_t>(bytes[at + i]);
    }
    return value;
}

struct Reader {
    std::string_view bytes;
    std::size_t position = 0;
};

cairo_status_t ReadChunk(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<Reader*>(closure);
    if (length > reader->bytes.size() - reader->position) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, reader->bytes.data() + reader->position, length);
    reader->position += length;
    return CAIRO_STATUS_SUCCESS;
}

Error Invalid(const std::string& field, std::string reason) {
    return Error::InvalidArgument("signature image is not a usable PNG",
                                  {{field, std::move(reason)}});
}

}  // namespace

Result<ImagePtr> DecodePng(std::string_view bytes, const std::string& field) {
    if (bytes.size() < kHeaderBytes || bytes.substr(0, kPngSignature.size()) != kPngSignature ||
        bytes.substr(12, 4) != "IHDR") {
        return Fail(Invalid(field, "invalid_png"));
    }
    // Checked before decoding: libpng would otherwise allocate whatever the header claims.
    const std::uint32_t width = BigEndian32(bytes, 16);
    const std::uint32_t height = BigEndian32(bytes, 20);
    if (width == 0 || height == 0) return Fail(Invalid(field, "invalid_png"));
    if (width > kMaxPngSide || height > kMaxPngSide) return Fail(Invalid(field, "too_large"));

    Reader reader{.bytes = bytes};
    ImagePtr image(cairo_image_surface_create_from_png_stream(ReadChunk, &reader),
                   cairo_surface_destroy);
    if (cairo_surface_status(image.get()) != CAIRO_STATUS_SUCCESS ||
        cairo_image_surface_get_width(image.get()) != static_cast<int>(width) ||
        cairo_image_surface_get_height(image.get()) != static_cast<int>(height)) {
        return Fail(Invalid(field, "invalid_png"));
    }
    return image;
}

}  // namespace kefu::documents
