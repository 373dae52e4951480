// Checks a Document before layout, so bad input becomes one error with every violation.
#pragma once

#include "documents/document.hpp"
#include "platform/error.hpp"

namespace kefu::documents {

/// OK, or INVALID_ARGUMENT listing every violation with its path ("blocks[3].rows[2]") and
/// reason: invalid_utf8 (also embedded NUL), required, out_of_range, too_long, cell_count,
/// invalid_format. PNG bytes are only size-checked here; decoding happens during layout.
Result<void> ValidateDocument(const Document& document);

}  // namespace kefu::documents
