#include "platform/thread_priority.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

namespace kefu {
namespace {

// The planner's helper runs lower their own priority only: the HTTP worker that asked for the
// plan, and every other thread, keep theirs.
TEST(ThreadPriority, LowersTheCallingThreadOnly) {
    const int before = ThisThreadsNiceValue();
    int in_thread = before;
    bool lowered = false;
    std::thread helper([&] {
        lowered = LowerThisThreadsPriority(10);
        in_thread = ThisThreadsNiceValue();
    });
    helper.join();
    ASSERT_TRUE(lowered);
    EXPECT_EQ(in_thread, std::min(19, before + 10));
    EXPECT_EQ(ThisThreadsNiceValue(), before);
}

TEST(ThreadPriority, StopsAtTheWeakestPriority) {
    int in_thread = 0;
    std::thread helper([&] {
        EXPECT_TRUE(LowerThisThreadsPriority(15));
        EXPECT_TRUE(LowerThisThreadsPriority(15));
        in_thread = ThisThreadsNiceValue();
    });
    helper.join();
    EXPECT_EQ(in_thread, 19);
}

}  // namespace
}  // namespace kefu
