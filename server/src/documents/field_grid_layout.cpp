// Layout of form field grids: shaded label cells beside bordered value cells, as on paper.
#include <algorithm>
#include <cstddef>
#include <vector>

#include "documents/block_layout.hpp"
#include "documents/cell_row.hpp"

namespace kefu::documents {
namespace {

constexpr CellPadding kPadding{.x = Mm(1.5), .y = Mm(1.5)};
constexpr double kSpaceAfter = Mm(3.0);
constexpr double kMinLabelWidth = Mm(14.0);
/// At most this share of a pair's width goes to the label; longer labels wrap.
constexpr double kMaxLabelShare = 0.45;

/// A field placed in a row, with the number of pair slots it covers.
struct Slot {
    const Field* field;
    int span;
};

/// Fields packed into rows of `pairs` slots. A field that does not fit the rest of a row
/// starts the next one, and the field before it widens so rows have no holes.
std::vector<std::vector<Slot>> PackRows(const std::vector<Field>& fields, int pairs) {
    std::vector<std::vector<Slot>> rows;
    std::vector<Slot> row;
    int used = 0;
    const auto close = [&] {
        if (row.empty()) return;
        row.back().span += pairs - used;
        rows.push_back(std::move(row));
        row.clear();
        used = 0;
    };
    for (const Field& field : fields) {
        const int span = std::clamp(field.span, 1, pairs);
        if (used + span > pairs) close();
        row.push_back({&field, span});
        used += span;
    }
    close();
    return rows;
}

}  // namespace

Result<void> LayOut(LayoutContext& context, const FieldGrid& grid, const std::string& /*path*/) {
    const int pairs = std::clamp(grid.pairs_per_row, 1, 4);
    const double slot = kContentWidth / pairs;
    const TextStyle label_style{.size_pt = kBodyPt};
    double natural = 0;
    for (const Field& field : grid.fields) {
        natural = std::max(natural, context.text.Lay(field.label, label_style, 0).width());
    }
    const double label_width =
        std::clamp(natural + 2 * kPadding.x + 1.0, kMinLabelWidth, slot * kMaxLabelShare);

    for (const std::vector<Slot>& slots : PackRows(grid.fields, pairs)) {
        std::vector<Cell> cells;
        double x = kMarginLeft;
        for (const Slot& item : slots) {
            Cell label =
                MakeCell(context.text, item.field->label, label_style, x, label_width, kPadding);
            label.fill_gray = kLabelGray;
            cells.push_back(std::move(label));
            const double value_width = slot * item.span - label_width;
            cells.push_back(MakeCell(context.text,
                                     item.field->value,
                                     {.size_pt = kBodyPt},
                                     x + label_width,
                                     value_width,
                                     kPadding));
            x += slot * item.span;
        }
        KEFU_TRY(PlaceRow(context.flow, cells, kPadding));
    }
    if (!grid.fields.empty()) {
        context.flow.Advance(std::min(kSpaceAfter, context.flow.Remaining()));
    }
    return {};
}

}  // namespace kefu::documents
