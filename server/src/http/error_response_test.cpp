#include "http/error_response.hpp"

#include <gtest/gtest.h>

namespace kefu::http {
namespace {

TEST(ErrorResponse, MapsEveryCodeToItsStatus) {
    EXPECT_EQ(HttpStatusOf(ErrorCode::kInvalidArgument), 400);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kUnauthenticated), 401);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kPermissionDenied), 403);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kNotFound), 404);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kAlreadyExists), 409);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kAborted), 409);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kFailedPrecondition), 400);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kResourceExhausted), 429);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kUnavailable), 503);
    EXPECT_EQ(HttpStatusOf(ErrorCode::kInternal), 500);
}

TEST(ErrorResponse, NeverLeaksInternalMessages) {
    auto body = ErrorBody(Error::Internal("SQL error near SELECT at /srv/kefu.db"));
    EXPECT_EQ(body["error"]["code"], "INTERNAL");
    EXPECT_EQ(body["error"]["message"], "internal error");
    auto invalid = ErrorBody(Error::InvalidArgument("bad", {{"phone", "invalid_phone"}}));
    EXPECT_EQ(invalid["error"]["violations"][0]["reason"], "invalid_phone");
}

}  // namespace
}  // namespace kefu::http
