// Issue 10: a photo is typed by its first bytes, which must agree with the declared
// Content-Type; anything else is refused before a decoder sees it.
#include "images/photo_format.hpp"

#include <gtest/gtest.h>

#include <string>

#include "images/photo.hpp"
#include "images/testing/photo_fixtures.hpp"

namespace kefu::images {
namespace {

const std::string kJpegStart("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10);
const std::string kPngStart("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);
const std::string kWebpStart("RIFF\x24\x00\x00\x00WEBPVP8 ", 16);

// The one violation every refusal carries, or "" when there is none.
template <class T>
std::string ReasonOf(const Result<T>& result) {
    if (result) return "";
    EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(result.error().violations().size(), 1U);
    if (result.error().violations().empty()) return "?";
    EXPECT_EQ(result.error().violations()[0].field, kPhotoField);
    return result.error().violations()[0].reason;
}

TEST(PhotoFormat, JpegPngAndWebpAreTypedByTheirFirstBytes) {
    EXPECT_EQ(CheckPhotoFile(kJpegStart, "image/jpeg", 100), PhotoFormat::kJpeg);
    EXPECT_EQ(CheckPhotoFile(kPngStart, "image/png", 100), PhotoFormat::kPng);
    EXPECT_EQ(CheckPhotoFile(kWebpStart, "image/webp", 100), PhotoFormat::kWebp);
    // Parameters and case in the Content-Type do not matter.
    EXPECT_EQ(CheckPhotoFile(kJpegStart, "Image/JPEG; charset=binary", 100), PhotoFormat::kJpeg);
}

TEST(PhotoFormat, FilesThatAreNoPhotoAreUnsupportedWhateverTheirLabel) {
    const std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj";
    const std::string zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
    const std::string gif("GIF89a\x01\x00\x01\x00", 10);
    const std::string text = "Dear customer, the cabinet arrived scratched.";
    for (const std::string& bytes : {pdf, zip, gif, text}) {
        EXPECT_EQ(ReasonOf(ReencodePhoto(bytes, "image/jpeg")), "unsupported_type") << bytes;
    }
    // A photo declared as something else is refused by its label.
    EXPECT_EQ(ReasonOf(ReencodePhoto(kJpegStart, "application/pdf")), "unsupported_type");
    EXPECT_EQ(ReasonOf(ReencodePhoto(kJpegStart, "")), "unsupported_type");
    EXPECT_EQ(ReasonOf(ReencodePhoto(gif, "image/gif")), "unsupported_type");
    EXPECT_EQ(ReasonOf(ReencodePhoto("HEIC", "image/heic")), "unsupported_type");
}

TEST(PhotoFormat, APhotoLabelledAsAnotherFormatIsAMismatch) {
    const std::string png = testing::RgbaPng(40, 30, false);
    EXPECT_EQ(ReasonOf(ReencodePhoto(png, "image/jpeg")), "type_mismatch");
    EXPECT_EQ(ReasonOf(ReencodePhoto(kJpegStart, "image/png")), "type_mismatch");
    EXPECT_EQ(ReasonOf(ReencodePhoto(kWebpStart, "image/jpeg")), "type_mismatch");
    // The same PNG with its own label is a photo.
    EXPECT_TRUE(ReencodePhoto(png, "image/png").has_value());
}

TEST(PhotoFormat, EmptyAndOversizedBodiesAreRefusedFirst) {
    EXPECT_EQ(ReasonOf(ReencodePhoto("", "image/jpeg")), "required");
    const PhotoLimits limits{.max_bytes = 1000};
    std::string largest = kJpegStart + std::string(1000 - kJpegStart.size(), '\0');
    EXPECT_EQ(CheckPhotoFile(largest, "image/jpeg", limits.max_bytes), PhotoFormat::kJpeg);
    largest.push_back('\0');
    EXPECT_EQ(ReasonOf(ReencodePhoto(largest, "image/jpeg", limits)), "too_large");
    // Size comes before type: a large body is never even looked at.
    EXPECT_EQ(ReasonOf(ReencodePhoto(std::string(1001, 'x'), "text/plain", limits)), "too_large");
}

TEST(PhotoFormat, LimitsOutOfRangeAreTheCallersBug) {
    const std::string png = testing::RgbaPng(40, 30, false);
    for (const PhotoLimits& limits : {PhotoLimits{.max_pixels = 0},
                                      PhotoLimits{.max_long_edge = 0},
                                      PhotoLimits{.jpeg_quality = 0},
                                      PhotoLimits{.jpeg_quality = 101}}) {
        const auto result = ReencodePhoto(png, "image/png", limits);
        ASSERT_FALSE(result.has_value());
        EXPECT_EQ(result.error().code(), ErrorCode::kInternal);
    }
}

}  // namespace
}  // namespace kefu::images
