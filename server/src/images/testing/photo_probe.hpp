// Reads a re-encoded photo back with libvips, strictly, the way a later viewer would.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kefu::images::testing {

/// A decoded JPEG: its size, bands, metadata field names and pixels. Every pixel is decoded at
/// construction with fail_on=warning, so `valid` means a viewer shows the whole image.
class PhotoProbe {
public:
    explicit PhotoProbe(std::string_view jpeg);

    bool valid() const { return valid_; }
    int width() const { return width_; }
    int height() const { return height_; }
    int bands() const { return bands_; }
    /// The metadata libvips found that a phone could have written: exif-*, xmp-data,
    /// iptc-data, icc-profile-data, orientation.
    const std::vector<std::string>& metadata() const { return metadata_; }
    /// The mean of all bands of the 8 × 8 pixels whose top-left corner is (x, y).
    double MeanAt(int x, int y) const;
    /// The mean of each band over the same 8 × 8 pixels.
    std::vector<double> BandMeansAt(int x, int y) const;

private:
    bool valid_ = false;
    int width_ = 0;
    int height_ = 0;
    int bands_ = 0;
    std::vector<std::string> metadata_;
    std::vector<unsigned char> pixels_;
};

/// The metadata fields (as PhotoProbe::metadata) of any image libvips reads, leniently: for
/// checking that a fixture carries what it should.
std::vector<std::string> MetadataOf(std::string_view image);

/// The EXIF orientation libvips reads from a fixture (1 when there is none).
int OrientationOf(std::string_view image);

}  // namespace kefu::images::testing
