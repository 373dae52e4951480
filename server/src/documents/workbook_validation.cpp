#include "documents/workbook_validation.hpp"

#include <fmt/format.h>
#include <glib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <string_view>

#include "platform/text.hpp"

namespace kefu::documents {
namespace {

bool IsValidUtf8(std::string_view text) {
    return text.empty() ||
           g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr) != FALSE;
}

void CheckText(Violations& violations, const std::string& path, std::string_view text) {
    if (!IsValidUtf8(text)) {
        violations.Add(path, "invalid_utf8");
    } else if (Utf8Length(text) > kMaxCellChars) {
        violations.Add(path, "too_long");
    }
}

void CheckSheetName(Violations& violations,
                    const std::string& path,
                    std::string_view name,
                    std::set<std::string>& seen) {
    if (name.empty()) {
        violations.Add(path, "required");
        return;
    }
    if (!IsValidUtf8(name)) {
        violations.Add(path, "invalid_utf8");
        return;
    }
    if (Utf8Length(name) > kMaxSheetNameChars) violations.Add(path, "too_long");
    if (name.find_first_of("[]:*?/\\") != std::string_view::npos || name.front() == '\'' ||
        name.back() == '\'') {
        violations.Add(path, "invalid_character");
    }
    // Excel compares sheet names without regard to (Latin) case.
    std::string folded(name);
    std::transform(folded.begin(), folded.end(), folded.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    if (!seen.insert(folded).second) violations.Add(path, "duplicate");
}

bool IsRealDate(Date date) {
    // Excel's calendar starts in 1900; the round trip through text catches 2025-02-30.
    return date.year() >= 1900 && date.year() <= 9999 && Date::Parse(date.ToString()).has_value();
}

void CheckCell(Violations& violations, const std::string& path, const CellValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        CheckText(violations, path, *text);
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        if (*integer > kMaxExactInteger || *integer < -kMaxExactInteger) {
            violations.Add(path, "out_of_range");
        }
    } else if (const auto* money = std::get_if<Money>(&value)) {
        if (money->fen() > kMaxExactInteger || money->fen() < -kMaxExactInteger) {
            violations.Add(path, "out_of_range");
        }
    } else if (const auto* date = std::get_if<Date>(&value)) {
        if (!IsRealDate(*date)) violations.Add(path, "invalid_date");
    } else if (const auto* formula = std::get_if<Formula>(&value)) {
        if (formula->expression.empty() || formula->expression == "=") {
            violations.Add(path, "required");
        } else {
            CheckText(violations, path, formula->expression);
        }
        if (!std::isfinite(formula->cached_value)) violations.Add(path, "out_of_range");
    }
}

}  // namespace

Result<void> ValidateWorkbook(const Workbook& workbook) {
    Violations violations;
    CheckText(violations, "title", workbook.title);
    CheckText(violations, "author", workbook.author);
    if (workbook.sheets.empty()) violations.Add("sheets", "required");
    std::set<std::string> names;
    for (std::size_t s = 0; s < workbook.sheets.size(); ++s) {
        const Sheet& sheet = workbook.sheets[s];
        const std::string path = fmt::format("sheets[{}]", s);
        CheckSheetName(violations, path + ".name", sheet.name, names);
        CheckText(violations, path + ".title", sheet.title);
        if (sheet.columns.empty() || sheet.columns.size() > kMaxSheetColumns) {
            violations.Add(path + ".columns", "out_of_range");
        }
        for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
            const std::string column = fmt::format("{}.columns[{}]", path, c);
            CheckText(violations, column + ".header", sheet.columns[c].header);
            const double width = sheet.columns[c].width;
            if (!std::isfinite(width) || width < 0 || width > 255) {
                violations.Add(column + ".width", "out_of_range");
            }
        }
        if (sheet.rows.size() > kMaxSheetRows - 2) violations.Add(path + ".rows", "out_of_range");
        for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            const std::string row = fmt::format("{}.rows[{}]", path, r);
            if (sheet.rows[r].size() > sheet.columns.size()) {
                violations.Add(row, "cell_count");
                continue;
            }
            for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
                CheckCell(violations, fmt::format("{}[{}]", row, c), sheet.rows[r][c]);
            }
        }
    }
    return violations.ToResult("invalid workbook");
}

}  // namespace kefu::documents
