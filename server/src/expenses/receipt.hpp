// Receipts of claim lines (R-EXP-4/5, issue 12 §7): a photo or a PDF attached to a meal or a night,
// checked by its declared type, its first bytes and its size before it is stored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"

namespace kefu::expenses {

/// The file types a receipt may be: what a phone camera or a scanner produces.
enum class ReceiptType { kJpeg, kPng, kPdf };

/// The media type names, as the Content-Type of an upload and of a download.
inline constexpr auto kReceiptTypeNames =
    MakeEnumNames<ReceiptType>({{ReceiptType::kJpeg, "image/jpeg"},
                                {ReceiptType::kPng, "image/png"},
                                {ReceiptType::kPdf, "application/pdf"}});

/// The largest receipt file. The server refuses any body above 1 MiB before a handler runs; the
/// web client shrinks photos well below it.
inline constexpr std::size_t kMaxReceiptBytes = std::size_t{1024} * 1024;
/// How many receipts one line may carry.
inline constexpr std::size_t kMaxReceiptsPerLine = 10;

/// A stored receipt, without its bytes.
struct ReceiptInfo {
    std::int64_t id = 0;
    std::int64_t line_id = 0;
    ReceiptType type = ReceiptType::kJpeg;
    std::int64_t size_bytes = 0;
    Timestamp uploaded_at;
};

/// A receipt with its bytes (a download).
struct ReceiptFile {
    ReceiptInfo info;
    std::string bytes;
};

/// The type of an uploaded file: INVALID_ARGUMENT with `file` required (empty), too_large,
/// unsupported_type (not JPEG, PNG or PDF) or type_mismatch (the bytes are not what the
/// Content-Type says, e.g. a renamed executable).
Result<ReceiptType> CheckReceipt(std::string_view content_type, std::string_view bytes);

}  // namespace kefu::expenses
