// The example of server/src/documents/README.md, compiled and rendered so it cannot go stale.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "documents/pdf_renderer.hpp"
#include "documents/testing/pdf_probe.hpp"
#include "documents/xlsx_writer.hpp"

namespace kefu::documents {
namespace {

struct DeliveryLine {
    int no;
    std::string name;
    std::string spec;
    int quantity;
    std::int64_t amount;
};

struct DeliveryNote {
    std::string number;
    std::string date;
    std::string customer;
    std::string contact;
    std::string address;
    std::string driver;
    std::string content_hash;
    std::vector<DeliveryLine> lines;
    int pieces;
    std::int64_t total;
};

std::string FormatYuan(std::int64_t fen) { return fmt::format("{}.{:02}", fen / 100, fen % 100); }

// ---- as in the README (kept in its compact form there) ----
// clang-format off
Result<std::string> DeliveryNotePdf(const DeliveryNote& note, const std::string& verify_url) {
    Table items{.columns = {{"序号", 0.8, Align::kCenter}, {"品名", 2.4}, {"规格型号", 3},
                            {"数量", 0.9, Align::kRight}, {"金额（元）", 1.5, Align::kRight}}};
    for (const auto& line : note.lines) {
        items.rows.push_back({fmt::format("{}", line.no), line.name, line.spec,
                              fmt::format("{}", line.quantity), FormatYuan(line.amount)});
    }
    items.total_rows.push_back({"合计", "", "", fmt::format("{}", note.pieces), FormatYuan(note.total)});
    return RenderPdf(Document{
        .title = "发货单 " + note.number,
        .blocks = {Heading{.text = "济南华府办公家具有限公司 发货单"},
                   FieldGrid{.fields = {{"发货单号", note.number}, {"发货日期", note.date},
                                        {"收货单位", note.customer}, {"收货人", note.contact},
                                        {"送货地址", note.address, 2}}},
                   std::move(items),
                   SignatureRow{.signatures = {{.label = "司机", .signer = note.driver},
                                               {.label = "收货人签字", .signed_at = "日期："}}},
                   QrCode{.text = verify_url, .caption = "扫码核验"}},
        .copies = {"第一联 存根", "第二联 客户"},     // one copy per label, each on its own page
        .footer = {.text = "济南华府办公家具有限公司 客服部", .page_format = "第 {page} 页 共 {pages} 页",
                   .hash_line = "SHA-256 " + note.content_hash}});
}
// clang-format on
// ---- end ----

TEST(ReadmeExample, DeliveryNoteRendersBothCopies) {
    const DeliveryNote note{.number = "FH-2026-000777",
                            .date = "2026-04-01",
                            .customer = "山东大学（中心校区）后勤保障部",
                            .contact = "张老师 0531-88360000",
                            .address = "济南市历城区山大南路 27 号",
                            .driver = "马成",
                            .content_hash = "9c1e3b5d7f9a1c3e",
                            .lines = {{1, "办公桌", "1600×800 胡桃木色", 6, 768000},
                                      {2, "会议椅", "弓形 皮面", 12, 432000}},
                            .pieces = 18,
                            .total = 1200000};
    const auto pdf = DeliveryNotePdf(note, "https://kefu.example.cn/v/FH-2026-000777");
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message();
    const testing::PdfProbe probe(*pdf);
    ASSERT_EQ(probe.Pages(), 2);
    const std::string second = probe.Text(2, 2);
    EXPECT_NE(second.find("第二联 客户"), std::string::npos) << second;
    EXPECT_NE(second.find("山东大学（中心校区）后勤保障部"), std::string::npos) << second;
    EXPECT_NE(second.find("12000.00"), std::string::npos) << second;
    EXPECT_EQ(probe.DecodeQr(1), "https://kefu.example.cn/v/FH-2026-000777");
}

TEST(ReadmeExample, XlsxExampleWrites) {
    // ---- as in the README (kept in its compact form there) ----
    // clang-format off
    Sheet sheet{.name = "差旅报销", .title = "2026年3月 差旅报销汇总",
                .columns = {{"报销单号", 16}, {"姓名", 10}, {"出差日期", 12}, {"金额（元）", 14}}};
    sheet.rows.push_back({std::string("CL-2026-0301"), std::string("赵磊"), Date(2026, 3, 2),
                          Money::Fen(34550)});
    sheet.rows.push_back({std::string("合计"), {}, {}, Formula{"SUM(D3:D3)", 345.50}});
    Result<std::string> xlsx = WriteXlsx(Workbook{.sheets = {std::move(sheet)}});
    // clang-format on
    // ---- end ----
    ASSERT_TRUE(xlsx.has_value()) << xlsx.error().message();
    EXPECT_TRUE(xlsx->starts_with("PK"));
}

}  // namespace
}  // namespace kefu::documents
