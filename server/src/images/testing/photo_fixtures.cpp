#include "images/testing/photo_fixtures.hpp"

#include <vips/vips.h>
#include <zlib.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "images/vips_handles.hpp"
#include "images/vips_runtime.hpp"

namespace kefu::images::testing {
namespace {

// Interleaved 8-bit pixels, as vips_image_new_from_memory_copy takes them.
struct Pixels {
    int width;
    int height;
    int bands;
    std::vector<unsigned char> data;

    Pixels(int w, int h, int b) : width(w), height(h), bands(b), data(Index(0, h, w)) {}
    unsigned char* at(int x, int y) { return &data[Index(x, y, width)]; }

private:
    std::size_t Index(int x, int y, int row_length) const {
        return (static_cast<std::size_t>(y) * static_cast<std::size_t>(row_length) +
                static_cast<std::size_t>(x)) *
               static_cast<std::size_t>(bands);
    }
};

// A fixed-seed generator: the fixtures are the same bytes on every run.
class Noise {
public:
    int Next(int amplitude) {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state_ >> 33U) % static_cast<std::uint64_t>(2 * amplitude + 1)) -
               amplitude;
    }

private:
    std::uint64_t state_ = 42;
};

unsigned char Clamp(int value) {
    return static_cast<unsigned char>(value < 0 ? 0 : value > 255 ? 255 : value);
}

ImagePtr ToImage(
    const void* data, std::size_t size, int width, int height, int bands, VipsBandFormat format) {
    if (!StartVips()) throw std::runtime_error("libvips did not start");
    ImagePtr image(vips_image_new_from_memory_copy(data, size, width, height, bands, format));
    if (!image) throw std::runtime_error(vips_error_buffer());
    return image;
}

ImagePtr ToImage(const Pixels& pixels) {
    return ToImage(pixels.data.data(),
                   pixels.data.size(),
                   pixels.width,
                   pixels.height,
                   pixels.bands,
                   VIPS_FORMAT_UCHAR);
}

std::string TakeBuffer(int status, void* saved, std::size_t length) {
    const BufferPtr buffer(saved);
    if (status != 0) throw std::runtime_error(vips_error_buffer());
    return {static_cast<const char*>(buffer.get()), length};
}

std::string SaveJpeg(const ImagePtr& image, int quality) {
    void* saved = nullptr;
    std::size_t length = 0;
    const int status =
        vips_jpegsave_buffer(image.get(), &saved, &length, "Q", quality, "strip", TRUE, nullptr);
    return TakeBuffer(status, saved, length);
}

std::string SavePng(VipsImage* image) {
    void* saved = nullptr;
    std::size_t length = 0;
    const int status = vips_pngsave_buffer(image, &saved, &length, "strip", TRUE, nullptr);
    return TakeBuffer(status, saved, length);
}

void PutBe32(std::string& out, std::uint32_t value) {
    for (const unsigned shift : {24U, 16U, 8U, 0U}) {
        out.push_back(static_cast<char>((value >> shift) & 0xFFU));
    }
}

void PutChunk(std::string& png, std::string_view type, std::string_view data) {
    PutBe32(png, static_cast<std::uint32_t>(data.size()));
    std::string body(type);
    body += data;
    png += body;
    PutBe32(png,
            static_cast<std::uint32_t>(crc32(
                0L, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

// zlib-deflates `rows` copies of `row`, without ever holding the inflated image.
std::string DeflateRepeated(const std::string& row, int rows) {
    z_stream stream{};
    if (deflateInit(&stream, Z_BEST_COMPRESSION) != Z_OK) throw std::runtime_error("zlib");
    std::string out;
    std::vector<unsigned char> chunk(std::size_t{64} * 1024);
    for (int i = 0; i <= rows; ++i) {
        const bool last = i == rows;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(row.data()));
        stream.avail_in = last ? 0 : static_cast<uInt>(row.size());
        int status = Z_OK;
        do {
            stream.next_out = chunk.data();
            stream.avail_out = static_cast<uInt>(chunk.size());
            status = deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(reinterpret_cast<const char*>(chunk.data()),
                       chunk.size() - stream.avail_out);
        } while (stream.avail_out == 0 || (last && status != Z_STREAM_END));
    }
    deflateEnd(&stream);
    return out;
}

// One band of 1/f texture scaled to 20..220: natural scenes have about this spectrum, so it
// compresses (and decodes) like a photo, where smooth gradients and white noise do not.
ImagePtr FractalBand(int width, int height) {
    VipsImage* out = nullptr;
    if (vips_fractsurf(&out, width, height, 2.6, nullptr) != 0) {
        throw std::runtime_error(vips_error_buffer());
    }
    const ImagePtr surface(out);
    double low = 0;
    double high = 0;
    if (vips_min(surface.get(), &low, nullptr) != 0 ||
        vips_max(surface.get(), &high, nullptr) != 0) {
        throw std::runtime_error(vips_error_buffer());
    }
    const double scale = 200.0 / std::max(high - low, 1e-9);
    if (vips_linear1(surface.get(), &out, scale, 20.0 - low * scale, nullptr) != 0) {
        throw std::runtime_error(vips_error_buffer());
    }
    const ImagePtr scaled(out);
    if (vips_cast_uchar(scaled.get(), &out, nullptr) != 0) {
        throw std::runtime_error(vips_error_buffer());
    }
    return ImagePtr(out);
}

}  // namespace

std::string MarkedJpeg(int width, int height, int quality) {
    Pixels pixels(width, height, 3);
    Noise noise;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            unsigned char* p = pixels.at(x, y);
            const bool corner = x < width / 2 && y < height / 2;
            const int shade = corner ? 255 : 30 + 40 * x / width + noise.Next(4);
            p[0] = p[1] = p[2] = Clamp(shade);
        }
    }
    return SaveJpeg(ToImage(pixels), quality);
}

std::string CameraJpeg(int width, int height, int quality) {
    if (!StartVips()) throw std::runtime_error("libvips did not start");
    const ImagePtr bands[] = {
        FractalBand(width, height), FractalBand(width, height), FractalBand(width, height)};
    VipsImage* raw[] = {bands[0].get(), bands[1].get(), bands[2].get()};
    VipsImage* out = nullptr;
    if (vips_bandjoin(raw, &out, 3, nullptr) != 0) throw std::runtime_error(vips_error_buffer());
    const ImagePtr joined(out);
    if (vips_copy(joined.get(), &out, "interpretation", VIPS_INTERPRETATION_sRGB, nullptr) != 0) {
        throw std::runtime_error(vips_error_buffer());
    }
    return SaveJpeg(ImagePtr(out), quality);
}

std::string SolidJpeg(int width, int height, int red, int green, int blue) {
    Pixels pixels(width, height, 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            unsigned char* p = pixels.at(x, y);
            p[0] = Clamp(red);
            p[1] = Clamp(green);
            p[2] = Clamp(blue);
        }
    }
    return SaveJpeg(ToImage(pixels), 95);
}

std::string WithIccProfile(std::string_view jpeg, const char* builtin_profile) {
    if (!StartVips()) throw std::runtime_error("libvips did not start");
    const SourcePtr source(vips_source_new_from_memory(jpeg.data(), jpeg.size()));
    const ImagePtr loaded(vips_image_new_from_source(source.get(), "", nullptr));
    VipsBlob* profile = nullptr;
    VipsImage* copied = nullptr;
    if (!loaded || vips_profile_load(builtin_profile, &profile, nullptr) != 0 || !profile ||
        vips_copy(loaded.get(), &copied, nullptr) != 0) {
        if (profile) vips_area_unref(VIPS_AREA(profile));
        throw std::runtime_error(vips_error_buffer());
    }
    const ImagePtr image(copied);
    vips_image_set_blob_copy(
        image.get(), VIPS_META_ICC_NAME, VIPS_AREA(profile)->data, VIPS_AREA(profile)->length);
    vips_area_unref(VIPS_AREA(profile));
    void* saved = nullptr;
    std::size_t length = 0;
    const int status = vips_jpegsave_buffer(image.get(), &saved, &length, "Q", 95, nullptr);
    return TakeBuffer(status, saved, length);
}

std::string RgbaPng(int width, int height, bool alpha) {
    Pixels pixels(width, height, alpha ? 4 : 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            unsigned char* p = pixels.at(x, y);
            p[0] = 200;
            p[1] = static_cast<unsigned char>(alpha && x < width / 2 ? 0 : 120);
            p[2] = static_cast<unsigned char>(alpha && x < width / 2 ? 0 : 40);
            if (alpha) p[3] = static_cast<unsigned char>(x < width / 2 ? 0 : 255);
        }
    }
    return SavePng(ToImage(pixels).get());
}

std::string Grey16AlphaPng(int width, int height) {
    std::vector<std::uint16_t> samples;  // grey, alpha
    samples.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 2);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            samples.push_back(static_cast<std::uint16_t>(x * 65535 / width));
            samples.push_back(65535);
        }
    }
    const ImagePtr image = ToImage(samples.data(),
                                   samples.size() * sizeof(std::uint16_t),
                                   width,
                                   height,
                                   2,
                                   VIPS_FORMAT_USHORT);
    VipsImage* grey16 = nullptr;
    if (vips_copy(image.get(), &grey16, "interpretation", VIPS_INTERPRETATION_GREY16, nullptr)) {
        throw std::runtime_error(vips_error_buffer());
    }
    const ImagePtr tagged(grey16);
    return SavePng(tagged.get());
}

std::string Resaved(std::string_view image, const char* suffix) {
    if (!StartVips()) throw std::runtime_error("libvips did not start");
    const SourcePtr source(vips_source_new_from_memory(image.data(), image.size()));
    const ImagePtr loaded(vips_image_new_from_source(source.get(), "", nullptr));
    if (!loaded) throw std::runtime_error(vips_error_buffer());
    void* saved = nullptr;
    std::size_t length = 0;
    const int status = vips_image_write_to_buffer(loaded.get(), suffix, &saved, &length, nullptr);
    return TakeBuffer(status, saved, length);
}

std::string PngPixelBomb(int width, int height) {
    std::string header;
    PutBe32(header, static_cast<std::uint32_t>(width));
    PutBe32(header, static_cast<std::uint32_t>(height));
    header +=
        std::string("\x01\x00\x00\x00\x00", 5);  // 1 bit, grey, deflate, filter 0, no interlace
    // Each row: filter type 0, then width bits of black.
    const std::string row(1 + (static_cast<std::size_t>(width) + 7) / 8, '\0');
    std::string png("\x89PNG\r\n\x1A\n", 8);
    PutChunk(png, "IHDR", header);
    PutChunk(png, "IDAT", DeflateRepeated(row, height));
    PutChunk(png, "IEND", "");
    return png;
}

}  // namespace kefu::images::testing
