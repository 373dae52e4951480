#include "images/testing/photo_probe.hpp"

#include <vips/vips.h>

#include <cstddef>
#include <stdexcept>

#include "images/vips_handles.hpp"
#include "images/vips_runtime.hpp"

namespace kefu::images::testing {
namespace {

bool IsMetadata(std::string_view name) {
    return name.starts_with("exif-") || name == "xmp-data" || name == "iptc-data" ||
           name == "icc-profile-data" || name == VIPS_META_ORIENTATION;
}

// Through a source: StartVips leaves only the source loaders of the three formats open.
ImagePtr Open(std::string_view bytes, const char* options) {
    if (!StartVips()) throw std::runtime_error("libvips did not start");
    const SourcePtr source(vips_source_new_from_memory(bytes.data(), bytes.size()));
    ImagePtr image(vips_image_new_from_source(source.get(), options, nullptr));
    if (!image) vips_error_clear();
    return image;
}

std::vector<std::string> MetadataFields(VipsImage* image) {
    std::vector<std::string> fields;
    gchar** names = vips_image_get_fields(image);
    for (gchar** name = names; *name != nullptr; ++name) {
        if (IsMetadata(*name)) fields.emplace_back(*name);
    }
    g_strfreev(names);
    return fields;
}

}  // namespace

PhotoProbe::PhotoProbe(std::string_view jpeg) {
    const ImagePtr image = Open(jpeg, "fail_on=warning");
    if (!image) return;
    width_ = vips_image_get_width(image.get());
    height_ = vips_image_get_height(image.get());
    bands_ = vips_image_get_bands(image.get());
    metadata_ = MetadataFields(image.get());
    std::size_t size = 0;
    void* memory = vips_image_write_to_memory(image.get(), &size);
    const BufferPtr owned(memory);
    if (!owned) {
        vips_error_clear();
        return;
    }
    const auto* bytes = static_cast<const unsigned char*>(owned.get());
    pixels_.assign(bytes, bytes + size);
    valid_ = vips_image_get_format(image.get()) == VIPS_FORMAT_UCHAR;
}

std::vector<double> PhotoProbe::BandMeansAt(int x, int y) const {
    if (!valid_ || x < 0 || y < 0 || x + 8 > width_ || y + 8 > height_) {
        throw std::out_of_range("probe outside the photo");
    }
    const auto bands = static_cast<std::size_t>(bands_);
    const auto row_length = static_cast<std::size_t>(width_);
    std::vector<double> means(bands, 0.0);
    for (auto row = static_cast<std::size_t>(y); row < static_cast<std::size_t>(y) + 8; ++row) {
        for (auto col = static_cast<std::size_t>(x); col < static_cast<std::size_t>(x) + 8; ++col) {
            for (std::size_t band = 0; band < bands; ++band) {
                means[band] += pixels_[(row * row_length + col) * bands + band] / 64.0;
            }
        }
    }
    return means;
}

double PhotoProbe::MeanAt(int x, int y) const {
    double sum = 0;
    for (const double mean : BandMeansAt(x, y)) sum += mean;
    return sum / bands_;
}

std::vector<std::string> MetadataOf(std::string_view image) {
    const ImagePtr opened = Open(image, "");
    if (!opened) throw std::invalid_argument("libvips cannot read the fixture");
    return MetadataFields(opened.get());
}

int OrientationOf(std::string_view image) {
    const ImagePtr opened = Open(image, "");
    if (!opened) throw std::invalid_argument("libvips cannot read the fixture");
    int orientation = 1;
    if (vips_image_get_typeof(opened.get(), VIPS_META_ORIENTATION) != 0 &&
        vips_image_get_int(opened.get(), VIPS_META_ORIENTATION, &orientation) != 0) {
        throw std::runtime_error("orientation unreadable");
    }
    return orientation;
}

}  // namespace kefu::images::testing
