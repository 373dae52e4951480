// Two counts of the same job (R-FLD-3: arrival against loading): the items that differ.
#include "field/piece_count.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kefu::field {
namespace {

TEST(CountDifferences, EqualCountsHaveNone) {  // R-FLD-3
    const std::vector<ItemCount> loaded{{1, 4}, {2, 10}};
    const std::vector<ItemCount> unloaded{{2, 10}, {1, 4}};
    EXPECT_TRUE(CountDifferences(loaded, unloaded).empty());
}

TEST(CountDifferences, OnePieceShortIsADifference) {  // R-FLD-3: the incident's content
    const std::vector<ItemCount> loaded{{1, 4}, {2, 10}};
    const std::vector<ItemCount> unloaded{{1, 4}, {2, 9}};
    EXPECT_EQ(CountDifferences(loaded, unloaded), (std::vector<CountDifference>{{2, 10, 9}}));
}

TEST(CountDifferences, AnItemLeftBehindOrAppearingCountsAsZeroOnTheOtherSide) {
    const std::vector<ItemCount> loaded{{1, 4}, {3, 2}};
    const std::vector<ItemCount> unloaded{{1, 4}, {5, 1}};
    EXPECT_EQ(CountDifferences(loaded, unloaded),
              (std::vector<CountDifference>{{3, 2, 0}, {5, 0, 1}}));
}

TEST(CountDifferences, AnItemCountedBoxByBoxIsSummed) {
    const std::vector<ItemCount> loaded{{1, 6}};
    const std::vector<ItemCount> unloaded{{1, 2}, {1, 4}};
    EXPECT_TRUE(CountDifferences(loaded, unloaded).empty());
    const std::vector<ItemCount> short_box{{1, 2}, {1, 3}};
    EXPECT_EQ(CountDifferences(loaded, short_box), (std::vector<CountDifference>{{1, 6, 5}}));
}

}  // namespace
}  // namespace kefu::field
