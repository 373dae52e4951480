#include "documents/qr_matrix.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kefu::documents {
namespace {

/// The 7 × 7 finder pattern's dark outer ring at (row, column).
bool HasFinderAt(const QrMatrix& matrix, int row, int column) {
    for (int i = 0; i < 7; ++i) {
        if (!matrix.IsDark(row, column + i) || !matrix.IsDark(row + 6, column + i) ||
            !matrix.IsDark(row + i, column) || !matrix.IsDark(row + i, column + 6)) {
            return false;
        }
    }
    return !matrix.IsDark(row + 1, column + 1) && matrix.IsDark(row + 3, column + 3);
}

TEST(EncodeQr, UrlBecomesASymbolWithThreeFinderPatterns) {
    const auto matrix = EncodeQr("https://kefu.example.cn/v/FH-2026-000123?c=7f3a9c2e");
    ASSERT_TRUE(matrix.has_value());
    // 52 bytes at level M need version 4: 33 modules.
    EXPECT_EQ(matrix->size, 33);
    EXPECT_EQ(matrix->dark.size(), 33U * 33U);
    EXPECT_TRUE(HasFinderAt(*matrix, 0, 0));
    EXPECT_TRUE(HasFinderAt(*matrix, 0, matrix->size - 7));
    EXPECT_TRUE(HasFinderAt(*matrix, matrix->size - 7, 0));
    EXPECT_FALSE(HasFinderAt(*matrix, matrix->size - 7, matrix->size - 7));
}

TEST(EncodeQr, EmptyOrOversizedTextIsInvalidArgument) {
    EXPECT_EQ(EncodeQr("").error().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(EncodeQr(std::string(4000, 'x')).error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace kefu::documents
