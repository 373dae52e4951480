// LeakSanitizer suppressions for the document tests and bench (ASan dev build): leaks inside
// the libraries, reproduced with a plain C program that calls nothing of ours.
// - cairo 1.16 leaks 768 bytes per embedded CFF font each time a PDF surface is finished
//   (three faces: ~2.3 KB a document; ADR 0005). libcairo has no frame pointers, so the
//   recorded stack ends inside libcairo and only the module can be named. That would also hide
//   a cairo surface or context we forgot to destroy, which is why every one of ours is owned
//   by a unique_ptr (cairo_handles.hpp).
// - fontconfig's configuration parse and match caches (once per process, ~300 bytes), whose
//   pointers fontconfig stores as offsets that LeakSanitizer cannot follow.
extern "C" const char* __lsan_default_suppressions();

extern "C" const char* __lsan_default_suppressions() {
    return "leak:libcairo.so\n"
           "leak:libfontconfig.so\n";
}
