#include "images/decode_slots.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace kefu::images {
namespace {

TEST(DecodeSlots, NoMoreThanTheSlotsAreHeldAtOnceAndAllCallersGetOne) {
    DecodeSlots slots(2);
    std::atomic<int> served = 0;
    {
        std::vector<std::jthread> threads;
        threads.reserve(6);
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back([&] {
                const auto slot = slots.Take();
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
                ++served;
            });
        }
    }
    EXPECT_EQ(served, 6);
    EXPECT_EQ(slots.most_in_use(), 2);
}

TEST(DecodeSlots, ASlotIsGivenBackWhenItsHolderIsDone) {
    DecodeSlots slots(1);
    for (int i = 0; i < 3; ++i) {
        const auto slot = slots.Take();  // would wait forever if the last one were kept
    }
    EXPECT_EQ(slots.most_in_use(), 1);
}

}  // namespace
}  // namespace kefu::images
