// Realistic sample documents (a Jinan office-furniture maker's forms) for tests and the bench.
#pragma once

#include <string>

#include "documents/document.hpp"
#include "documents/workbook.hpp"

namespace kefu::documents::testing {

/// The verification URL the sample QR codes carry.
inline constexpr const char* kSampleVerifyUrl =
    "https://kefu.example.cn/v/FH-2026-000123?c=7f3a9c2e";

/// A handwritten-looking signature: a 400 × 160 PNG with a transparent background.
std::string SampleSignaturePng();

/// 客户意见反馈表: the typical one-page form (field grid, table, text, blank signatures, QR).
Document SampleFeedbackForm();

/// 发货单 with `items` order lines, in duplicate (第一联 存根 / 第二联 客户) laid out as given;
/// the half-sheet layout leaves out the receiving notes and the QR code.
Document SampleDeliveryNote(int items, CopyLayout layout);

/// 安装回执单 signed on the pad by the customer (`signature_png`) and by the installer.
Document SampleInstallationReceipt(const std::string& signature_png);

/// Finance export: travel claims and delivered items, with money, dates and a total formula.
Workbook SampleFinanceWorkbook();

}  // namespace kefu::documents::testing
