// Renders a Document as A4 PDF bytes (cairo + pango, Noto Sans CJK SC).
#pragma once

#include <string>

#include "documents/document.hpp"
#include "platform/error.hpp"

namespace kefu::documents {

/// The PDF file of `document`. Safe to call from several threads at once: every call has its
/// own surface and buffers and borrows a font engine no other call uses meanwhile (see
/// TextEngine). Errors, never exceptions:
/// INVALID_ARGUMENT with every violation for bad input (see ValidateDocument; also
/// `…signatures[i].png: invalid_png | too_large` and `blocks: too_many_pages`),
/// FAILED_PRECONDITION when the font is not installed, INTERNAL when cairo fails.
Result<std::string> RenderPdf(const Document& document);

}  // namespace kefu::documents
