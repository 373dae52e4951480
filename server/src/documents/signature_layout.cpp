// Layout of signature rows: label, the signature image (or a line to sign on), signer and time.
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

#include "documents/block_layout.hpp"
#include "documents/cell_row.hpp"
#include "documents/png_image.hpp"

namespace kefu::documents {
namespace {

/// Height of the signature box: room for a pad image, or for signing by hand on paper.
constexpr double kImageHeight = Mm(18.0);
constexpr double kPaperHeight = Mm(12.0);
constexpr double kGap = Mm(1.0);
constexpr double kColumnGap = Mm(6.0);
constexpr double kSpaceAfter = Mm(3.0);

/// One signature ready to draw.
struct Box {
    double x;
    double width;
    TextBox label;
    TextBox caption;
    ImagePtr image;  // null: a line to sign on paper
};

void DrawImage(cairo_t* cr, const ImagePtr& image, double x, double y, double width) {
    // y is the box's top; the box is kImageHeight tall whenever the row has an image.
    const double pixels_wide = cairo_image_surface_get_width(image.get());
    const double pixels_high = cairo_image_surface_get_height(image.get());
    // Fit the box, keep the aspect ratio, sit on the box's bottom line like ink on a form.
    const double scale = std::min(width / pixels_wide, kImageHeight / pixels_high);
    cairo_save(cr);
    cairo_translate(cr, x, y + kImageHeight - pixels_high * scale);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, image.get(), 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
}

}  // namespace

Result<void> LayOut(LayoutContext& context, const SignatureRow& row, const std::string& path) {
    const double column = kContentWidth / static_cast<double>(row.signatures.size());
    const double width = column - kColumnGap;
    std::vector<Box> boxes;
    double label_height = 0;
    double caption_height = 0;
    for (std::size_t i = 0; i < row.signatures.size(); ++i) {
        const Signature& signature = row.signatures[i];
        ImagePtr image;
        if (!signature.png.empty()) {
            KEFU_ASSIGN_OR_RETURN(
                image, DecodePng(signature.png, fmt::format("{}.signatures[{}].png", path, i)));
        }
        std::string caption = signature.signer;
        if (!caption.empty() && !signature.signed_at.empty()) caption += "    ";
        caption += signature.signed_at;
        Box box{.x = kMarginLeft + column * static_cast<double>(i),
                .width = width,
                .label = context.text.Lay(signature.label, {.size_pt = kBodyPt}, width),
                .caption = context.text.Lay(caption, {.size_pt = kSmallPt}, width),
                .image = std::move(image)};
        label_height = std::max(label_height, box.label.height());
        caption_height = std::max(caption_height, box.caption.height());
        boxes.push_back(std::move(box));
    }

    const bool any_image = std::any_of(
        boxes.begin(), boxes.end(), [](const Box& box) { return box.image != nullptr; });
    const double box_height = any_image ? kImageHeight : kPaperHeight;
    PageFlow& flow = context.flow;
    const double height = label_height + kGap + box_height + kGap + caption_height;
    flow.EnsureSpace(height);  // the space after may fall off the page
    const double top = flow.y();
    flow.Draw([boxes, top, label_height, box_height](cairo_t* cr) {
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_set_line_width(cr, kLineWidth);
        const double image_top = top + label_height + kGap;
        for (const Box& box : boxes) {
            box.label.Draw(cr, box.x, top);
            if (box.image) {
                DrawImage(cr, box.image, box.x, image_top, box.width);
            } else {
                cairo_move_to(cr, box.x, image_top + box_height);
                cairo_line_to(cr, box.x + box.width, image_top + box_height);
                cairo_stroke(cr);
            }
            box.caption.Draw(cr, box.x, image_top + box_height + kGap);
        }
    });
    flow.Advance(std::min(height + kSpaceAfter, flow.Remaining()));
    return CheckPageLimit(flow);
}

}  // namespace kefu::documents
