#include "documents/pdf_renderer.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <exception>
#include <map>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "documents/block_layout.hpp"
#include "documents/cairo_handles.hpp"
#include "documents/document_validation.hpp"
#include "documents/page_flow.hpp"
#include "documents/page_geometry.hpp"
#include "documents/text_engine.hpp"

namespace kefu::documents {
namespace {

constexpr double kFooterRule = kContentBottom + Mm(4.0);
constexpr double kHashPt = 7.0;
constexpr double kLabelPadX = Mm(2.0);
constexpr double kLabelPadY = Mm(0.8);
constexpr double kLabelSpaceAfter = Mm(1.5);
constexpr double kCutLineSpace = Mm(8.0);
/// A copy sharing a sheet only starts there when its beginning fits below the cut line.
constexpr double kMinCopyStart = Mm(40.0);

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
    // Called from C: nothing may be thrown through cairo.
    try {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    } catch (...) {
        return CAIRO_STATUS_NO_MEMORY;
    }
}

std::string ReplaceAll(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

/// The boxed copy label at the top right of every page of one copy.
class CopyLabel {
public:
    CopyLabel(const TextEngine& text, std::string_view label)
        : box_(text.Lay(label, {.size_pt = kBodyPt, .bold = true}, 0)) {}

    double height() const { return box_.height() + 2 * kLabelPadY + kLabelSpaceAfter; }

    void Place(PageFlow& flow) const {
        const double top = flow.y();
        flow.Draw([box = box_, top](cairo_t* cr) {
            const double width = box.width() + 2 * kLabelPadX;
            const double left = kMarginLeft + kContentWidth - width;
            cairo_set_source_rgb(cr, 0, 0, 0);
            cairo_set_line_width(cr, kLineWidth);
            cairo_rectangle(cr, left, top, width, box.height() + 2 * kLabelPadY);
            cairo_stroke(cr);
            box.Draw(cr, left + kLabelPadX, top + kLabelPadY);
        });
        flow.Advance(height());
    }

private:
    TextBox box_;
};

void PlaceCutLine(PageFlow& flow) {
    const double y = flow.y() + kCutLineSpace / 2;
    flow.Draw([y](cairo_t* cr) {
        const double dashes[] = {Mm(2.0), Mm(1.5)};
        cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
        cairo_set_line_width(cr, kLineWidth);
        cairo_set_dash(cr, dashes, 2, 0);
        cairo_move_to(cr, kMarginLeft, y);
        cairo_line_to(cr, kMarginLeft + kContentWidth, y);
        cairo_stroke(cr);
    });
    flow.Advance(kCutLineSpace);
}

Result<std::vector<LaidOutPage>> Paginate(const Document& document, const TextEngine& text) {
    PageFlow flow;
    LayoutContext context{.flow = flow, .text = text};
    std::vector<std::string> copies = document.copies;
    if (copies.empty()) copies.emplace_back();
    for (std::size_t copy = 0; copy < copies.size(); ++copy) {
        const bool same_sheet = copy > 0 && document.copy_layout == CopyLayout::kSameSheet;
        flow.SetGroup(same_sheet ? 0 : static_cast<int>(copy));
        std::optional<CopyLabel> label;
        if (!copies[copy].empty()) label.emplace(text, copies[copy]);
        const double label_height = label ? label->height() : 0.0;

        if (same_sheet) {
            flow.EnsureSpace(kCutLineSpace + label_height + kMinCopyStart);
            if (!flow.AtPageTop()) PlaceCutLine(flow);
            if (label) label->Place(flow);
        }
        bool pushed = false;
        if (label) {
            pushed =
                flow.PushPageStart([label](PageFlow& next) { label->Place(next); }, label_height);
        }
        if (!same_sheet) flow.NewPage();
        Result<void> placed;
        for (std::size_t i = 0; i < document.blocks.size() && placed; ++i) {
            const std::string path = fmt::format("blocks[{}]", i);
            placed = std::visit([&](const auto& block) { return LayOut(context, block, path); },
                                document.blocks[i]);
        }
        if (pushed) flow.PopPageStart();
        KEFU_TRY(placed);
    }
    return flow.TakePages();
}

void DrawFooter(cairo_t* cr, const TextEngine& text, const Footer& footer, int page, int pages) {
    cairo_set_source_rgb(cr, 0.5, 0.5, 0.5);
    cairo_set_line_width(cr, 0.4);
    cairo_move_to(cr, kMarginLeft, kFooterRule);
    cairo_line_to(cr, kMarginLeft + kContentWidth, kFooterRule);
    cairo_stroke(cr);

    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    const double line_top = kFooterRule + Mm(1.2);
    double bottom = line_top;
    if (!footer.text.empty()) {
        const TextBox left = text.Lay(footer.text, {.size_pt = kSmallPt}, kContentWidth * 0.7);
        left.Draw(cr, kMarginLeft, line_top);
        bottom = std::max(bottom, line_top + left.height());
    }
    if (!footer.page_format.empty()) {
        const std::string number =
            ReplaceAll(ReplaceAll(footer.page_format, "{pages}", std::to_string(pages)),
                       "{page}",
                       std::to_string(page));
        const TextBox right =
            text.Lay(number, {.size_pt = kSmallPt, .align = Align::kRight}, kContentWidth);
        right.Draw(cr, kMarginLeft, line_top);
        bottom = std::max(bottom, line_top + right.height());
    }
    if (!footer.hash_line.empty()) {
        const TextBox hash =
            text.Lay(footer.hash_line, {.size_pt = kHashPt, .monospace = true}, kContentWidth);
        hash.Draw(cr, kMarginLeft, bottom + Mm(0.3));
    }
}

void SetMetadata(cairo_surface_t* surface, const Document& document) {
    if (!document.title.empty()) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
    }
    if (!document.author.empty()) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.author.c_str());
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "kefu");
    if (!document.created_at.empty()) {
        cairo_pdf_surface_set_metadata(
            surface, CAIRO_PDF_METADATA_CREATE_DATE, document.created_at.c_str());
    }
}

Result<std::string> Render(const Document& document) {
    KEFU_TRY(ValidateDocument(document));
    KEFU_ASSIGN_OR_RETURN(const TextEngine::Lease engine, TextEngine::Borrow());
    const TextEngine& text = *engine;
    KEFU_ASSIGN_OR_RETURN(std::vector<LaidOutPage> pages, Paginate(document, text));

    std::map<int, int> group_sizes;
    for (const LaidOutPage& page : pages) ++group_sizes[page.group];

    std::string pdf;
    SurfacePtr surface(
        cairo_pdf_surface_create_for_stream(AppendToString, &pdf, kPageWidth, kPageHeight));
    SetMetadata(surface.get(), document);
    {
        const CairoPtr cr(cairo_create(surface.get()));
        std::map<int, int> numbers;
        for (const LaidOutPage& page : pages) {
            for (const DrawOp& op : page.ops) {
                cairo_save(cr.get());
                op(cr.get());
                cairo_restore(cr.get());
            }
            cairo_save(cr.get());
            DrawFooter(
                cr.get(), text, document.footer, ++numbers[page.group], group_sizes[page.group]);
            cairo_restore(cr.get());
            cairo_show_page(cr.get());
            if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) break;
        }
        if (const cairo_status_t status = cairo_status(cr.get()); status != CAIRO_STATUS_SUCCESS) {
            return Fail(Error::Internal(
                fmt::format("cairo drawing failed: {}", cairo_status_to_string(status))));
        }
    }
    cairo_surface_finish(surface.get());
    if (const cairo_status_t status = cairo_surface_status(surface.get());
        status != CAIRO_STATUS_SUCCESS) {
        return Fail(Error::Internal(
            fmt::format("cairo PDF output failed: {}", cairo_status_to_string(status))));
    }
    return pdf;
}

}  // namespace

Result<std::string> RenderPdf(const Document& document) {
    try {
        return Render(document);
    } catch (const std::bad_alloc&) {
        return Fail(Error::Internal("out of memory while rendering a PDF"));
    } catch (const std::exception& error) {
        return Fail(Error::Internal(fmt::format("rendering a PDF failed: {}", error.what())));
    }
}

}  // namespace kefu::documents
