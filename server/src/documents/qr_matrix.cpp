#include "documents/qr_matrix.hpp"

#include <qrencode.h>

#include <cerrno>
#include <cstddef>

#include "documents/cairo_handles.hpp"

namespace kefu::documents {

Result<QrMatrix> EncodeQr(std::string_view text) {
    if (text.empty()) return Fail(Error::InvalidArgument("QR code text is empty"));
    // libqrencode is thread-safe: it guards its shared Reed-Solomon tables with a mutex.
    errno = 0;
    const QrCodePtr code(QRcode_encodeData(static_cast<int>(text.size()),
                                           reinterpret_cast<const unsigned char*>(text.data()),
                                           0,
                                           QR_ECLEVEL_M));
    if (!code) {
        if (errno == ERANGE) return Fail(Error::InvalidArgument("text too long for a QR code"));
        return Fail(Error::Internal("libqrencode failed"));
    }
    QrMatrix matrix;
    matrix.size = code->width;
    const auto modules =
        static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
    matrix.dark.reserve(modules);
    for (std::size_t i = 0; i < modules; ++i) {
        matrix.dark.push_back((code->data[i] & 1U) != 0);
    }
    return matrix;
}

}  // namespace kefu::documents
