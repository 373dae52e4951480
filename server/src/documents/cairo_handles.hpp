// Owning smart pointers for the cairo, pango and libqrencode objects the renderer creates, so
// every early error return releases what was made so far.
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>
#include <qrencode.h>

#include <memory>

namespace kefu::documents {

/// Calls cairo_surface_destroy.
struct CairoSurfaceDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
/// Calls cairo_destroy.
struct CairoDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
/// Calls g_object_unref.
struct GObjectDeleter {
    void operator()(gpointer object) const { g_object_unref(object); }
};
/// Calls pango_font_description_free.
struct FontDescriptionDeleter {
    void operator()(PangoFontDescription* description) const {
        pango_font_description_free(description);
    }
};
/// Calls QRcode_free.
struct QrCodeDeleter {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

/// An owned cairo surface (PDF or image).
using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoSurfaceDeleter>;
/// An owned cairo drawing context.
using CairoPtr = std::unique_ptr<cairo_t, CairoDeleter>;
/// An owned GObject (font map, pango context, layout, font).
template <class T>
using GObjectPtr = std::unique_ptr<T, GObjectDeleter>;
/// An owned pango font description.
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionDeleter>;
/// An owned libqrencode symbol.
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

}  // namespace kefu::documents
