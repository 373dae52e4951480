// Text setting for the PDF renderer: fonts, wrapping and line metrics through pango.
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include <memory>
#include <string_view>
#include <vector>

#include "documents/cairo_handles.hpp"
#include "documents/document.hpp"
#include "platform/error.hpp"

namespace kefu::documents {

/// The one family every document is set in (Debian fonts-noto-cjk): Chinese and Latin glyphs,
/// regular and bold, as CFF outlines that cairo subsets into the PDF.
inline constexpr const char* kFontFamily = "Noto Sans CJK SC";
/// The fixed-width face of the same family, for hash lines.
inline constexpr const char* kMonospaceFamily = "Noto Sans Mono CJK SC";
/// Where ASCII text is taken from: the same Latin design in another face of the same font
/// collection. cairo 1.16's CFF subsetter mis-parses some Latin glyph sequences ("号KF") and
/// then embeds every subroutine of the fonts it met, ~850 KB for the Chinese ideographs; with
/// Latin in a face of its own the blow-up stays in the small Latin subset (ADR 0005).
inline constexpr const char* kLatinFamily = "Noto Sans CJK JP";

/// How a piece of text is set.
struct TextStyle {
    double size_pt = 10.0;
    bool bold = false;
    Align align = Align::kLeft;
    bool monospace = false;
};

/// Text laid out by pango: its size in points and where each line ends, so a page break can
/// fall between two lines. Cheap to copy (the layout is shared).
class TextBox {
public:
    /// Made by TextEngine::Lay.
    TextBox(std::shared_ptr<PangoLayout> layout,
            double width,
            double height,
            std::vector<double> line_bottoms)
        : layout_(std::move(layout)),
          width_(width),
          height_(height),
          line_bottoms_(std::move(line_bottoms)) {}

    /// Width of the widest line (without wrapping: the natural width).
    double width() const { return width_; }
    /// Height of all lines together.
    double height() const { return height_; }
    /// Bottom of each line measured from the top of the text, increasing; the last is height().
    const std::vector<double>& line_bottoms() const { return line_bottoms_; }
    /// Draws the text with its top-left corner at (x, y).
    void Draw(cairo_t* cr, double x, double y) const;

private:
    std::shared_ptr<PangoLayout> layout_;
    double width_;
    double height_;
    std::vector<double> line_bottoms_;
};

/// A pango font map and context set up for PDF output. Thread safety: a TextEngine is not
/// thread-safe (pango font maps cache without locks, which is why pango's own default map is
/// per thread); a render call borrows one for its exclusive use (TextEngine::Borrow), so two
/// calls never share one, and what they do share, fontconfig's configuration and cairo's
/// font-face cache, is locked inside those libraries (fontconfig >= 2.10, cairo >= 1.10).
class TextEngine {
public:
    /// Puts a borrowed engine back into the pool.
    struct Return {
        /// Keeps the engine for the next call, or frees it when enough are idle.
        void operator()(TextEngine* engine) const;
    };
    /// An engine on loan to one render call.
    using Lease = std::unique_ptr<TextEngine, Return>;

    /// An engine for the caller's exclusive use until the lease ends: an idle one from a small
    /// process-wide pool, or a new one. Reusing engines keeps the loaded fonts and saves ~25 ms
    /// a document (ADR 0005). Errors as Create().
    static Result<Lease> Borrow();

    /// A font map at 72 dpi (1 pt = 1 unit) without hinting, so measuring and drawing agree.
    /// FAILED_PRECONDITION when a face of Noto Sans CJK (SC, JP, Mono SC) is not installed.
    static Result<TextEngine> Create();

    /// Lays out `text`, wrapping it at `width_pt` (no wrapping when width_pt <= 0) and
    /// aligning it inside that width.
    TextBox Lay(std::string_view text, const TextStyle& style, double width_pt) const;

private:
    TextEngine(GObjectPtr<PangoFontMap> font_map, GObjectPtr<PangoContext> context)
        : font_map_(std::move(font_map)), context_(std::move(context)) {}

    GObjectPtr<PangoFontMap> font_map_;
    GObjectPtr<PangoContext> context_;
};

}  // namespace kefu::documents
