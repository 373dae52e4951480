// Sanitizer settings for the document tests and bench. They only silence reports from inside
// the C libraries, which are not built with sanitizers; our own code stays fully checked.
#include <cstdlib>

// LeakSanitizer (ASan dev build): leaks reproduced with a plain C program that calls nothing
// of ours.
// - cairo 1.16 leaks 768 bytes per embedded CFF font each time a PDF surface is finished
//   (three faces: ~2.3 KB a document; ADR 0005). libcairo has no frame pointers, so the
//   recorded stack ends inside libcairo and only the module can be named. That would also hide
//   a cairo surface or context we forgot to destroy, which is why every one of ours is owned
//   by a unique_ptr (cairo_handles.hpp).
// - fontconfig's configuration parse and match caches (once per process, ~300 bytes), whose
//   pointers fontconfig stores as offsets that LeakSanitizer cannot follow.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the sanitizer runtime looks up
extern "C" const char* __lsan_default_suppressions();
// NOLINTNEXTLINE(bugprone-reserved-identifier)
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libcairo.so\n"
           "leak:libfontconfig.so\n";
}

// ThreadSanitizer (a `-DKEFU_SANITIZE=thread` build): glib locks with raw futexes and
// fontconfig/harfbuzz publish with atomics inside uninstrumented code, so TSan cannot see
// their synchronisation and reports the string and buffer functions they call (pango's
// "[pango] FcInit" thread handing fonts to ours, pango's shared hb_buffer under G_LOCK).
// called_from_lib drops only those intercepted calls made from these libraries.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the sanitizer runtime looks up
extern "C" const char* __tsan_default_suppressions();
// NOLINTNEXTLINE(bugprone-reserved-identifier)
extern "C" const char* __tsan_default_suppressions() {
    return "called_from_lib:libglib-2.0.so\n"
           "called_from_lib:libgobject-2.0.so\n"
           "called_from_lib:libfontconfig.so\n"
           "called_from_lib:libharfbuzz.so\n"
           "called_from_lib:libpango-1.0.so\n"
           "called_from_lib:libpangoft2-1.0.so\n"
           "called_from_lib:libpangocairo-1.0.so\n"
           "called_from_lib:libcairo.so\n"
           "called_from_lib:libfreetype.so\n";
}

#if defined(__SANITIZE_THREAD__)
namespace {
// GSlice recycles memory between threads through its own futex-locked magazines; plain malloc
// lets TSan follow it. Set before main, before glib allocates anything.
const int kSliceIsMalloc = ::setenv("G_SLICE", "always-malloc", 0);
}  // namespace
#endif
