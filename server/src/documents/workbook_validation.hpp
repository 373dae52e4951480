// Checks a Workbook against Excel's limits before anything is written.
#pragma once

#include <cstddef>
#include <cstdint>

#include "documents/workbook.hpp"
#include "platform/error.hpp"

namespace kefu::documents {

/// Excel's limits, and the largest integer a cell (an IEEE double) holds exactly.
inline constexpr std::size_t kMaxSheetNameChars = 31;
inline constexpr std::size_t kMaxCellChars = 32767;
inline constexpr std::size_t kMaxSheetRows = 1048576;
inline constexpr std::size_t kMaxSheetColumns = 16384;
inline constexpr std::int64_t kMaxExactInteger = std::int64_t{1} << 53;

/// OK, or INVALID_ARGUMENT with every violation (paths like "sheets[0].rows[3][2]").
Result<void> ValidateWorkbook(const Workbook& workbook);

}  // namespace kefu::documents
