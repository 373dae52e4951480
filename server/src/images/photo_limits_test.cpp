// Issue 10: bad photos get a 4xx. A 30 MB body is refused before libvips sees it, a pixel bomb
// (a few KB that inflate to hundreds of megabytes) from its header, before a pixel is decoded.
#include <gtest/gtest.h>

#include <string>

#include "images/decode_slots.hpp"
#include "images/photo.hpp"
#include "images/testing/jpeg_segments.hpp"
#include "images/testing/photo_fixtures.hpp"

namespace kefu::images {
namespace {

std::string ReasonOf(const Result<Photo>& result) {
    if (result) return "";
    EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
    if (result.error().violations().size() != 1) return "?";
    return result.error().violations()[0].reason;
}

TEST(PhotoLimits, ThirtyMegabytesAreTooLargeBeforeAnythingElseIsChecked) {
    // A JPEG that declares a pixel bomb and then carries 30 MB: refused for its size, so the
    // size check ran before the header was read (which would say too_many_pixels).
    const std::string bomb = testing::WithFrameSize(testing::MarkedJpeg(64, 64), 60000, 60000);
    const std::string upload = bomb + std::string(std::size_t{30} * 1000 * 1000, '\0');
    EXPECT_EQ(ReasonOf(ReencodePhoto(upload, "image/jpeg")), "too_large");
    // Under the default limit the same header is a bomb.
    EXPECT_EQ(ReasonOf(ReencodePhoto(bomb, "image/jpeg")), "too_many_pixels");
}

// Refused from the header: no decode slot is taken, so no pixel is decoded (not a timing, which
// a loaded machine makes flaky; the bench times it: bench/images).
TEST(PhotoLimits, APngPixelBombIsRefusedFromItsHeaderWithoutDecoding) {
    const std::string bomb = testing::PngPixelBomb(30000, 30000);
    ASSERT_LT(bomb.size(), std::size_t{200} * 1024);  // 900 megapixels in ~110 KB
    const long long decodes = PhotoDecodeSlots().times_taken();
    EXPECT_EQ(ReasonOf(ReencodePhoto(bomb, "image/png")), "too_many_pixels");
    EXPECT_EQ(PhotoDecodeSlots().times_taken(), decodes);
}

TEST(PhotoLimits, AJpegDeclaringSixtyThousandPixelsSquareIsRefusedWithoutDecoding) {
    const std::string bomb = testing::WithFrameSize(testing::MarkedJpeg(64, 64), 60000, 60000);
    const long long decodes = PhotoDecodeSlots().times_taken();
    EXPECT_EQ(ReasonOf(ReencodePhoto(bomb, "image/jpeg")), "too_many_pixels");
    EXPECT_EQ(PhotoDecodeSlots().times_taken(), decodes);
    // A photo within the limits does take one: the count is what it seems.
    ASSERT_TRUE(ReencodePhoto(testing::MarkedJpeg(64, 64), "image/jpeg").has_value());
    EXPECT_EQ(PhotoDecodeSlots().times_taken(), decodes + 1);
}

TEST(PhotoLimits, ThePixelLimitIsInclusive) {
    const std::string jpeg = testing::MarkedJpeg(100, 60);
    EXPECT_TRUE(ReencodePhoto(jpeg, "image/jpeg", PhotoLimits{.max_pixels = 6000}).has_value());
    EXPECT_EQ(ReasonOf(ReencodePhoto(jpeg, "image/jpeg", PhotoLimits{.max_pixels = 5999})),
              "too_many_pixels");
    // Orientation does not change the count: 60 × 100 after turning is the same 6000 pixels.
    const std::string turned = testing::InsertAfterSoi(jpeg, testing::ExifSegment(6));
    EXPECT_EQ(ReasonOf(ReencodePhoto(turned, "image/jpeg", PhotoLimits{.max_pixels = 5999})),
              "too_many_pixels");
}

TEST(PhotoLimits, TheDefaultsAdmitAFiftyMegapixelPhoneHeader) {
    // A 50 MP sensor (8160 × 6120 = 49.9 MP) passes the header check and only then fails, as
    // its data is a 64 × 64 image's; 8160 × 6200 is refused from the header.
    const std::string jpeg = testing::MarkedJpeg(64, 64);
    EXPECT_EQ(ReasonOf(ReencodePhoto(testing::WithFrameSize(jpeg, 8160, 6120), "image/jpeg")),
              "unreadable");
    EXPECT_EQ(ReasonOf(ReencodePhoto(testing::WithFrameSize(jpeg, 8160, 6200), "image/jpeg")),
              "too_many_pixels");
}

}  // namespace
}  // namespace kefu::images
