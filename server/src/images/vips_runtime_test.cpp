// The process-wide libvips settings ReencodePhoto relies on.
#include "images/vips_runtime.hpp"

#include <gtest/gtest.h>
#include <vips/vips.h>

#include <string>

#include "images/testing/photo_fixtures.hpp"
#include "images/vips_handles.hpp"

namespace kefu::images {
namespace {

// The smallest GIF: a 1 × 1 image with a two-colour palette.
const std::string kGif(
    "GIF89a\x01\x00\x01\x00\x80\x00\x00"     // header: 1 × 1, 2 colours
    "\x00\x00\x00\xFF\xFF\xFF"               // black, white
    "!\xF9\x04\x01\x00\x00\x00\x00"          // graphic control
    ",\x00\x00\x00\x00\x01\x00\x01\x00\x00"  // image descriptor
    "\x02\x02"
    "D\x01\x00;",  // pixel data, trailer
    43);

// Whether libvips would open these bytes through any loader.
bool Opens(const std::string& bytes) {
    const SourcePtr source(vips_source_new_from_memory(bytes.data(), bytes.size()));
    const ImagePtr image(vips_image_new_from_source(source.get(), "", nullptr));
    vips_error_clear();
    return image != nullptr;
}

TEST(VipsRuntime, StartsOnceWithTheOperationCacheOffAndOneWorkerPerPipeline) {
    ASSERT_TRUE(StartVips().has_value());
    ASSERT_TRUE(StartVips().has_value());
    EXPECT_EQ(vips_cache_get_max(), 0);
    // More workers lose decoding errors now and then (PhotoReencode.ACorruptPngIsRefusedEveryTime).
    EXPECT_EQ(vips_concurrency_get(), 1);
}

TEST(VipsRuntime, OnlyThePhotoLoadersAreOpen) {
    ASSERT_TRUE(StartVips().has_value());
    EXPECT_TRUE(Opens(testing::MarkedJpeg(16, 16)));
    EXPECT_TRUE(Opens(testing::RgbaPng(16, 16, false)));
    // Formats Debian's libvips reads out of the box, each a parser uploads must not reach.
    struct Case {
        std::string bytes;
        const char* loader;
    };
    const Case cases[] = {
        {kGif, "VipsForeignLoadNsgifSource"},
        {R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>)",
         "VipsForeignLoadSvgSource"},
        {"P3\n1 1\n255\n0 0 0\n", "VipsForeignLoadPpmSource"},
    };
    for (const Case& c : cases) {
        EXPECT_FALSE(Opens(c.bytes)) << c.loader;
        // Unblocked for a moment, the same bytes open: the block is what refused them.
        vips_operation_block_set(c.loader, FALSE);
        EXPECT_TRUE(Opens(c.bytes)) << c.loader;
        vips_operation_block_set(c.loader, TRUE);
    }
}

}  // namespace
}  // namespace kefu::images
