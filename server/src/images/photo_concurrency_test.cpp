// The HTTP server re-encodes uploads on several worker threads at once: every call succeeds and
// gives exactly the bytes a lone call gives, and refusals stay refusals. Run under ASan (dev
// preset); under TSan libvips, glib, libjpeg, libpng and zlib synchronise out of its sight (ADR
// 0016), so its reports there are not about this code.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "images/decode_slots.hpp"
#include "images/photo.hpp"
#include "images/testing/jpeg_segments.hpp"
#include "images/testing/photo_fixtures.hpp"

namespace kefu::images {
namespace {

constexpr int kThreads = 4;
constexpr int kCallsPerThread = 3;

struct Upload {
    std::string bytes;
    std::string type;
};

TEST(PhotoConcurrency, FourThreadsGetTheBytesOfALoneCall) {
    const std::vector<Upload> uploads = {
        {testing::InsertAfterSoi(testing::MarkedJpeg(2400, 1800), testing::ExifSegment(6)),
         "image/jpeg"},
        {testing::RgbaPng(900, 700, true), "image/png"},
        {testing::MarkedJpeg(1200, 900), "image/jpeg"},
    };
    std::vector<std::string> lone;
    for (const Upload& upload : uploads) {
        auto photo = ReencodePhoto(upload.bytes, upload.type);
        ASSERT_TRUE(photo.has_value()) << photo.error().message();
        lone.push_back(std::move(photo->jpeg));
    }
    const std::string truncated = uploads[0].bytes.substr(0, uploads[0].bytes.size() / 2);

    std::vector<std::vector<std::string>> outputs(kThreads);
    std::vector<std::string> errors(kThreads);
    {
        std::vector<std::jthread> threads;
        threads.reserve(kThreads);
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                const auto slot = static_cast<std::size_t>(t);
                for (int i = 0; i < kCallsPerThread; ++i) {
                    // Different photos on different threads at the same moment, and a broken
                    // one among them whose failure must not leak into the others.
                    const auto which = static_cast<std::size_t>((t + i) % 3);
                    auto photo = ReencodePhoto(uploads[which].bytes, uploads[which].type);
                    if (!photo) {
                        errors[slot] = photo.error().message();
                        return;
                    }
                    outputs[slot].push_back(std::move(photo->jpeg));
                    const auto refused = ReencodePhoto(truncated, "image/jpeg");
                    if (refused || refused.error().violations().at(0).reason != "unreadable") {
                        errors[slot] = "a truncated photo was not refused as unreadable";
                        return;
                    }
                }
            });
        }
    }
    // Four threads asked at once; two decoded at a time (this test runs in a process of its own
    // under ctest, and alone in a full run of the binary, the others calling from one thread).
    EXPECT_EQ(PhotoDecodeSlots().most_in_use(), kPhotoDecodesAtOnce);
    for (int t = 0; t < kThreads; ++t) {
        const auto slot = static_cast<std::size_t>(t);
        ASSERT_TRUE(errors[slot].empty()) << "thread " << t << ": " << errors[slot];
        ASSERT_EQ(outputs[slot].size(), static_cast<std::size_t>(kCallsPerThread));
        for (int i = 0; i < kCallsPerThread; ++i) {
            EXPECT_EQ(outputs[slot][static_cast<std::size_t>(i)],
                      lone[static_cast<std::size_t>((t + i) % 3)])
                << "thread " << t << " call " << i;
        }
    }
}

}  // namespace
}  // namespace kefu::images
