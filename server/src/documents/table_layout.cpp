// Layout of tables: proportional columns, a header row repeated on every page, wrapped cells.
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

#include "documents/block_layout.hpp"
#include "documents/cell_row.hpp"

namespace kefu::documents {
namespace {

constexpr CellPadding kPadding{.x = Mm(1.5), .y = Mm(1.2)};
constexpr double kSpaceAfter = Mm(3.0);
/// A table does not start unless its header and about two lines of its first row fit.
constexpr double kMinStart = Mm(10.0);

std::vector<Cell> MakeRow(const TextEngine& text,
                          const std::vector<std::string>& contents,
                          const std::vector<Column>& columns,
                          const std::vector<double>& widths,
                          bool bold) {
    std::vector<Cell> row;
    double x = kMarginLeft;
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const TextStyle style{.size_pt = kTablePt, .bold = bold, .align = columns[i].align};
        row.push_back(MakeCell(text, contents[i], style, x, widths[i], kPadding));
        x += widths[i];
    }
    return row;
}

}  // namespace

Result<void> LayOut(LayoutContext& context, const Table& table, const std::string& /*path*/) {
    const double total_weight = std::accumulate(
        table.columns.begin(), table.columns.end(), 0.0, [](double sum, const Column& column) {
            return sum + column.weight;
        });
    std::vector<double> widths;
    widths.reserve(table.columns.size());
    for (const Column& column : table.columns) {
        widths.push_back(kContentWidth * column.weight / total_weight);
    }

    std::vector<Cell> header;
    double x = kMarginLeft;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const TextStyle style{.size_pt = kTablePt, .bold = true, .align = Align::kCenter};
        Cell cell = MakeCell(context.text, table.columns[i].title, style, x, widths[i], kPadding);
        cell.fill_gray = kHeaderGray;
        header.push_back(std::move(cell));
        x += widths[i];
    }

    PageFlow& flow = context.flow;
    const double header_height = RowHeight(header, kPadding);
    double first_row = 0;
    if (!table.rows.empty()) {
        first_row = std::min(
            RowHeight(MakeRow(context.text, table.rows.front(), table.columns, widths, false),
                      kPadding),
            kMinStart);
    }
    flow.EnsureSpace(header_height + first_row);
    KEFU_TRY(PlaceRow(flow, header, kPadding));
    // A header taller than half a page is not repeated (the hook is refused): the body must
    // still fit on the following pages.
    const bool repeated = flow.PushPageStart(
        [header](PageFlow& next) { DrawRow(next, header, kPadding); }, header_height);

    Result<void> placed;
    for (const auto& contents : table.rows) {
        placed =
            PlaceRow(flow, MakeRow(context.text, contents, table.columns, widths, false), kPadding);
        if (!placed) break;
    }
    for (const auto& contents : table.total_rows) {
        if (!placed) break;
        placed =
            PlaceRow(flow, MakeRow(context.text, contents, table.columns, widths, true), kPadding);
    }
    if (repeated) flow.PopPageStart();
    KEFU_TRY(placed);
    flow.Advance(std::min(kSpaceAfter, flow.Remaining()));
    return {};
}

}  // namespace kefu::documents
