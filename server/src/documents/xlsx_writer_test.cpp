// The XLSX writer's output read back with Debian's python3-openpyxl: sheets, typed cells,
// formats, frozen header, and text that looks like a formula staying text.
#include "documents/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "documents/private_temp_dir.hpp"
#include "documents/testing/external_tool.hpp"
#include "documents/testing/sample_documents.hpp"

namespace kefu::documents {
namespace {

using testing::RunTool;

/// Dumps a workbook as tab-separated lines, one fact a line, for the assertions below.
constexpr const char* kDumpScript = R"py(
import sys, zipfile, openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
print("sheets\t" + "|".join(wb.sheetnames))
print("title\t" + str(wb.properties.title))
print("creator\t" + str(wb.properties.creator))
for ws in wb.worksheets:
    print("freeze\t%s\t%s" % (ws.title, ws.freeze_panes))
    print("merged\t%s\t%s" % (ws.title, "|".join(str(r) for r in ws.merged_cells.ranges)))
    for letter, dim in sorted(ws.column_dimensions.items()):
        print("width\t%s!%s\t%s" % (ws.title, letter, dim.width))
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            print("\t".join(["cell", "%s!%s" % (ws.title, c.coordinate), c.data_type,
                             type(c.value).__name__, repr(c.value), c.number_format,
                             str(bool(c.font.b))]))
with zipfile.ZipFile(path) as z:
    for name in sorted(z.namelist()):
        if name.startswith("xl/worksheets/sheet"):
            print("formulas\t%s\t%d" % (name, z.read(name).decode().count("<f>")))
)py";

/// One cell as openpyxl sees it.
struct CellView {
    std::string data_type;  // 's' string, 'n' number, 'd' date, 'f' formula
    std::string python_type;
    std::string repr;
    std::string number_format;
    bool bold = false;
};

/// The dump, parsed: cells by "sheet!A1" and the other facts by their first two fields.
struct WorkbookView {
    std::map<std::string, CellView> cells;
    std::map<std::string, std::string> facts;
};

std::vector<std::string> Split(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    for (std::string field; std::getline(stream, field, '\t');) fields.push_back(field);
    return fields;
}

WorkbookView ReadBack(const std::string& xlsx) {
    WorkbookView view;
    if (!testing::RequireOpenpyxl()) return view;
    auto dir = PrivateTempDir::Create("kefu-xlsx-test-");
    EXPECT_TRUE(dir.has_value());
    if (!dir) return view;
    const std::filesystem::path file = dir->path() / "export.xlsx";
    testing::WriteBytes(file, xlsx);
    const testing::ToolResult result =
        RunTool({"/usr/bin/python3", "-c", kDumpScript, file.string()}, dir->path());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::stringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
        const std::vector<std::string> fields = Split(line);
        if (fields.size() == 7 && fields[0] == "cell") {
            view.cells[fields[1]] =
                CellView{fields[2], fields[3], fields[4], fields[5], fields[6] == "True"};
        } else if (fields.size() == 3) {
            view.facts[fields[0] + " " + fields[1]] = fields[2];
        } else if (fields.size() == 2) {
            view.facts[fields[0]] = fields[1];
        }
    }
    return view;
}

std::string Write(const Workbook& workbook) {
    auto xlsx = WriteXlsx(workbook);
    EXPECT_TRUE(xlsx.has_value()) << (xlsx ? "" : xlsx.error().message());
    return xlsx ? *xlsx : std::string();
}

TEST(WriteXlsx, FinanceExportReadsBackWithSheetsTitleAndBoldFrozenHeader) {
    const std::string xlsx = Write(testing::SampleFinanceWorkbook());
    ASSERT_TRUE(xlsx.starts_with("PK"));
    WorkbookView view = ReadBack(xlsx);
    EXPECT_EQ(view.facts["sheets"], "差旅报销|发货明细");
    EXPECT_EQ(view.facts["title"], "客服部财务导出 2026-03");
    EXPECT_EQ(view.facts["creator"], "kefu");
    EXPECT_EQ(view.facts["merged 差旅报销"], "A1:F1");
    EXPECT_EQ(view.facts["merged 发货明细"], "");
    // Frozen below the header: row 2 with a title, row 1 without.
    EXPECT_EQ(view.facts["freeze 差旅报销"], "A3");
    EXPECT_EQ(view.facts["freeze 发货明细"], "A2");

    EXPECT_EQ(view.cells["差旅报销!A1"].repr, "'2026年3月 差旅报销汇总（客服部）'");
    EXPECT_TRUE(view.cells["差旅报销!A1"].bold);
    EXPECT_EQ(view.cells["差旅报销!B2"].repr, "'姓名'");
    EXPECT_TRUE(view.cells["差旅报销!B2"].bold);
    EXPECT_TRUE(view.cells["发货明细!A1"].bold);
    EXPECT_FALSE(view.cells["差旅报销!B3"].bold);
    EXPECT_GE(std::stod(view.facts["width 差旅报销!D"]), 24.0);
}

TEST(WriteXlsx, CellsKeepTheirTypes) {
    WorkbookView view = ReadBack(Write(testing::SampleFinanceWorkbook()));
    const CellView& name = view.cells["差旅报销!B3"];
    EXPECT_EQ(name.data_type, "s");
    EXPECT_EQ(name.repr, "'赵磊'");

    const CellView& date = view.cells["差旅报销!C3"];
    EXPECT_EQ(date.data_type, "d");
    EXPECT_EQ(date.repr, "datetime.datetime(2026, 3, 2, 0, 0)");
    EXPECT_EQ(date.number_format, "yyyy-mm-dd");

    const CellView& days = view.cells["差旅报销!E4"];
    EXPECT_EQ(days.data_type, "n");
    EXPECT_EQ(days.python_type, "int");
    EXPECT_EQ(days.repr, "1");

    // Money: a number of yuan, never text, shown with two decimals.
    const CellView& money = view.cells["差旅报销!F3"];
    EXPECT_EQ(money.data_type, "n");
    EXPECT_EQ(money.repr, "345.5");
    EXPECT_EQ(money.number_format, "#,##0.00");
    EXPECT_EQ(view.cells["差旅报销!F5"].repr, "1234.56");
    EXPECT_EQ(view.cells["发货明细!D1"].repr, "'金额（元）'");
    EXPECT_EQ(view.cells["发货明细!D2"].repr, "5120");

    // Formulas only where the caller asked for one, with or without the leading '='.
    EXPECT_EQ(view.cells["差旅报销!E6"].data_type, "f");
    EXPECT_EQ(view.cells["差旅报销!E6"].repr, "'=SUM(E3:E5)'");
    EXPECT_EQ(view.cells["差旅报销!F6"].repr, "'=SUM(F3:F5)'");
    EXPECT_EQ(view.facts["formulas xl/worksheets/sheet1.xml"], "2");
    EXPECT_EQ(view.facts["formulas xl/worksheets/sheet2.xml"], "0");
}

TEST(WriteXlsx, TextThatLooksLikeAFormulaStaysText) {
    const std::vector<std::string> hostile{"=1+1",
                                           "+8613912345678",
                                           "-5",
                                           "@SUM(A1)",
                                           "\t=1+1",
                                           "\r=1+1",
                                           "=HYPERLINK(\"http://127.0.0.1/x\",\"点我\")",
                                           "=cmd|' /C calc'!A0"};
    Sheet sheet{.name = "客户备注", .title = "", .columns = {{"备注", 30}}, .rows = {}};
    for (const std::string& text : hostile) sheet.rows.push_back({text});
    WorkbookView view = ReadBack(Write(Workbook{.sheets = {sheet}}));
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        const CellView& cell = view.cells["客户备注!A" + std::to_string(i + 2)];
        EXPECT_EQ(cell.data_type, "s") << hostile[i];
        EXPECT_EQ(cell.python_type, "str") << hostile[i];
        // Text format, so that editing the cell in Excel does not evaluate it either.
        EXPECT_EQ(cell.number_format, "@") << hostile[i];
    }
    EXPECT_EQ(view.cells["客户备注!A2"].repr, "'=1+1'");
    EXPECT_EQ(view.cells["客户备注!A3"].repr, "'+8613912345678'");
    EXPECT_EQ(view.cells["客户备注!A4"].repr, "'-5'");
    EXPECT_EQ(view.cells["客户备注!A5"].repr, "'@SUM(A1)'");
    EXPECT_EQ(view.cells["客户备注!A6"].repr, "'\\t=1+1'");
    EXPECT_EQ(view.facts["formulas xl/worksheets/sheet1.xml"], "0");
}

TEST(WriteXlsx, InvalidWorkbookReportsEveryViolation) {
    Workbook workbook = testing::SampleFinanceWorkbook();
    workbook.sheets[1].name = "差旅报销";  // duplicate
    workbook.sheets[0].rows[0].emplace_back(std::string("one cell too many"));
    workbook.sheets[0].rows[1][2] = Date(2026, 2, 30);
    workbook.sheets[0].rows[1][1] = std::string("\xc3\x28");
    workbook.sheets.push_back(Sheet{.name = "bad:name/with*chars and far too long for excel",
                                    .title = "",
                                    .columns = {},
                                    .rows = {}});
    const auto xlsx = WriteXlsx(workbook);
    ASSERT_FALSE(xlsx.has_value());
    EXPECT_EQ(xlsx.error().code(), ErrorCode::kInvalidArgument);
    const std::vector<FieldViolation> expected{
        {"sheets[0].rows[0]", "cell_count"},
        {"sheets[0].rows[1][1]", "invalid_utf8"},
        {"sheets[0].rows[1][2]", "invalid_date"},
        {"sheets[1].name", "duplicate"},
        {"sheets[2].name", "too_long"},
        {"sheets[2].name", "invalid_character"},
        {"sheets[2].columns", "out_of_range"},
    };
    for (const FieldViolation& violation : expected) {
        EXPECT_NE(
            std::find(
                xlsx.error().violations().begin(), xlsx.error().violations().end(), violation),
            xlsx.error().violations().end())
            << violation.field << " " << violation.reason;
    }
    EXPECT_EQ(xlsx.error().violations().size(), expected.size());
}

/// Points TMPDIR somewhere else for one test.
class ScopedTmpDir {
public:
    explicit ScopedTmpDir(const std::string& path) {
        if (const char* old = std::getenv("TMPDIR")) old_ = old;
        ::setenv("TMPDIR", path.c_str(), 1);
    }
    ~ScopedTmpDir() {
        if (old_.empty()) {
            ::unsetenv("TMPDIR");
        } else {
            ::setenv("TMPDIR", old_.c_str(), 1);
        }
    }
    ScopedTmpDir(const ScopedTmpDir&) = delete;
    ScopedTmpDir& operator=(const ScopedTmpDir&) = delete;

private:
    std::string old_;
};

TEST(WriteXlsx, LeavesNothingInTheTempDirectory) {
    auto scratch = PrivateTempDir::Create("kefu-xlsx-tmp-");
    ASSERT_TRUE(scratch.has_value());
    {
        const ScopedTmpDir tmp(scratch->path().string());
        ASSERT_TRUE(WriteXlsx(testing::SampleFinanceWorkbook()).has_value());
        Workbook invalid = testing::SampleFinanceWorkbook();
        invalid.sheets[0].name.clear();
        ASSERT_FALSE(WriteXlsx(invalid).has_value());
    }
    EXPECT_TRUE(std::filesystem::is_empty(scratch->path()));
}

TEST(WriteXlsx, MissingTempDirectoryIsUnavailable) {
    const ScopedTmpDir tmp("/nonexistent/kefu-test");
    const auto xlsx = WriteXlsx(testing::SampleFinanceWorkbook());
    ASSERT_FALSE(xlsx.has_value());
    EXPECT_EQ(xlsx.error().code(), ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace kefu::documents
