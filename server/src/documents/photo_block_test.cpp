// Photo blocks (a photo of a paper copy signed by hand, R-FLD-5): the JPEG is embedded as the
// very file, scaled to fit, with its caption; bad bytes and bad sizes are error values.
#include <gtest/gtest.h>

#include <string>

#include "documents/pdf_renderer.hpp"
#include "documents/testing/pdf_probe.hpp"
#include "images/testing/jpeg_segments.hpp"
#include "images/testing/photo_fixtures.hpp"

namespace kefu::documents {
namespace {

using testing::Count;
using testing::PdfProbe;

Document WithPhoto(Photo photo) {
    return Document{.title = "照片", .blocks = {Heading{.text = "安装回执单"}, std::move(photo)}};
}

bool HasViolation(const Error& error, const std::string& field, const std::string& reason) {
    for (const FieldViolation& violation : error.violations()) {
        if (violation.field == field && violation.reason == reason) return true;
    }
    return false;
}

TEST(PhotoBlock, EmbedsTheJpegFileItselfWithItsCaption) {
    const std::string jpeg = images::testing::MarkedJpeg(1200, 900);
    auto pdf = RenderPdf(WithPhoto({.jpeg = jpeg, .caption = "纸质签字件照片 王主任"}));
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message();
    const PdfProbe probe(*pdf);
    const std::string images = probe.Images();
    // One image of the photo's own size, stored as JPEG (DCT), not re-compressed pixels.
    EXPECT_EQ(Count(images, " image "), 1) << images;
    EXPECT_NE(images.find("image    1200   900"), std::string::npos) << images;
    EXPECT_NE(images.find("jpeg"), std::string::npos) << images;
    const std::vector<std::string> embedded = probe.EmbeddedJpegs();
    ASSERT_EQ(embedded.size(), 1U);
    EXPECT_EQ(embedded[0], jpeg);
    EXPECT_NE(probe.Text().find("纸质签字件照片 王主任"), std::string::npos);
}

TEST(PhotoBlock, ATallPhotoStaysOnOnePage) {
    // 1:3 at the largest height: scaled to what a page holds, never split over two.
    const std::string jpeg = images::testing::SolidJpeg(300, 900, 200, 200, 200);
    Document document = WithPhoto({.jpeg = jpeg, .caption = "长照片", .max_height_mm = 240});
    document.blocks.insert(document.blocks.begin() + 1, Spacer{.height_mm = 150});
    auto pdf = RenderPdf(document);
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message();
    const PdfProbe probe(*pdf);
    EXPECT_EQ(probe.Pages(), 2);
    EXPECT_EQ(probe.Text(1, 1).find("长照片"), std::string::npos);
    EXPECT_NE(probe.Text(2, 2).find("长照片"), std::string::npos);
}

TEST(PhotoBlock, BytesThatAreNoUsableJpegAreErrorValues) {
    const std::string jpeg = images::testing::MarkedJpeg(64, 48);
    struct Case {
        std::string name;
        std::string bytes;
        std::string reason;
    };
    const std::vector<Case> cases{
        {"a PNG", images::testing::RgbaPng(20, 20, false), "invalid_jpeg"},
        {"start only", jpeg.substr(0, 2), "invalid_jpeg"},
        {"cut before the frame header", jpeg.substr(0, 20), "invalid_jpeg"},
        {"a zero width", images::testing::WithFrameSize(jpeg, 0, 100), "invalid_jpeg"},
        {"wider than the limit", images::testing::WithFrameSize(jpeg, 5000, 100), "too_large"},
        {"taller than the limit", images::testing::WithFrameSize(jpeg, 100, 4097), "too_large"},
    };
    for (const Case& c : cases) {
        auto pdf = RenderPdf(WithPhoto({.jpeg = c.bytes}));
        ASSERT_FALSE(pdf.has_value()) << c.name;
        EXPECT_EQ(pdf.error().code(), ErrorCode::kInvalidArgument) << c.name;
        EXPECT_TRUE(HasViolation(pdf.error(), "blocks[1].jpeg", c.reason)) << c.name;
    }
}

TEST(PhotoBlock, ValidationNamesTheMissingPhotoAndABadHeight) {
    auto empty = RenderPdf(WithPhoto({.jpeg = ""}));
    ASSERT_FALSE(empty.has_value());
    EXPECT_TRUE(HasViolation(empty.error(), "blocks[1].jpeg", "required"));
    const std::string jpeg = images::testing::MarkedJpeg(64, 48);
    for (const double height : {19.9, 240.1}) {
        auto pdf = RenderPdf(WithPhoto({.jpeg = jpeg, .max_height_mm = height}));
        ASSERT_FALSE(pdf.has_value()) << height;
        EXPECT_TRUE(HasViolation(pdf.error(), "blocks[1].maxHeightMm", "out_of_range")) << height;
    }
    for (const double height : {20.0, 240.0}) {
        EXPECT_TRUE(RenderPdf(WithPhoto({.jpeg = jpeg, .max_height_mm = height})).has_value())
            << height;
    }
}

}  // namespace
}  // namespace kefu::documents
