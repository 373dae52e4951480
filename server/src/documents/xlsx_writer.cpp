#include "documents/xlsx_writer.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cstddef>
#include <exception>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <new>
#include <string_view>
#include <utility>

#include "documents/private_temp_dir.hpp"
#include "documents/workbook_validation.hpp"

namespace kefu::documents {
namespace {

constexpr double kTitleRowHeight = 24.0;
constexpr lxw_color_t kHeaderFill = 0xD9D9D9;

/// libxlsxwriter 1.1.4 stamps the document properties with gmtime(), which returns a shared
/// static buffer; closing two workbooks at once would race on it. Closing (zip + write) is the
/// only step that calls it, so only that step is serialised.
std::mutex& CloseMutex() {
    static std::mutex mutex;
    return mutex;
}

/// Frees a workbook that is not going to be written (an error came first).
struct WorkbookFree {
    void operator()(lxw_workbook* book) const { lxw_workbook_free(book); }
};

/// The cell formats of one workbook (owned by the workbook, freed with it).
struct Formats {
    lxw_format* title;
    lxw_format* header;
    lxw_format* text;
    lxw_format* integer;
    lxw_format* money;
    lxw_format* date;
};

Formats AddFormats(lxw_workbook* book) {
    // "@" (Text) on every text cell: Excel then keeps an edited "=1+1" as text too.
    Formats formats{};
    formats.title = workbook_add_format(book);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    format_set_align(formats.title, LXW_ALIGN_CENTER);
    format_set_align(formats.title, LXW_ALIGN_VERTICAL_CENTER);
    format_set_num_format(formats.title, "@");
    formats.header = workbook_add_format(book);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, kHeaderFill);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_align(formats.header, LXW_ALIGN_CENTER);
    format_set_text_wrap(formats.header);
    format_set_num_format(formats.header, "@");
    formats.text = workbook_add_format(book);
    format_set_num_format(formats.text, "@");
    formats.integer = workbook_add_format(book);
    format_set_num_format(formats.integer, "0");
    formats.money = workbook_add_format(book);
    format_set_num_format(formats.money, "#,##0.00");
    formats.date = workbook_add_format(book);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    return formats;
}

Result<void> Check(lxw_error error, std::string_view what) {
    if (error == LXW_NO_ERROR) return {};
    return Fail(Error::Internal(fmt::format("libxlsxwriter: {}: {}", what, lxw_strerror(error))));
}

Result<void> WriteCell(lxw_worksheet* sheet,
                       lxw_row_t row,
                       lxw_col_t column,
                       const CellValue& value,
                       const Formats& formats) {
    struct Writer {
        lxw_worksheet* sheet;
        lxw_row_t row;
        lxw_col_t column;
        const Formats& formats;

        lxw_error operator()(std::monostate) const { return LXW_NO_ERROR; }
        lxw_error operator()(const std::string& text) const {
            // A string cell, always: worksheet_write_string never parses "=", "+", "-", "@".
            return worksheet_write_string(sheet, row, column, text.c_str(), formats.text);
        }
        lxw_error operator()(std::int64_t integer) const {
            return worksheet_write_number(
                sheet, row, column, static_cast<double>(integer), formats.integer);
        }
        lxw_error operator()(Money money) const {
            return worksheet_write_number(
                sheet, row, column, static_cast<double>(money.fen()) / 100.0, formats.money);
        }
        lxw_error operator()(Date date) const {
            lxw_datetime when{.year = date.year(),
                              .month = static_cast<int>(date.month()),
                              .day = static_cast<int>(date.day()),
                              .hour = 0,
                              .min = 0,
                              .sec = 0.0};
            return worksheet_write_datetime(sheet, row, column, &when, formats.date);
        }
        lxw_error operator()(const Formula& formula) const {
            return worksheet_write_formula_num(
                sheet, row, column, formula.expression.c_str(), nullptr, formula.cached_value);
        }
    };
    return Check(std::visit(Writer{sheet, row, column, formats}, value), "writing a cell");
}

Result<void> WriteSheet(lxw_workbook* book, const Sheet& sheet, const Formats& formats) {
    lxw_worksheet* worksheet = workbook_add_worksheet(book, sheet.name.c_str());
    if (worksheet == nullptr) return Fail(Error::Internal("libxlsxwriter refused a sheet"));
    const auto last_column = static_cast<lxw_col_t>(sheet.columns.size() - 1);
    for (lxw_col_t c = 0; c <= last_column; ++c) {
        KEFU_TRY(
            Check(worksheet_set_column(worksheet, c, c, sheet.columns[c].width, nullptr), "width"));
    }
    lxw_row_t row = 0;
    if (!sheet.title.empty()) {
        KEFU_TRY(Check(worksheet_set_row(worksheet, 0, kTitleRowHeight, nullptr), "title"));
        KEFU_TRY(
            Check(last_column == 0
                      ? worksheet_write_string(worksheet, 0, 0, sheet.title.c_str(), formats.title)
                      : worksheet_merge_range(
                            worksheet, 0, 0, 0, last_column, sheet.title.c_str(), formats.title),
                  "title"));
        row = 1;
    }
    for (lxw_col_t c = 0; c <= last_column; ++c) {
        KEFU_TRY(Check(worksheet_write_string(
                           worksheet, row, c, sheet.columns[c].header.c_str(), formats.header),
                       "header"));
    }
    ++row;
    // Everything above the first data row stays in view while scrolling.
    worksheet_freeze_panes(worksheet, row, 0);
    for (const std::vector<CellValue>& cells : sheet.rows) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            KEFU_TRY(WriteCell(worksheet, row, static_cast<lxw_col_t>(c), cells[c], formats));
        }
        ++row;
    }
    return {};
}

Result<std::string> ReadFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return Fail(Error::Internal("cannot read the written XLSX file"));
    if (bytes.empty()) return Fail(Error::Internal("libxlsxwriter wrote an empty file"));
    return bytes;
}

Result<std::string> Write(const Workbook& workbook) {
    KEFU_TRY(ValidateWorkbook(workbook));
    KEFU_ASSIGN_OR_RETURN(const PrivateTempDir dir, PrivateTempDir::Create("kefu-xlsx-"));
    const std::filesystem::path file = dir.path() / "workbook.xlsx";
    // libxlsxwriter also keeps its own scratch files in the private directory.
    std::string scratch = dir.path().string();
    lxw_workbook_options options{
        .constant_memory = LXW_FALSE, .tmpdir = scratch.data(), .use_zip64 = LXW_FALSE};
    std::unique_ptr<lxw_workbook, WorkbookFree> book(workbook_new_opt(file.c_str(), &options));
    if (!book) return Fail(Error::Internal("libxlsxwriter: cannot create a workbook"));

    std::string title = workbook.title;
    std::string author = workbook.author;
    lxw_doc_properties properties{};
    properties.title = title.empty() ? nullptr : title.data();
    properties.author = author.empty() ? nullptr : author.data();
    KEFU_TRY(Check(workbook_set_properties(book.get(), &properties), "properties"));
    const Formats formats = AddFormats(book.get());
    for (const Sheet& sheet : workbook.sheets) KEFU_TRY(WriteSheet(book.get(), sheet, formats));
    {
        const std::lock_guard lock(CloseMutex());
        // workbook_close writes the file and frees the workbook, also when it fails.
        KEFU_TRY(Check(workbook_close(book.release()), "writing the file"));
    }
    return ReadFile(file);
}

}  // namespace

Result<std::string> WriteXlsx(const Workbook& workbook) {
    try {
        return Write(workbook);
    } catch (const std::bad_alloc&) {
        return Fail(Error::Internal("out of memory while writing an XLSX file"));
    } catch (const std::exception& error) {
        return Fail(Error::Internal(fmt::format("writing an XLSX file failed: {}", error.what())));
    }
}

}  // namespace kefu::documents
