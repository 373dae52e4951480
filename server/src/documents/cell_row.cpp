#include "documents/cell_row.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "documents/document_limits.hpp"

namespace kefu::documents {
namespace {

/// The part of each cell's text shown on one page: [from, to) in points from the text's top.
struct Slice {
    double from = 0;
    double to = 0;
};

/// Records one page's piece of the row: fills first, then text, then borders, so that a
/// neighbour's fill never paints over a border.
void DrawFragment(PageFlow& flow,
                  const std::vector<Cell>& cells,
                  const std::vector<Slice>& slices,
                  CellPadding padding,
                  double height) {
    const double top = flow.y();
    flow.Draw([cells, slices, padding, top, height](cairo_t* cr) {
        for (const Cell& cell : cells) {
            if (cell.fill_gray >= 1.0) continue;
            cairo_set_source_rgb(cr, cell.fill_gray, cell.fill_gray, cell.fill_gray);
            cairo_rectangle(cr, cell.x, top, cell.width, height);
            cairo_fill(cr);
        }
        cairo_set_source_rgb(cr, 0, 0, 0);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const Cell& cell = cells[i];
            const Slice& slice = slices[i];
            if (slice.to <= slice.from) continue;
            const bool whole = slice.from <= 0 && slice.to >= cell.text.height();
            cairo_save(cr);
            if (!whole) {
                // Only the lines of this slice: the rest is on the previous or next page.
                cairo_rectangle(cr, cell.x, top + padding.y, cell.width, slice.to - slice.from);
                cairo_clip(cr);
            }
            cell.text.Draw(cr, cell.x + padding.x, top + padding.y - slice.from);
            cairo_restore(cr);
        }
        cairo_set_line_width(cr, kLineWidth);
        for (const Cell& cell : cells) {
            if (!cell.border) continue;
            cairo_rectangle(cr, cell.x, top, cell.width, height);
            cairo_stroke(cr);
        }
    });
    flow.Advance(height);
}

/// Where the slice starting at `from` must end to fit in `room`: the bottom of the last whole
/// line that fits, or `from` when not even one line does.
double CutAt(const TextBox& text, double from, double room) {
    double cut = from;
    for (const double bottom : text.line_bottoms()) {
        if (bottom <= from) continue;
        if (bottom - from > room) break;
        cut = bottom;
    }
    return cut;
}

}  // namespace

void DrawRow(PageFlow& flow, const std::vector<Cell>& cells, CellPadding padding) {
    std::vector<Slice> whole;
    whole.reserve(cells.size());
    for (const Cell& cell : cells) whole.push_back({0, cell.text.height()});
    DrawFragment(flow, cells, whole, padding, RowHeight(cells, padding));
}

Cell MakeCell(const TextEngine& text,
              std::string_view content,
              const TextStyle& style,
              double x,
              double width,
              CellPadding padding) {
    return Cell{.x = x,
                .width = width,
                .text = text.Lay(content, style, width - 2 * padding.x),
                .fill_gray = 1.0,
                .border = true};
}

double RowHeight(const std::vector<Cell>& cells, CellPadding padding) {
    double text = 0;
    for (const Cell& cell : cells) text = std::max(text, cell.text.height());
    return text + 2 * padding.y;
}

Result<void> CheckPageLimit(const PageFlow& flow) {
    if (flow.page_count() > kMaxPages) {
        return Fail(Error::InvalidArgument("document too long", {{"blocks", "too_many_pages"}}));
    }
    return {};
}

Result<void> PlaceRow(PageFlow& flow, const std::vector<Cell>& cells, CellPadding padding) {
    const double height = RowHeight(cells, padding);
    if (height > flow.Remaining() && height <= flow.Capacity()) flow.EnsureSpace(height);
    if (height <= flow.Remaining()) {
        DrawRow(flow, cells, padding);
        return CheckPageLimit(flow);
    }

    // Taller than a page: show as many whole lines of each cell as fit, then continue.
    std::vector<Slice> slices(cells.size());
    for (;;) {
        const double room = flow.Remaining() - 2 * padding.y;
        bool progress = false;
        bool finished = true;
        double tallest = 0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const TextBox& text = cells[i].text;
            Slice& slice = slices[i];
            slice.from = slice.to;
            if (slice.from >= text.height()) continue;
            slice.to = CutAt(text, slice.from, room);
            if (slice.to <= slice.from && flow.AtPageTop() && room > 0) {
                // A single line taller than a whole page: cut through it rather than loop.
                slice.to = std::min(text.height(), slice.from + room);
            }
            progress = progress || slice.to > slice.from;
            finished = finished && slice.to >= text.height();
            tallest = std::max(tallest, slice.to - slice.from);
        }
        if (progress) DrawFragment(flow, cells, slices, padding, tallest + 2 * padding.y);
        if (finished) break;
        flow.NewPage();
        KEFU_TRY(CheckPageLimit(flow));
    }
    return CheckPageLimit(flow);
}

}  // namespace kefu::documents
