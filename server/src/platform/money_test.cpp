// Money is integer fen (architecture: "Money: int64 fen ... never floating point").
#include "platform/money.hpp"

#include <gtest/gtest.h>

namespace kefu {
namespace {

TEST(Money, OneYuanIsAHundredFen) {
    EXPECT_EQ(Money::Yuan(1).fen(), 100);
    EXPECT_EQ(Money::Yuan(35).fen(), 3500);  // R-EXP-5 lodging in a prefecture-level city
    EXPECT_EQ(Money::Yuan(0).fen(), 0);
    EXPECT_EQ(Money::Yuan(10), Money::Fen(1000));
}

TEST(Money, ArithmeticStaysInFen) {
    // R-EXP-3: breakfast 5, lunch 10, dinner 10 yuan for 3 people.
    const Money day = (Money::Yuan(5) + Money::Yuan(10) + Money::Yuan(10)) * 3;
    EXPECT_EQ(day.fen(), 7500);
    EXPECT_EQ((Money::Fen(1050) - Money::Fen(1)).fen(), 1049);
    EXPECT_LT(Money::Fen(999), Money::Yuan(10));
    EXPECT_EQ(Money::Fen(-5).fen(), -5);
}

}  // namespace
}  // namespace kefu
