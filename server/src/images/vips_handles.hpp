// Owning smart pointers for what libvips hands out, so every early return releases what was
// made so far: images and sources are GObjects, saved buffers are g_malloc'ed.
#pragma once

#include <vips/vips.h>

#include <memory>

namespace kefu::images {

/// Calls g_object_unref.
struct GObjectDeleter {
    void operator()(gpointer object) const { g_object_unref(object); }
};
/// Calls g_free.
struct GFreeDeleter {
    void operator()(gpointer memory) const { g_free(memory); }
};

/// An owned image (a lazy pipeline until something reads its pixels).
using ImagePtr = std::unique_ptr<VipsImage, GObjectDeleter>;
/// An owned source reading from memory that the caller keeps alive.
using SourcePtr = std::unique_ptr<VipsSource, GObjectDeleter>;
/// An owned buffer written by a vips_*save_buffer call.
using BufferPtr = std::unique_ptr<void, GFreeDeleter>;

}  // namespace kefu::images
