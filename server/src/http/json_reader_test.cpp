#include "http/json_reader.hpp"

#include <gtest/gtest.h>

namespace kefu::http {
namespace {

TEST(ParseJsonObject, RejectsNonObjectsInvalidJsonAndInvalidUtf8) {
    EXPECT_EQ(ParseJsonObject("{").error().violations().at(0).reason, "invalid_json");
    EXPECT_EQ(ParseJsonObject("[1]").error().violations().at(0).reason, "must_be_object");
    EXPECT_EQ(ParseJsonObject("{\"a\":\"\xff\"}").error().violations().at(0).reason,
              "invalid_utf8");
    EXPECT_TRUE(ParseJsonObject("{\"name\":\"王建国\"}"));
}

TEST(IsValidUtf8, AcceptsChineseAndRejectsBrokenSequences) {
    EXPECT_TRUE(IsValidUtf8("客服部 ok"));
    EXPECT_FALSE(IsValidUtf8("\xe5\xae"));          // truncated
    EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong
    EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // surrogate
    EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // beyond U+10FFFF
}

TEST(JsonReader, CollectsEveryViolationAtOnce) {
    auto body = *ParseJsonObject(
        R"({"name": 42, "phone": "", "extra": true, "roles": ["driver", 7], "n": "x"})");
    JsonReader reader(body);
    reader.RequiredString("name", 10);
    reader.RequiredString("phone", 20);
    reader.StringArray("roles", false);
    reader.OptionalInt("n");
    reader.RequiredString("hireDate", 10);
    auto result = reader.Finish();
    ASSERT_FALSE(result);
    std::vector<FieldViolation> expected = {{"name", "wrong_type"},
                                            {"phone", "required"},
                                            {"roles[1]", "wrong_type"},
                                            {"n", "wrong_type"},
                                            {"hireDate", "required"},
                                            {"extra", "unknown_field"}};
    EXPECT_EQ(result.error().violations(), expected);
}

TEST(JsonReader, CountsCharactersNotBytesForLimits) {
    auto body = *ParseJsonObject(R"({"name": "王建国"})");
    JsonReader ok(body);
    EXPECT_EQ(ok.RequiredString("name", 3), "王建国");
    EXPECT_TRUE(ok.Finish());
    JsonReader too_long(body);
    too_long.RequiredString("name", 2);
    EXPECT_EQ(too_long.Finish().error().violations().at(0).reason, "too_long");
}

}  // namespace
}  // namespace kefu::http

namespace kefu::http {
namespace {

TEST(JsonReader, MalformedBodiesAlsoCarryTheSemanticViolations) {
    auto body = *ParseJsonObject(R"({"name": 42, "phone": "1"})");
    JsonReader reader(body);
    reader.OptionalString("name", 10);
    reader.OptionalString("phone", 20);
    auto semantic = Fail(Error::InvalidArgument(
        "bad", {{"name", "required"}, {"phone", "invalid_phone"}, {"hireDate", "required"}}));
    auto result = reader.FinishWith(semantic);
    ASSERT_FALSE(result);
    std::vector<FieldViolation> expected = {
        {"name", "wrong_type"}, {"phone", "invalid_phone"}, {"hireDate", "required"}};
    EXPECT_EQ(result.error().violations(), expected);
}

// The detail says which row or record a semantic violation clashes with (rows[2].model:
// duplicate of rows[0]); a malformed body must not lose it on the way out.
TEST(JsonReader, SemanticViolationsKeepTheirDetail) {
    auto body = *ParseJsonObject(R"({"rows": 42})");
    JsonReader reader(body);
    reader.OptionalString("rows", 10);
    auto result = reader.FinishWith(Fail(Error::InvalidArgument(
        "bad", {{"rows[2].model", "duplicate", "rows[0]"}, {"rows[3].model", "duplicate"}})));
    ASSERT_FALSE(result);
    std::vector<FieldViolation> expected = {{"rows", "wrong_type"},
                                            {"rows[2].model", "duplicate", "rows[0]"},
                                            {"rows[3].model", "duplicate"}};
    EXPECT_EQ(result.error().violations(), expected);
}

TEST(JsonReader, WellFormedBodiesLeaveSemanticChecksToTheService) {
    auto body = *ParseJsonObject(R"({"phone": "1"})");
    JsonReader reader(body);
    reader.OptionalString("phone", 20);
    EXPECT_TRUE(
        reader.FinishWith(Fail(Error::InvalidArgument("bad", {{"phone", "invalid_phone"}}))));
}

}  // namespace
}  // namespace kefu::http

namespace kefu::http {
namespace {

std::vector<FieldViolation> ViolationsOf(JsonReader& reader) {
    auto result = reader.Finish();
    return result ? std::vector<FieldViolation>{} : result.error().violations();
}

TEST(JsonReader, NestedObjectsAndArraysReportFullPathsAllAtOnce) {
    auto body = *ParseJsonObject(R"({
        "site": {"street": "", "floor": "3", "lift": true, "oops": 1},
        "items": [
            {"productId": 7, "quantity": 2},
            {"productId": 0, "quantity": "2"},
            {"productId": 9, "quantity": -1, "colour": "red"},
            5
        ]
    })");
    JsonReader reader(body);
    reader.Object("site", true, [](JsonReader& site) {
        site.RequiredString("street", 200);
        site.OptionalInt("floor", -5, 200);
        site.OptionalBool("lift");
    });
    const std::size_t count = reader.Array("items", true, 100, [](JsonReader& item, std::size_t) {
        item.RequiredId("productId");
        item.RequiredInt("quantity", 1, 10'000);
    });
    reader.Object("contact", true, [](JsonReader&) {});
    EXPECT_EQ(count, 4u);
    std::vector<FieldViolation> expected = {{"site.street", "required"},
                                            {"site.floor", "wrong_type"},
                                            {"site.oops", "unknown_field"},
                                            {"items[1].productId", "invalid_value"},
                                            {"items[1].quantity", "wrong_type"},
                                            {"items[2].quantity", "out_of_range"},
                                            {"items[2].colour", "unknown_field"},
                                            {"items[3]", "wrong_type"},
                                            {"contact", "required"}};
    EXPECT_EQ(ViolationsOf(reader), expected);
}

TEST(JsonReader, TooManyItemsIsOneViolationAndNoneIsRead) {
    auto body = *ParseJsonObject(R"({"items": [{}, {}, {}]})");
    JsonReader reader(body);
    int read = 0;
    reader.Array("items", true, 2, [&](JsonReader&, std::size_t) { ++read; });
    EXPECT_EQ(read, 0);
    EXPECT_EQ(ViolationsOf(reader), (std::vector<FieldViolation>{{"items", "too_many_items"}}));
}

TEST(JsonReader, TypedValuesDatesDateTimesMoneyEnumsPhones) {
    enum class Kind { kDelivery, kRework };
    constexpr auto kKinds =
        MakeEnumNames<Kind>({{Kind::kDelivery, "delivery"}, {Kind::kRework, "rework"}});
    auto body = *ParseJsonObject(R"({
        "date": "2026-11-30", "badDate": "2026-02-29",
        "at": "2026-11-30T09:00:00+08:00", "localAt": "2026-11-30T09:00:00",
        "fare": "12.50", "tip": "0.005", "refund": "-1", "huge": "100000.01", "asNumber": 12.5,
        "kind": "rework", "badKind": "Rework",
        "phone": " 13905310001 ", "badPhone": "12345"
    })");
    JsonReader reader(body);
    EXPECT_EQ(reader.RequiredDate("date"), Date(2026, 11, 30));
    EXPECT_FALSE(reader.OptionalDate("badDate"));
    EXPECT_EQ(reader.RequiredDateTime("at"), ParseTimestamp("2026-11-30T01:00:00Z"));
    EXPECT_FALSE(reader.OptionalDateTime("localAt"));
    EXPECT_EQ(reader.RequiredMoney("fare")->fen(), 1250);
    EXPECT_FALSE(reader.OptionalMoney("tip"));
    EXPECT_FALSE(reader.OptionalMoney("refund"));
    EXPECT_FALSE(reader.OptionalMoney("huge"));
    EXPECT_FALSE(reader.OptionalMoney("asNumber"));
    EXPECT_EQ(reader.RequiredEnum("kind", kKinds), Kind::kRework);
    EXPECT_FALSE(reader.OptionalEnum("badKind", kKinds));
    EXPECT_EQ(reader.RequiredPhone("phone"), "13905310001");
    EXPECT_FALSE(reader.OptionalPhone("badPhone"));
    EXPECT_FALSE(reader.RequiredDate("missingDate"));
    std::vector<FieldViolation> expected = {{"badDate", "invalid_date"},
                                            {"localAt", "invalid_datetime"},
                                            {"tip", "fraction_of_fen"},
                                            {"refund", "must_not_be_negative"},
                                            {"huge", "out_of_range"},
                                            {"asNumber", "wrong_type"},
                                            {"badKind", "invalid_value"},
                                            {"badPhone", "invalid_phone"},
                                            {"missingDate", "required"}};
    EXPECT_EQ(ViolationsOf(reader), expected);
}

// R-SEC (hardening): invisible and control characters never enter single-line text.
TEST(JsonReader, ControlAndFormatCharactersAreRefusedInSingleLineText) {
    auto body = *ParseJsonObject(R"({
        "nul": "a\u0000b", "soh": "\u0001", "rlo": "abc\u202edef", "zwsp": "\u200b",
        "bom": "\ufeffname", "tab": "a\tb", "fine": "王建国 Wang", "notes": "line 1\nline 2\ttab"
    })");
    JsonReader reader(body);
    for (const char* name : {"nul", "soh", "rlo", "zwsp", "bom", "tab"}) {
        EXPECT_FALSE(reader.OptionalString(name, 50)) << name;
    }
    EXPECT_EQ(reader.OptionalString("fine", 50), "王建国 Wang");
    EXPECT_EQ(reader.OptionalText("notes", 200), "line 1\nline 2\ttab");
    const auto violations = ViolationsOf(reader);
    ASSERT_EQ(violations.size(), 6u);
    for (const FieldViolation& v : violations) EXPECT_EQ(v.reason, "control_character") << v.field;
}

TEST(JsonReader, AStringOfOnlySpacesIsRequiredNotAccepted) {
    auto body = *ParseJsonObject(R"({"name": "   "})");
    JsonReader reader(body);
    reader.RequiredString("name", 10);
    EXPECT_EQ(ViolationsOf(reader), (std::vector<FieldViolation>{{"name", "required"}}));
}

// A name typed with the ideographic space of a Chinese input method, or made of no-break spaces,
// looks blank: trimmed like ASCII spaces, then required.
TEST(JsonReader, UnicodeSpacesAreTrimmedBeforeTheRequiredCheck) {
    auto body = *ParseJsonObject(R"({
        "padded": "\u3000王建国\u00a0", "ideographic": "\u3000\u3000", "nbsp": "\u00a0\u202f",
        "separator": "a\u2028b", "notes": "line 1\u2028line 2"
    })");
    JsonReader reader(body);
    EXPECT_EQ(reader.RequiredString("padded", 10), "王建国");
    reader.RequiredString("ideographic", 10);
    reader.RequiredString("nbsp", 10);
    reader.RequiredString("separator", 10);
    EXPECT_EQ(reader.OptionalText("notes", 50), "line 1\u2028line 2");
    EXPECT_EQ(ViolationsOf(reader),
              (std::vector<FieldViolation>{{"ideographic", "required"},
                                           {"nbsp", "required"},
                                           {"separator", "control_character"}}));
}

TEST(HasControlCharacter, KnowsTheCategories) {
    EXPECT_FALSE(HasControlCharacter("济南市历下区 No. 1"));
    EXPECT_TRUE(HasControlCharacter("\x7f"));
    EXPECT_TRUE(HasControlCharacter("\xc2\x85"));  // U+0085, a C1 control
    EXPECT_TRUE(
        HasControlCharacter("a\xe2\x80\x8d"
                            "b"));  // U+200D zero-width joiner (Cf)
    EXPECT_FALSE(HasControlCharacter("a\nb", true));
    EXPECT_TRUE(HasControlCharacter("a\nb", false));
}

}  // namespace
}  // namespace kefu::http
