#include "expenses/receipt.hpp"

namespace kefu::expenses {
namespace {

// The signatures each format starts with (JPEG SOI + marker, the PNG signature, the PDF header).
bool StartsAs(ReceiptType type, std::string_view bytes) {
    switch (type) {
        case ReceiptType::kJpeg:
            return bytes.starts_with(std::string_view("\xFF\xD8\xFF", 3));
        case ReceiptType::kPng:
            return bytes.starts_with(std::string_view("\x89PNG\r\n\x1A\n", 8));
        case ReceiptType::kPdf:
            return bytes.starts_with("%PDF-");
    }
    return false;
}

// "image/jpeg; charset=binary" → "image/jpeg", lower-cased.
std::string MediaType(std::string_view content_type) {
    std::string out;
    for (const char c : content_type.substr(0, content_type.find(';'))) {
        if (c == ' ' || c == '\t') continue;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

}  // namespace

Result<ReceiptType> CheckReceipt(std::string_view content_type, std::string_view bytes) {
    if (bytes.empty()) {
        return Fail(Error::InvalidArgument("attach a file", {{"file", "required"}}));
    }
    if (bytes.size() > kMaxReceiptBytes) {
        return Fail(
            Error::InvalidArgument("the file is larger than 1 MB", {{"file", "too_large"}}));
    }
    const auto type = kReceiptTypeNames.Parse(MediaType(content_type));
    if (!type) {
        return Fail(Error::InvalidArgument("a receipt is a JPEG or PNG photo or a PDF",
                                           {{"file", "unsupported_type"}}));
    }
    if (!StartsAs(*type, bytes)) {
        return Fail(Error::InvalidArgument("the file is not what its type says",
                                           {{"file", "type_mismatch"}}));
    }
    return *type;
}

}  // namespace kefu::expenses
