// Money typed as yuan text becomes exact integer fen (R-EXP-7: amounts are integer fen end to end).
#include "platform/money_text.hpp"

#include <gtest/gtest.h>

namespace kefu {
namespace {

std::string ReasonOf(std::string_view text) {
    auto parsed = ParseYuan(text, "amount");
    if (parsed) return "ok";
    EXPECT_EQ(parsed.error().violations().at(0).field, "amount");
    return parsed.error().violations().at(0).reason;
}

TEST(ParseYuan, ReadsWholeAndDecimalYuanExactly) {
    EXPECT_EQ(ParseYuan("10", "a")->fen(), 1000);
    EXPECT_EQ(ParseYuan("10.5", "a")->fen(), 1050);
    EXPECT_EQ(ParseYuan("0.05", "a")->fen(), 5);
    EXPECT_EQ(ParseYuan("0.10", "a")->fen(), 10);
    EXPECT_EQ(ParseYuan("35.000", "a")->fen(), 3500) << "trailing zeros are not fractions of a fen";
    EXPECT_EQ(ParseYuan("-12.34", "a")->fen(), -1234)
        << "the caller decides whether negatives pass";
    // 0.1 + 0.2 in floating point is 0.30000000000000004; here it is exactly 30 fen.
    EXPECT_EQ(ParseYuan("0.3", "a")->fen(), 30);
}

TEST(ParseYuan, RefusesFractionsOfAFen) {
    EXPECT_EQ(ReasonOf("0.001"), "fraction_of_fen");
    EXPECT_EQ(ReasonOf("10.555"), "fraction_of_fen");
}

TEST(ParseYuan, RefusesWhatIsNotAPlainDecimal) {
    for (const char* text : {"",
                             "-",
                             ".5",
                             "5.",
                             "1e3",
                             "1,000",
                             " 5",
                             "5 ",
                             "+5",
                             "abc",
                             "¥5",
                             "--5",
                             "5.-1",
                             "0x10"}) {
        EXPECT_EQ(ReasonOf(text), "invalid_money") << '"' << text << '"';
    }
}

TEST(ParseYuan, RefusesAmountsBeyondTheRange) {
    EXPECT_EQ(ReasonOf("10000000000000"), "ok");            // 10^13 yuan = 10^15 fen
    EXPECT_EQ(ReasonOf("10000000000001"), "out_of_range");  // just beyond
    EXPECT_EQ(ReasonOf("99999999999999999999999"), "out_of_range");
}

TEST(FormatYuan, WritesWhatParseYuanReads) {
    EXPECT_EQ(FormatYuan(Money::Fen(1050)), "10.50");
    EXPECT_EQ(FormatYuan(Money::Fen(5)), "0.05");
    EXPECT_EQ(FormatYuan(Money::Fen(-1234)), "-12.34");
    EXPECT_EQ(ParseYuan(FormatYuan(Money::Fen(123456789)), "a")->fen(), 123456789);
}

}  // namespace
}  // namespace kefu
