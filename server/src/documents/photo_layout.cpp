// Layout of photo blocks: the photo scaled to fit, with a caption centred under it.
#include <algorithm>

#include "documents/block_layout.hpp"
#include "documents/cell_row.hpp"
#include "documents/jpeg_image.hpp"

namespace kefu::documents {
namespace {

constexpr double kGap = Mm(1.0);
constexpr double kSpaceAfter = Mm(3.0);
constexpr double kFrameWidth = 0.5;

}  // namespace

Result<void> LayOut(LayoutContext& context, const Photo& photo, const std::string& path) {
    KEFU_ASSIGN_OR_RETURN(ImagePtr image, WrapJpeg(photo.jpeg, path + ".jpeg"));
    const TextBox caption = context.text.Lay(
        photo.caption, {.size_pt = kSmallPt, .align = Align::kCenter}, kContentWidth);
    const double caption_height = photo.caption.empty() ? 0.0 : kGap + caption.height();

    PageFlow& flow = context.flow;
    // Never taller than a fresh page holds, so the photo always fits somewhere whole.
    const double max_height =
        std::min(Mm(photo.max_height_mm), flow.Capacity() - caption_height - kSpaceAfter);
    const double pixels_wide = cairo_image_surface_get_width(image.get());
    const double pixels_high = cairo_image_surface_get_height(image.get());
    const double scale = std::min(kContentWidth / pixels_wide, max_height / pixels_high);
    const double width = pixels_wide * scale;
    const double height = pixels_high * scale;
    const double left = AlignedLeft(photo.align, width);

    flow.EnsureSpace(height + caption_height + kSpaceAfter);
    const double top = flow.y();
    flow.Draw([image, scale, left, top, width, height, caption, caption_height](cairo_t* cr) {
        cairo_save(cr);
        cairo_translate(cr, left, top);
        cairo_scale(cr, scale, scale);
        cairo_set_source_surface(cr, image.get(), 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
        // A thin frame: a photo of white paper would otherwise have no edge on white paper.
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_set_line_width(cr, kFrameWidth);
        cairo_rectangle(cr, left, top, width, height);
        cairo_stroke(cr);
        if (caption_height > 0) caption.Draw(cr, kMarginLeft, top + height + kGap);
    });
    flow.Advance(std::min(height + caption_height + kSpaceAfter, flow.Remaining()));
    return CheckPageLimit(flow);
}

}  // namespace kefu::documents
