// A row of text cells (a table row, a row of form fields, a paragraph) placed on the page flow;
// a row taller than the space left continues on the next page, broken between text lines.
#pragma once

#include <string_view>
#include <vector>

#include "documents/page_flow.hpp"
#include "documents/text_engine.hpp"
#include "platform/error.hpp"

namespace kefu::documents {

/// One cell: its box across the row and the text inside, laid out `padding_x` narrower than
/// the box on each side.
struct Cell {
    double x = 0;
    double width = 0;
    TextBox text;
    double fill_gray = 1.0;  ///< background grey level; 1 = no fill
    bool border = true;
};

/// Space between a cell's border and its text.
struct CellPadding {
    double x = 0;
    double y = 0;
};

/// Places the row at the flow's position and advances past it. The row moves to a new page
/// when it does not fit but would on a fresh one; otherwise it is split between lines and
/// continues on as many pages as it needs. INVALID_ARGUMENT (too_many_pages) when the
/// document outgrows kMaxPages.
Result<void> PlaceRow(PageFlow& flow, const std::vector<Cell>& cells, CellPadding padding);

/// Draws a row known to fit in the space left (a repeated table header) and advances past it.
void DrawRow(PageFlow& flow, const std::vector<Cell>& cells, CellPadding padding);

/// A cell whose text is laid out in `style` to fit the box less its padding.
Cell MakeCell(const TextEngine& text,
              std::string_view content,
              const TextStyle& style,
              double x,
              double width,
              CellPadding padding);

/// The height PlaceRow needs for `cells` on one page.
double RowHeight(const std::vector<Cell>& cells, CellPadding padding);

/// INVALID_ARGUMENT (too_many_pages) once the flow has more than kMaxPages pages.
Result<void> CheckPageLimit(const PageFlow& flow);

}  // namespace kefu::documents
