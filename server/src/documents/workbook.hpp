// The spreadsheet model a capability fills in to export a list to XLSX (for finance).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "platform/date.hpp"
#include "platform/money.hpp"

namespace kefu::documents {

/// A formula with the value the caller computed for it. The value is stored as the cached
/// result, because LibreOffice shows cached results without recalculating (stack notes §4).
struct Formula {
    std::string expression{};  ///< without or with the leading '=', e.g. "SUM(D3:D9)"
    double cached_value = 0;
};

/// One cell. Text is always stored as text: a value such as "=1+1", "+86 531…", "-5" or
/// "@SUM(A1)" is never a formula (formula-injection protection); only Formula is.
/// Integers are whole numbers (quantities, counts); Money is shown in yuan with two decimals
/// ("#,##0.00") and stored as the number of yuan; Date is shown as yyyy-mm-dd.
using CellValue = std::variant<std::monostate, std::string, std::int64_t, Money, Date, Formula>;

/// A column: its header and its width in Excel character units (a Chinese character is ~2).
struct SheetColumn {
    std::string header{};
    double width = 12.0;
};

/// A worksheet: an optional title row merged across the columns, the header row (bold,
/// frozen with everything above it) and the data rows. A row may be shorter than the columns.
struct Sheet {
    std::string name{};   ///< 1–31 characters, none of []:*?/\ ; unique in the workbook
    std::string title{};  ///< empty = no title row
    std::vector<SheetColumn> columns{};
    std::vector<std::vector<CellValue>> rows{};
};

/// A workbook of one or more sheets.
struct Workbook {
    std::vector<Sheet> sheets{};
    std::string title{};   ///< document property "title"; may be empty
    std::string author{};  ///< document property "author"; may be empty
};

}  // namespace kefu::documents
