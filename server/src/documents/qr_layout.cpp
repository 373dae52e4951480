// Layout of QR code blocks: the symbol with its quiet zone, and a caption centred under it.
#include <algorithm>

#include "documents/block_layout.hpp"
#include "documents/cell_row.hpp"
#include "documents/qr_matrix.hpp"

namespace kefu::documents {
namespace {

/// White modules around the symbol that scanners need to find it.
constexpr int kQuietZone = 4;
constexpr double kMinCaptionWidth = Mm(40.0);
constexpr double kGap = Mm(0.5);
constexpr double kSpaceAfter = Mm(3.0);

}  // namespace

Result<void> LayOut(LayoutContext& context, const QrCode& qr, const std::string& path) {
    auto matrix = EncodeQr(qr.text);
    if (!matrix) {
        if (matrix.error().code() != ErrorCode::kInvalidArgument) return Fail(matrix.error());
        return Fail(
            Error::InvalidArgument(matrix.error().message(), {{path + ".text", "too_long"}}));
    }
    const double size = Mm(qr.size_mm);
    const double left = AlignedLeft(qr.align, size);
    const double caption_width = std::max(size, kMinCaptionWidth);
    const double caption_left = std::clamp(left + (size - caption_width) / 2,
                                           kMarginLeft,
                                           kMarginLeft + kContentWidth - caption_width);
    const TextBox caption =
        context.text.Lay(qr.caption, {.size_pt = kSmallPt, .align = Align::kCenter}, caption_width);
    const double caption_height = qr.caption.empty() ? 0.0 : kGap + caption.height();

    PageFlow& flow = context.flow;
    flow.EnsureSpace(size + caption_height + kSpaceAfter);
    const double top = flow.y();
    flow.Draw([symbol = std::move(*matrix),
               size,
               left,
               top,
               caption,
               caption_left,
               qr_has_caption = !qr.caption.empty()](cairo_t* cr) {
        const double module = size / (symbol.size + 2 * kQuietZone);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_rectangle(cr, left, top, size, size);
        cairo_fill(cr);
        // All dark modules in one path and one fill: adjacent squares merge without seams.
        cairo_set_source_rgb(cr, 0, 0, 0);
        for (int row = 0; row < symbol.size; ++row) {
            for (int column = 0; column < symbol.size; ++column) {
                if (!symbol.IsDark(row, column)) continue;
                cairo_rectangle(cr,
                                left + (column + kQuietZone) * module,
                                top + (row + kQuietZone) * module,
                                module,
                                module);
            }
        }
        cairo_fill(cr);
        if (qr_has_caption) caption.Draw(cr, caption_left, top + size + kGap);
    });
    flow.Advance(std::min(size + caption_height + kSpaceAfter, flow.Remaining()));
    return CheckPageLimit(flow);
}

}  // namespace kefu::documents
