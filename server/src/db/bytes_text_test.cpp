#include "db/bytes_text.hpp"

#include <gtest/gtest.h>

namespace kefu::db {
namespace {

// Every byte value survives the round trip, including NUL and high bytes.
TEST(BytesText, EveryByteSurvivesTheRoundTrip) {
    std::string all;
    for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
    for (std::size_t n : {0U, 1U, 2U, 3U, 4U, 255U, 256U}) {
        const std::string bytes = all.substr(0, n);
        EXPECT_EQ(TextToBytes(BytesToText(bytes)), bytes) << n;
    }
    EXPECT_EQ(BytesToText("\xFF\xD8\xFF"), "/9j/");
}

TEST(BytesText, TextItCouldNotHaveWrittenIsRefused) {
    EXPECT_FALSE(TextToBytes("not base64!"));
    EXPECT_FALSE(TextToBytes("/9j"));
}

}  // namespace
}  // namespace kefu::db
