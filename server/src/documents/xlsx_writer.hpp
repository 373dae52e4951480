// Writes a Workbook as XLSX bytes with libxlsxwriter.
#pragma once

#include <string>

#include "documents/workbook.hpp"
#include "platform/error.hpp"

namespace kefu::documents {

/// The XLSX file of `workbook`. Every text cell is written as a string with the Text number
/// format, so neither the file nor a later edit in Excel turns it into a formula. Errors, never
/// exceptions: INVALID_ARGUMENT with every violation (sheets[i].name: required | too_long |
/// invalid_character | duplicate; …rows[r]: cell_count; …rows[r][c]: invalid_utf8 |
/// too_long | out_of_range | invalid_date), UNAVAILABLE when the temp directory cannot be
/// used, INTERNAL when libxlsxwriter fails. Safe to call from several threads.
Result<std::string> WriteXlsx(const Workbook& workbook);

}  // namespace kefu::documents
