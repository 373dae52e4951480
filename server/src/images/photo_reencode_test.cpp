// Issue 10 (R-FLD-1..4): what is stored is an upright JPEG of at most 1600 px with none of the
// metadata the phone wrote: no EXIF (GPS position, camera serial), no XMP, no colour profile.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "images/photo.hpp"
#include "images/testing/jpeg_segments.hpp"
#include "images/testing/photo_fixtures.hpp"
#include "images/testing/photo_probe.hpp"

namespace kefu::images {
namespace {

using testing::PhotoProbe;

bool Contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

// The segments a plain JPEG needs: JFIF (APP0), tables, frame and scan headers. No APPn other
// than APP0, no comment.
void ExpectNoMetadataSegments(const std::string& jpeg) {
    const auto segments = testing::SegmentsBeforeScan(jpeg);
    ASSERT_FALSE(segments.empty());
    EXPECT_EQ(segments.back().marker, 0xDA) << "no scan";
    for (const auto& segment : segments) {
        const bool metadata =
            (segment.marker >= 0xE1 && segment.marker <= 0xEF) || segment.marker == 0xFE;
        EXPECT_FALSE(metadata) << "marker 0x" << std::hex << int{segment.marker};
    }
}

TEST(PhotoReencode, ExifGpsAndXmpAreGoneAndTheOrientationIsApplied) {
    // A phone held upright stores a landscape 2000 × 1200 image with orientation 6 (turn 90°
    // clockwise to view) and writes where it was.
    const std::string stored = testing::MarkedJpeg(2000, 1200);
    const std::string upload =
        testing::InsertAfterSoi(stored, testing::ExifSegment(6) + testing::XmpSegment());
    const auto input_metadata = testing::MetadataOf(upload);
    ASSERT_NE(std::ranges::find(input_metadata, "exif-ifd3-GPSLatitude"), input_metadata.end())
        << "the fixture must carry a GPS position libvips can read";
    ASSERT_NE(std::ranges::find(input_metadata, "xmp-data"), input_metadata.end());
    ASSERT_EQ(testing::OrientationOf(upload), 6);

    const auto photo = ReencodePhoto(upload, "image/jpeg");
    ASSERT_TRUE(photo.has_value()) << photo.error().message();

    // Upright: portrait, the long edge shrunk to 1600 and the aspect kept.
    EXPECT_EQ(photo->width, 960);
    EXPECT_EQ(photo->height, 1600);
    const PhotoProbe probe(photo->jpeg);
    ASSERT_TRUE(probe.valid());
    EXPECT_EQ(probe.width(), 960);
    EXPECT_EQ(probe.height(), 1600);
    // The stored top-left corner is now top-right: the pixels were turned, not just relabelled.
    EXPECT_GT(probe.MeanAt(900, 40), 200);
    EXPECT_LT(probe.MeanAt(40, 40), 100);
    EXPECT_LT(probe.MeanAt(900, 1560), 100);

    // Nothing of the metadata is left, by libvips' reading or by the bytes themselves.
    EXPECT_TRUE(probe.metadata().empty()) << probe.metadata().front();
    ExpectNoMetadataSegments(photo->jpeg);
    EXPECT_FALSE(Contains(photo->jpeg, std::string_view("Exif\0\0", 6)));
    EXPECT_FALSE(Contains(photo->jpeg, "KefuPhone"));
    EXPECT_FALSE(Contains(photo->jpeg, "http://ns.adobe.com"));
}

TEST(PhotoReencode, AColourProfileIsAppliedThenDropped) {
    // The same numbers, once plain (sRGB by default) and once declared Display P3, as iPhones
    // save: P3's red lies beyond sRGB's, so the P3 photo must come out redder, with no profile.
    const std::string plain = testing::SolidJpeg(64, 64, 200, 80, 60);
    const std::string p3 = testing::WithIccProfile(plain, "p3");
    const auto input_metadata = testing::MetadataOf(p3);
    ASSERT_NE(std::ranges::find(input_metadata, "icc-profile-data"), input_metadata.end());

    const auto from_plain = ReencodePhoto(plain, "image/jpeg");
    const auto from_p3 = ReencodePhoto(p3, "image/jpeg");
    ASSERT_TRUE(from_plain.has_value()) << from_plain.error().message();
    ASSERT_TRUE(from_p3.has_value()) << from_p3.error().message();
    const PhotoProbe plain_probe(from_plain->jpeg);
    const PhotoProbe p3_probe(from_p3->jpeg);
    ASSERT_TRUE(plain_probe.valid() && p3_probe.valid());
    const auto plain_rgb = plain_probe.BandMeansAt(28, 28);
    const auto p3_rgb = p3_probe.BandMeansAt(28, 28);
    EXPECT_NEAR(plain_rgb[0], 200, 3);
    EXPECT_NEAR(plain_rgb[1], 80, 3);
    EXPECT_GT(p3_rgb[0] - plain_rgb[0], 10) << "the P3 profile was not applied";
    EXPECT_TRUE(p3_probe.metadata().empty()) << p3_probe.metadata().front();
    ExpectNoMetadataSegments(from_p3->jpeg);
}

TEST(PhotoReencode, TheLongEdgeIsBoundedAndSmallPhotosAreNotEnlarged) {
    const auto wide = ReencodePhoto(testing::MarkedJpeg(3200, 900), "image/jpeg");
    ASSERT_TRUE(wide.has_value()) << wide.error().message();
    EXPECT_EQ(wide->width, 1600);
    EXPECT_EQ(wide->height, 450);

    const auto small = ReencodePhoto(testing::MarkedJpeg(640, 480), "image/jpeg");
    ASSERT_TRUE(small.has_value()) << small.error().message();
    EXPECT_EQ(small->width, 640);
    EXPECT_EQ(small->height, 480);

    const auto custom = ReencodePhoto(
        testing::MarkedJpeg(640, 480), "image/jpeg", PhotoLimits{.max_long_edge = 320});
    ASSERT_TRUE(custom.has_value()) << custom.error().message();
    EXPECT_EQ(custom->width, 320);
    EXPECT_EQ(custom->height, 240);
    EXPECT_EQ(PhotoProbe(custom->jpeg).width(), 320);
}

TEST(PhotoReencode, APngBecomesAJpegWithTransparencyOnWhite) {
    const auto photo = ReencodePhoto(testing::RgbaPng(300, 200, true), "image/png");
    ASSERT_TRUE(photo.has_value()) << photo.error().message();
    ASSERT_TRUE(photo->jpeg.starts_with(std::string_view("\xFF\xD8\xFF", 3)));
    const PhotoProbe probe(photo->jpeg);
    ASSERT_TRUE(probe.valid());
    EXPECT_EQ(probe.width(), 300);
    EXPECT_EQ(probe.height(), 200);
    EXPECT_EQ(probe.bands(), 3);
    EXPECT_GT(probe.MeanAt(20, 100), 245);  // transparent: white, not the hidden red
    EXPECT_LT(probe.MeanAt(260, 100), 160);
    ExpectNoMetadataSegments(photo->jpeg);
}

TEST(PhotoReencode, AWebpBecomesAJpegAndIsTurnedToo) {
    const std::string webp = testing::Resaved(testing::MarkedJpeg(400, 300), ".webp[Q=90]");
    ASSERT_TRUE(webp.starts_with("RIFF"));
    const auto photo = ReencodePhoto(webp, "image/webp");
    ASSERT_TRUE(photo.has_value()) << photo.error().message();
    const PhotoProbe probe(photo->jpeg);
    ASSERT_TRUE(probe.valid());
    EXPECT_EQ(probe.width(), 400);
    EXPECT_EQ(probe.height(), 300);
    EXPECT_GT(probe.MeanAt(20, 20), 200);  // the white corner stays top-left
    EXPECT_LT(probe.MeanAt(360, 260), 100);
    ExpectNoMetadataSegments(photo->jpeg);
}

TEST(PhotoReencode, ProgressiveJpegAndInterlacedPngAreRead) {
    const std::string jpeg = testing::MarkedJpeg(2000, 1500);
    for (const char* suffix : {".jpg[Q=90,interlace]", ".png[interlace]"}) {
        const std::string upload = testing::Resaved(jpeg, suffix);
        const auto photo = ReencodePhoto(
            upload, std::string_view(suffix).starts_with(".png") ? "image/png" : "image/jpeg");
        ASSERT_TRUE(photo.has_value()) << suffix << ": " << photo.error().message();
        EXPECT_EQ(photo->width, 1600) << suffix;
        EXPECT_EQ(photo->height, 1200) << suffix;
        EXPECT_GT(PhotoProbe(photo->jpeg).MeanAt(20, 20), 200) << suffix;
    }
}

TEST(PhotoReencode, SixteenBitGreyPngBecomesAnEightBitSrgbJpeg) {
    const auto photo = ReencodePhoto(testing::Grey16AlphaPng(256, 64), "image/png");
    ASSERT_TRUE(photo.has_value()) << photo.error().message();
    const PhotoProbe probe(photo->jpeg);
    ASSERT_TRUE(probe.valid());
    EXPECT_EQ(probe.bands(), 3);
    EXPECT_LT(probe.MeanAt(0, 20), 20);
    EXPECT_GT(probe.MeanAt(240, 20), 220);
}

// `bytes` with one bit inverted at `at`: corrupt data, intact structure.
std::string FlipBit(std::string bytes, std::size_t at) {
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    return bytes;
}

TEST(PhotoReencode, TruncatedOrCorruptPhotosAreUnreadable) {
    const std::string jpeg = testing::MarkedJpeg(800, 600);
    const std::string png = testing::RgbaPng(300, 200, true);
    const std::string webp = testing::Resaved(jpeg, ".webp[Q=90]");
    struct Case {
        std::string name;
        std::string bytes;
        std::string type;
    };
    const Case cases[] = {
        {"JPEG cut in its data", jpeg.substr(0, jpeg.size() * 2 / 3), "image/jpeg"},
        // libjpeg only warns about these two and paints the rest grey or garbled.
        {"JPEG cut, its end marker put back",
         jpeg.substr(0, jpeg.size() / 2) + std::string("\xFF\xD9", 2),
         "image/jpeg"},
        {"JPEG with a stray marker in its data",
         jpeg.substr(0, jpeg.size() / 2) + std::string("\xFF\xD3", 2) +
             jpeg.substr(jpeg.size() / 2),
         "image/jpeg"},
        {"JPEG cut in its header", jpeg.substr(0, 40), "image/jpeg"},
        {"JPEG signature then noise", jpeg.substr(0, 3) + std::string(5000, '\x5A'), "image/jpeg"},
        {"PNG cut in its data", png.substr(0, png.size() / 2), "image/png"},
        {"PNG signature only", png.substr(0, 8), "image/png"},
        {"PNG with flipped bits in its data", FlipBit(png, png.size() / 2), "image/png"},
        {"WebP cut in its data", webp.substr(0, webp.size() / 2), "image/webp"},
    };
    ASSERT_TRUE(ReencodePhoto(jpeg, "image/jpeg").has_value());
    ASSERT_TRUE(ReencodePhoto(png, "image/png").has_value());
    ASSERT_TRUE(ReencodePhoto(webp, "image/webp").has_value());
    for (const Case& c : cases) {
        const auto result = ReencodePhoto(c.bytes, c.type);
        ASSERT_FALSE(result.has_value()) << c.name;
        ASSERT_EQ(result.error().violations().size(), 1U) << c.name;
        EXPECT_EQ(result.error().violations()[0].reason, "unreadable") << c.name;
    }
}

// Decoding errors were lost now and then when libvips ran a pipeline on several threads: one
// call in twenty took this PNG for a photo. Many calls make that race show.
TEST(PhotoReencode, ACorruptPngIsRefusedEveryTime) {
    const std::string png = testing::RgbaPng(300, 200, true);
    int accepted = 0;
    for (int call = 0; call < 80; ++call) {
        const std::size_t at =
            png.size() / 4 + (png.size() / 2) * static_cast<std::size_t>(call % 8) / 8;
        if (ReencodePhoto(FlipBit(png, at), "image/png").has_value()) ++accepted;
    }
    EXPECT_EQ(accepted, 0);
}

TEST(PhotoReencode, DataAfterTheEndOfAPhotoIsNotHeldAgainstIt) {
    // Motion photos (Pixel, Samsung) append a video after the JPEG's end marker.
    const std::string jpeg = testing::MarkedJpeg(800, 600);
    const std::string motion = jpeg +
                               std::string(
                                   "\x00\x00\x00\x18"
                                   "ftypmp42",
                                   12) +
                               std::string(std::size_t{100} * 1024, '\x42');
    const auto photo = ReencodePhoto(motion, "image/jpeg");
    ASSERT_TRUE(photo.has_value()) << photo.error().message();
    EXPECT_FALSE(Contains(photo->jpeg, "ftypmp42"));
}

}  // namespace
}  // namespace kefu::images
