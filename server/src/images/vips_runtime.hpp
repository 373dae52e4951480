// libvips, started once for the whole process and set up for untrusted uploads on many threads.
#pragma once

#include "platform/error.hpp"

namespace kefu::images {

/// Starts libvips on the first call from any thread; later calls only report how that went.
/// Process-wide effects: the operation cache is off, and every image loader except the JPEG,
/// PNG and WebP source loaders is blocked. INTERNAL when libvips cannot start.
Result<void> StartVips();

}  // namespace kefu::images
