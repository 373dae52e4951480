#include "expenses/receipt.hpp"

#include <gtest/gtest.h>

namespace kefu::expenses {
namespace {

const std::string kJpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10);
const std::string kPng("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);
const std::string kPdf("%PDF-1.7\n%\xE2\xE3\n", 13);

bool HasViolation(const Result<ReceiptType>& r, std::string_view reason) {
    if (r) return false;
    for (const auto& v : r.error().violations()) {
        if (v.field == "file" && v.reason == reason) return true;
    }
    return false;
}

// Issue 12 §7: receipts are images or PDFs, recognised by their bytes, not their name.
TEST(Receipt, JpegPngAndPdfAreAcceptedByTheirFirstBytes) {
    EXPECT_EQ(CheckReceipt("image/jpeg", kJpeg), ReceiptType::kJpeg);
    EXPECT_EQ(CheckReceipt("image/png", kPng), ReceiptType::kPng);
    EXPECT_EQ(CheckReceipt("application/pdf", kPdf), ReceiptType::kPdf);
    // Parameters and case in the Content-Type do not matter.
    EXPECT_EQ(CheckReceipt("Image/JPEG; charset=binary", kJpeg), ReceiptType::kJpeg);
}

TEST(Receipt, BytesThatAreNotTheDeclaredTypeAreRefused) {
    EXPECT_TRUE(HasViolation(CheckReceipt("image/jpeg", kPng), "type_mismatch"));
    EXPECT_TRUE(
        HasViolation(CheckReceipt("application/pdf", "MZ\x90\x00 program"), "type_mismatch"));
    EXPECT_TRUE(HasViolation(CheckReceipt("image/png", kPng.substr(0, 7)), "type_mismatch"));
}

TEST(Receipt, OtherTypesAreRefused) {
    EXPECT_TRUE(HasViolation(CheckReceipt("image/gif", "GIF89a"), "unsupported_type"));
    EXPECT_TRUE(HasViolation(CheckReceipt("text/html", "<html>"), "unsupported_type"));
    EXPECT_TRUE(HasViolation(CheckReceipt("", kPdf), "unsupported_type"));
}

TEST(Receipt, EmptyAndOversizedFilesAreRefusedAtTheEdge) {
    EXPECT_TRUE(HasViolation(CheckReceipt("image/jpeg", ""), "required"));
    std::string largest = kJpeg + std::string(kMaxReceiptBytes - kJpeg.size(), '\0');
    EXPECT_EQ(CheckReceipt("image/jpeg", largest), ReceiptType::kJpeg);
    largest.push_back('\0');
    EXPECT_TRUE(HasViolation(CheckReceipt("image/jpeg", largest), "too_large"));
}

}  // namespace
}  // namespace kefu::expenses
