// Layout of the plain-text blocks: heading, paragraph, spacer and page break.
#include <algorithm>
#include <array>
#include <cstddef>

#include "documents/block_layout.hpp"
#include "documents/cell_row.hpp"

namespace kefu::documents {
namespace {

struct HeadingLook {
    double size_pt;
    double space_before;
    double space_after;
};
constexpr std::array<HeadingLook, 3> kHeadingLooks{{
    {18.0, 0.0, Mm(4.0)},
    {13.0, Mm(3.0), Mm(2.0)},
    {11.0, Mm(2.0), Mm(1.5)},
}};
/// Room a heading wants below it on its page, so it does not end a page alone.
constexpr double kKeepWithNext = Mm(15.0);
constexpr double kParagraphSpacing = Mm(2.0);

}  // namespace

Result<void> LayOut(LayoutContext& context, const Heading& heading, const std::string& /*path*/) {
    const std::size_t level = static_cast<std::size_t>(std::clamp(heading.level, 1, 3)) - 1;
    const HeadingLook& look = kHeadingLooks[level];
    const TextBox box =
        context.text.Lay(heading.text,
                         {.size_pt = look.size_pt, .bold = true, .align = heading.align},
                         kContentWidth);
    PageFlow& flow = context.flow;
    flow.EnsureSpace(look.space_before + box.height() + look.space_after + kKeepWithNext);
    if (!flow.AtPageTop()) flow.Advance(look.space_before);
    const double top = flow.y();
    flow.Draw([box, top](cairo_t* cr) {
        cairo_set_source_rgb(cr, 0, 0, 0);
        box.Draw(cr, kMarginLeft, top);
    });
    flow.Advance(box.height() + look.space_after);
    return CheckPageLimit(flow);
}

Result<void> LayOut(LayoutContext& context,
                    const Paragraph& paragraph,
                    const std::string& /*path*/) {
    const TextStyle style{
        .size_pt = paragraph.size_pt, .bold = paragraph.bold, .align = paragraph.align};
    const CellPadding none{};
    Cell cell = MakeCell(context.text, paragraph.text, style, kMarginLeft, kContentWidth, none);
    cell.border = false;
    KEFU_TRY(PlaceRow(context.flow, {cell}, none));
    context.flow.Advance(std::min(kParagraphSpacing, context.flow.Remaining()));
    return {};
}

Result<void> LayOut(LayoutContext& context, const Spacer& spacer, const std::string& /*path*/) {
    // Never more than the page has left: the next block breaks the page if it needs to, and a
    // spacer at the end of a document does not add a blank page.
    context.flow.Advance(std::min(Mm(spacer.height_mm), context.flow.Remaining()));
    return {};
}

Result<void> LayOut(LayoutContext& context,
                    const PageBreak& /*page_break*/,
                    const std::string& /*path*/) {
    if (!context.flow.AtPageTop()) context.flow.NewPage();
    return CheckPageLimit(context.flow);
}

}  // namespace kefu::documents
