#include "platform/media_type.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kefu {
namespace {

TEST(MediaType, ParametersCaseAndBlanksDoNotMatter) {
    EXPECT_EQ(MediaTypeOf("image/jpeg"), "image/jpeg");
    EXPECT_EQ(MediaTypeOf("Image/JPEG; charset=binary"), "image/jpeg");
    EXPECT_EQ(MediaTypeOf(" image/png ;q=1"), "image/png");
    EXPECT_EQ(MediaTypeOf(""), "");
}

TEST(MediaType, FirstBytesNameTheFormat) {
    EXPECT_EQ(SniffMediaType(std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)), "image/jpeg");
    EXPECT_EQ(SniffMediaType(std::string("\x89PNG\r\n\x1A\n\x00\x00", 10)), "image/png");
    EXPECT_EQ(SniffMediaType(std::string("RIFF\x24\x00\x00\x00WEBPVP8 ", 16)), "image/webp");
    EXPECT_EQ(SniffMediaType("%PDF-1.7\n"), "application/pdf");
    EXPECT_EQ(SniffMediaType(std::string("PK\x03\x04\x14\x00", 6)), "application/zip");
}

TEST(MediaType, PartialOrForeignSignaturesNameNothing) {
    EXPECT_EQ(SniffMediaType(""), "");
    EXPECT_EQ(SniffMediaType(std::string("\xFF\xD8", 2)), "");
    EXPECT_EQ(SniffMediaType(std::string("\x89PNG\r\n\x1A", 7)), "");
    // A RIFF container that is not WebP (a WAV sound), or one cut before its mark.
    EXPECT_EQ(SniffMediaType(std::string("RIFF\x24\x00\x00\x00WAVEfmt ", 16)), "");
    EXPECT_EQ(SniffMediaType("RIFF\x24"), "");
    EXPECT_EQ(SniffMediaType("GIF89a"), "");
    EXPECT_EQ(SniffMediaType("hello, this is text"), "");
}

}  // namespace
}  // namespace kefu
