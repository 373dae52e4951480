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

TEST(JsonReader, WellFormedBodiesLeaveSemanticChecksToTheService) {
    auto body = *ParseJsonObject(R"({"phone": "1"})");
    JsonReader reader(body);
    reader.OptionalString("phone", 20);
    EXPECT_TRUE(
        reader.FinishWith(Fail(Error::InvalidArgument("bad", {{"phone", "invalid_phone"}}))));
}

}  // namespace
}  // namespace kefu::http
