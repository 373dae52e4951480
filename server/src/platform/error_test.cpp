#include "platform/error.hpp"

#include <gtest/gtest.h>

#include "platform/transaction.hpp"

namespace kefu {
namespace {

Result<int> Half(int x) {
    if (x % 2 != 0) return Fail(Error::InvalidArgument("odd", {{"x", "must_be_even"}}));
    return x / 2;
}

Result<int> Quarter(int x) {
    KEFU_ASSIGN_OR_RETURN(int h, Half(x));
    return Half(h);
}

TEST(Error, PropagatesThroughAssignOrReturn) {
    EXPECT_EQ(*Quarter(8), 2);
    auto r = Quarter(6);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().violations().at(0).reason, "must_be_even");
}

TEST(Violations, ReportsAllFieldsAtOnce) {
    Violations v;
    EXPECT_TRUE(v.ToResult().has_value());
    v.Add("name", "required");
    v.Add("phone", "invalid_phone");
    auto r = v.ToResult();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().violations().size(), 2u);
    EXPECT_EQ(ErrorCodeName(r.error().code()), "INVALID_ARGUMENT");
}

}  // namespace
}  // namespace kefu
