// One declaration per enum: names, parsing and the value list come from the same table.
#include "platform/enum_names.hpp"

#include <gtest/gtest.h>

#include <set>

namespace kefu {
namespace {

enum class Color { kRed, kGreen, kBlue };
constexpr auto kColorNames =
    MakeEnumNames<Color>({{Color::kRed, "red"}, {Color::kGreen, "green"}, {Color::kBlue, "blue"}});

TEST(EnumNames, NameParseAndValuesReadOneTable) {
    static_assert(kColorNames.size() == 3);
    static_assert(kColorNames.Name(Color::kGreen) == "green");
    static_assert(kColorNames.Parse("blue") == Color::kBlue);
    EXPECT_FALSE(kColorNames.Parse("Blue")) << "names are exact";
    EXPECT_FALSE(kColorNames.Parse(""));
    EXPECT_EQ(kColorNames.Names(), (std::vector<std::string>{"red", "green", "blue"}));
    for (Color c : kColorNames.Values()) EXPECT_EQ(kColorNames.Parse(kColorNames.Name(c)), c);
}

}  // namespace
}  // namespace kefu
