#include "documents/text_engine.hpp"

#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace kefu::documents {
namespace {

double FromPango(int units) { return static_cast<double>(units) / PANGO_SCALE; }
int ToPango(double points) { return static_cast<int>(std::lround(points * PANGO_SCALE)); }

FontDescriptionPtr Describe(const TextStyle& style) {
    FontDescriptionPtr description(pango_font_description_new());
    pango_font_description_set_family(description.get(),
                                      style.monospace ? kMonospaceFamily : kFontFamily);
    pango_font_description_set_weight(description.get(),
                                      style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    // Absolute size: device units are points on a PDF surface, whatever the resolution.
    pango_font_description_set_absolute_size(description.get(),
                                             static_cast<double>(ToPango(style.size_pt)));
    return description;
}

/// The family fontconfig actually picked for `family`, to catch a silent substitution.
std::string LoadedFamily(PangoFontMap* font_map,
                         PangoContext* context,
                         const char* family,
                         bool bold) {
    const FontDescriptionPtr wanted = Describe({.size_pt = 10.0, .bold = bold});
    pango_font_description_set_family(wanted.get(), family);
    GObjectPtr<PangoFont> font(pango_font_map_load_font(font_map, context, wanted.get()));
    if (!font) return {};
    const FontDescriptionPtr loaded(pango_font_describe(font.get()));
    const char* name = pango_font_description_get_family(loaded.get());
    return name != nullptr ? name : "";
}

/// Marks every run of ASCII characters to be set in kLatinFamily (see there why).
void SetLatinRuns(PangoLayout* layout, std::string_view text) {
    PangoAttrList* attributes = pango_attr_list_new();
    std::size_t at = 0;
    while (at < text.size()) {
        const auto is_ascii = [&](std::size_t i) {
            const auto c = static_cast<unsigned char>(text[i]);
            return c >= 0x20 && c < 0x7f;
        };
        if (!is_ascii(at)) {
            ++at;
            continue;
        }
        const std::size_t start = at;
        while (at < text.size() && is_ascii(at)) ++at;
        PangoAttribute* family = pango_attr_family_new(kLatinFamily);
        family->start_index = static_cast<guint>(start);
        family->end_index = static_cast<guint>(at);
        pango_attr_list_insert(attributes, family);  // the list takes ownership
    }
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);
}

/// Idle engines kept for reuse; more than this many at once are created and dropped.
constexpr std::size_t kMaxIdleEngines = 8;

struct Pool {
    std::mutex mutex;
    std::vector<std::unique_ptr<TextEngine>> idle;
};

Pool& EnginePool() {
    // Never destroyed: a render still running on another thread at exit must not find the pool
    // gone. The idle engines stay reachable from here, so leak checkers do not count them.
    static Pool* const pool = new Pool();
    return *pool;
}

PangoAlignment ToPango(Align align) {
    switch (align) {
        case Align::kCenter:
            return PANGO_ALIGN_CENTER;
        case Align::kRight:
            return PANGO_ALIGN_RIGHT;
        case Align::kLeft:
            break;
    }
    return PANGO_ALIGN_LEFT;
}

}  // namespace

void TextBox::Draw(cairo_t* cr, double x, double y) const {
    cairo_save(cr);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout_.get());
    cairo_restore(cr);
}

void TextEngine::Return::operator()(TextEngine* engine) const {
    std::unique_ptr<TextEngine> owned(engine);
    Pool& pool = EnginePool();
    const std::lock_guard lock(pool.mutex);
    if (pool.idle.size() < kMaxIdleEngines) pool.idle.push_back(std::move(owned));
}

Result<TextEngine::Lease> TextEngine::Borrow() {
    Pool& pool = EnginePool();
    {
        const std::lock_guard lock(pool.mutex);
        if (!pool.idle.empty()) {
            Lease lease(pool.idle.back().release());
            pool.idle.pop_back();
            return lease;
        }
    }
    // Created outside the lock: loading fonts takes milliseconds and must not hold up others.
    KEFU_ASSIGN_OR_RETURN(TextEngine engine, Create());
    return Lease(new TextEngine(std::move(engine)));
}

Result<TextEngine> TextEngine::Create() {
    GObjectPtr<PangoFontMap> font_map(pango_cairo_font_map_new());
    if (!font_map) return Fail(Error::Internal("pango: no font map"));
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(font_map.get()), 72.0);
    GObjectPtr<PangoContext> context(pango_font_map_create_context(font_map.get()));
    if (!context) return Fail(Error::Internal("pango: no context"));
    pango_cairo_context_set_resolution(context.get(), 72.0);
    pango_context_set_language(context.get(), pango_language_from_string("zh-cn"));

    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context.get(), options);
    cairo_font_options_destroy(options);

    // Each face the layouts ask for must be the real one: fontconfig would otherwise substitute
    // a font without Chinese glyphs or with other widths, silently.
    struct Face {
        const char* family;
        bool bold;
    };
    for (const Face face : {Face{kFontFamily, false},
                            Face{kFontFamily, true},
                            Face{kLatinFamily, false},
                            Face{kLatinFamily, true},
                            Face{kMonospaceFamily, false}}) {
        const std::string loaded =
            LoadedFamily(font_map.get(), context.get(), face.family, face.bold);
        if (loaded != face.family) {
            return Fail(Error::FailedPrecondition(
                fmt::format("font \"{}\" is not installed (Debian package fonts-noto-cjk); "
                            "fontconfig offered \"{}\"",
                            face.family,
                            loaded)));
        }
    }
    return TextEngine(std::move(font_map), std::move(context));
}

TextBox TextEngine::Lay(std::string_view text, const TextStyle& style, double width_pt) const {
    std::shared_ptr<PangoLayout> layout(pango_layout_new(context_.get()), GObjectDeleter{});
    const FontDescriptionPtr description = Describe(style);
    pango_layout_set_font_description(layout.get(), description.get());
    // set_text, never set_markup: the text is data and must not be read as pango markup.
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    if (!style.monospace) SetLatinRuns(layout.get(), text);
    if (width_pt > 0) {
        pango_layout_set_width(layout.get(), ToPango(width_pt));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout.get(), ToPango(style.align));
    }

    PangoRectangle logical{};
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    std::vector<double> line_bottoms;
    PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
    do {
        int top = 0;
        int bottom = 0;
        pango_layout_iter_get_line_yrange(iter, &top, &bottom);
        line_bottoms.push_back(FromPango(bottom));
    } while (pango_layout_iter_next_line(iter) != FALSE);
    pango_layout_iter_free(iter);

    const double height = FromPango(logical.height);
    if (line_bottoms.empty() || line_bottoms.back() < height) line_bottoms.push_back(height);
    return {std::move(layout), FromPango(logical.width), height, std::move(line_bottoms)};
}

}  // namespace kefu::documents
