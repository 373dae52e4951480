#include "images/vips_runtime.hpp"

#include <vips/vips.h>

#include <array>

namespace kefu::images {
namespace {

// libvips reports a broken upload as a warning on stderr besides the error it returns; the
// error already becomes the client's 400, so the warning is only noise beside the server's log.
void IgnoreWarning(const gchar* /*domain*/,
                   GLogLevelFlags /*level*/,
                   const gchar* /*message*/,
                   gpointer /*data*/) {}

bool Start() {
    if (VIPS_INIT("kefu") != 0) return false;
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, IgnoreWarning, nullptr);
    // The cache reuses an operation called again with the same arguments; no two uploads are
    // the same, so it would only keep decoded images in memory after each request.
    vips_cache_set_max(0);
    // One worker thread per pipeline. With several, libvips 8.14 sometimes loses the error of a
    // PNG whose compressed data is corrupt (a worker fails, another one completes the image) and
    // a broken upload comes back as a photo. Throughput is not lost: uploads already run side by
    // side in the decode slots, one per core.
    vips_concurrency_set(1);
    // Uploads are hostile. libvips can also read SVG, PDF, TIFF and, through ImageMagick, nearly
    // anything; each is attack surface we do not need. The bytes were already typed by their
    // signature, and the loaders still open are exactly the ones that signature may pick.
    vips_operation_block_set("VipsForeignLoad", TRUE);
    constexpr std::array kPhotoLoaders = {
        "VipsForeignLoadJpegSource", "VipsForeignLoadPngSource", "VipsForeignLoadWebpSource"};
    for (const char* loader : kPhotoLoaders) vips_operation_block_set(loader, FALSE);
    return true;
}

}  // namespace

Result<void> StartVips() {
    // A function-local static is initialised exactly once even when threads race to it (the
    // guarantee std::call_once gives), and the others wait until it is done.
    static const bool kStarted = Start();
    if (!kStarted) return Fail(Error::Internal("libvips could not start"));
    return {};
}

}  // namespace kefu::images
