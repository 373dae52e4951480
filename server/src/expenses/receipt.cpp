#include "expenses/receipt.hpp"

#include "platform/media_type.hpp"

namespace kefu::expenses {

Result<ReceiptType> CheckReceipt(std::string_view content_type, std::string_view bytes) {
    if (bytes.empty()) {
        return Fail(Error::InvalidArgument("attach a file", {{"file", "required"}}));
    }
    if (bytes.size() > kMaxReceiptBytes) {
        return Fail(
            Error::InvalidArgument("the file is larger than 1 MB", {{"file", "too_large"}}));
    }
    const auto type = kReceiptTypeNames.Parse(MediaTypeOf(content_type));
    if (!type) {
        return Fail(Error::InvalidArgument("a receipt is a JPEG or PNG photo or a PDF",
                                           {{"file", "unsupported_type"}}));
    }
    if (SniffMediaType(bytes) != kReceiptTypeNames.Name(*type)) {
        return Fail(Error::InvalidArgument("the file is not what its type says",
                                           {{"file", "type_mismatch"}}));
    }
    return *type;
}

}  // namespace kefu::expenses
