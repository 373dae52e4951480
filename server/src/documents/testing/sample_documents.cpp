#include "documents/testing/sample_documents.hpp"

#include <cairo.h>
#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace kefu::documents::testing {
namespace {

struct Item {
    std::string_view name;
    std::string_view spec;
    std::string_view unit;
    int quantity;
    std::int64_t unit_price_fen;
};

constexpr std::array<Item, 8> kItems{{
    {"办公桌", "1600×800×750 胡桃木色", "张", 4, 128000},
    {"职员工位（四人位）", "2800×1200 含屏风、线槽", "组", 2, 356000},
    {"人体工学椅", "网背 黑色 带头枕", "把", 12, 89000},
    {"文件柜", "900×400×1800 钢制 灰白", "组", 3, 112000},
    {"会议桌", "3600×1500 橡木贴皮", "张", 1, 468000},
    {"活动柜", "三抽 带锁", "个", 8, 42000},
    {"会议椅", "弓形 皮面", "把", 10, 36000},
    {"前台接待台", "2400×800 白色烤漆，现场安装需预留电源位置", "台", 1, 560000},
}};

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string Yuan(std::int64_t fen) { return fmt::format("{}.{:02}", fen / 100, fen % 100); }

Footer CompanyFooter() {
    return Footer{.text = "济南华府办公家具有限公司 客服部 · 济南市历城区工业北路 8299 号",
                  .page_format = "第 {page} 页 共 {pages} 页",
                  .hash_line = ""};
}

}  // namespace

std::string SampleSignaturePng() {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 400, 160);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0.05, 0.1, 0.45);
    cairo_set_line_width(cr, 5);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_move_to(cr, 30, 110);
    cairo_curve_to(cr, 80, 20, 120, 150, 170, 70);
    cairo_curve_to(cr, 210, 10, 250, 140, 300, 60);
    cairo_curve_to(cr, 330, 30, 360, 120, 380, 90);
    cairo_stroke(cr);
    cairo_move_to(cr, 60, 135);
    cairo_line_to(cr, 340, 125);
    cairo_stroke(cr);
    cairo_destroy(cr);
    std::string png;
    cairo_surface_write_to_png_stream(surface, Append, &png);
    cairo_surface_destroy(surface);
    return png;
}

Document SampleFeedbackForm() {
    return Document{
        .title = "客户意见反馈表 KF-2026-0315",
        .author = "济南华府办公家具有限公司 客服部",
        .created_at = "2026-03-15T10:30:00+08:00",
        .blocks =
            {
                Heading{.text = "客户意见反馈表"},
                Paragraph{.text = "编号：KF-2026-0315    填表日期：2026年3月15日",
                          .align = Align::kRight,
                          .size_pt = 9.0},
                FieldGrid{
                    .fields =
                        {
                            {"客户名称", "山东鲁信投资控股集团有限公司", 1},
                            {"联系人", "刘经理", 1},
                            {"联系电话", "0531-86557788", 1},
                            {"订单号", "SO-2026-00871", 1},
                            {"安装地址", "济南市历下区经十路 9999 号黄金时代广场 C 座 12 层", 2},
                            {"安装日期", "2026-03-12", 1},
                            {"安装班组", "第三班组（赵磊、孙涛）", 1},
                        },
                    .pairs_per_row = 2},
                Heading{.text = "产品与服务评价", .level = 2, .align = Align::kLeft},
                Table{.columns = {{"评价项目", 3, Align::kLeft},
                                  {"很满意", 1, Align::kCenter},
                                  {"满意", 1, Align::kCenter},
                                  {"一般", 1, Align::kCenter},
                                  {"不满意", 1, Align::kCenter}},
                      .rows = {{"产品质量（材质、做工、颜色）", "✓", "", "", ""},
                               {"送货准时（是否按约定时间到达）", "", "✓", "", ""},
                               {"安装质量（牢固、水平、缝隙）", "✓", "", "", ""},
                               {"现场清理（包装物带走、地面清洁）", "", "✓", "", ""},
                               {"服务态度（着装、礼貌、沟通）", "✓", "", "", ""}},
                      .total_rows = {}},
                Heading{.text = "客户意见及建议", .level = 2, .align = Align::kLeft},
                Paragraph{
                    .text =
                        "整体满意。会议桌到货时有一处边角轻微磕碰，安装师傅当场做了修补，"
                        "希望以后运输时加强包装保护。另请安排回访，确认文件柜锁具钥匙是否齐全。"},
                Spacer{.height_mm = 4},
                SignatureRow{.signatures = {{"客户签字", "", "", "日期："},
                                            {"客服部负责人", "", "", "日期："}}},
                QrCode{.text = kSampleVerifyUrl, .caption = "扫码核验本单", .size_mm = 26},
            },
        .copies = {},
        .copy_layout = CopyLayout::kNewPage,
        .footer = CompanyFooter(),
    };
}

Document SampleDeliveryNote(int items, CopyLayout layout) {
    Table table{.columns = {{"序号", 0.8, Align::kCenter},
                            {"品名", 2.4, Align::kLeft},
                            {"规格型号", 3.0, Align::kLeft},
                            {"单位", 0.8, Align::kCenter},
                            {"数量", 0.9, Align::kRight},
                            {"单价（元）", 1.4, Align::kRight},
                            {"金额（元）", 1.5, Align::kRight}},
                .rows = {},
                .total_rows = {}};
    std::int64_t total = 0;
    int pieces = 0;
    for (int i = 0; i < items; ++i) {
        const Item& item = kItems[static_cast<std::size_t>(i) % kItems.size()];
        const std::int64_t amount = item.unit_price_fen * item.quantity;
        total += amount;
        pieces += item.quantity;
        table.rows.push_back({fmt::format("{}", i + 1),
                              std::string(item.name),
                              fmt::format("{}（批次 FH-{:04}）", item.spec, i + 1),
                              std::string(item.unit),
                              fmt::format("{}", item.quantity),
                              Yuan(item.unit_price_fen),
                              Yuan(amount)});
    }
    table.total_rows.push_back({"合计", "", "", "", fmt::format("{}", pieces), "", Yuan(total)});
    Document note{};
    Footer footer = CompanyFooter();
    footer.hash_line = "SHA-256 3f9a1c0e5b7d2a4f6e8c0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a";
    note = Document{
        .title = "发货单 FH-2026-000123",
        .author = "济南华府办公家具有限公司",
        .created_at = "2026-03-10T08:00:00+08:00",
        .blocks =
            {
                Heading{.text = "济南华府办公家具有限公司 发货单"},
                FieldGrid{
                    .fields = {{"发货单号", "FH-2026-000123", 1},
                               {"发货日期", "2026-03-10", 1},
                               {"收货单位", "济南高新区齐鲁软件园管理中心", 1},
                               {"收货人", "王主任 13905310000", 1},
                               {"送货地址", "济南市高新区舜华路 1500 号齐鲁软件园 B 座 3 楼", 2},
                               {"车辆", "鲁A·8K29X", 1},
                               {"司机", "马成", 1}},
                    .pairs_per_row = 2},
                std::move(table),
                SignatureRow{.signatures = {{"仓管", "", "林芳", ""},
                                            {"司机", "", "马成", ""},
                                            {"收货人签字", "", "", "日期："}}},
            },
        .copies = {"第一联 存根", "第二联 客户"},
        .copy_layout = layout,
        .footer = footer,
    };
    if (layout == CopyLayout::kNewPage) {
        // A full page per copy has room for the receiving notes and the verification code; a
        // half sheet keeps only the essentials.
        note.blocks.insert(
            note.blocks.begin() + 3,
            Paragraph{.text = "收货须知：请当场清点数量并检查外观，如有破损请在本单注明；"
                              "签字即表示货物数量与外观无误。",
                      .size_pt = 9.0});
        note.blocks.emplace_back(
            QrCode{.text = kSampleVerifyUrl, .caption = "扫码核验", .size_mm = 24});
    }
    return note;
}

Document SampleInstallationReceipt(const std::string& signature_png) {
    return Document{
        .title = "安装回执单 AZ-2026-0088",
        .author = "济南华府办公家具有限公司 客服部",
        .created_at = "2026-03-12T16:45:00+08:00",
        .blocks =
            {
                Heading{.text = "安装回执单"},
                FieldGrid{
                    .fields = {{"回执编号", "AZ-2026-0088", 1},
                               {"发货单号", "FH-2026-000123", 1},
                               {"客户名称", "济南高新区齐鲁软件园管理中心", 2},
                               {"安装地址", "济南市高新区舜华路 1500 号齐鲁软件园 B 座 3 楼", 2},
                               {"开始时间", "2026-03-12 09:10", 1},
                               {"完成时间", "2026-03-12 16:20", 1}},
                    .pairs_per_row = 2},
                Table{.columns = {{"品名", 2, Align::kLeft},
                                  {"应装数量", 1, Align::kRight},
                                  {"实装数量", 1, Align::kRight},
                                  {"备注", 3, Align::kLeft}},
                      .rows = {{"办公桌 1600×800", "4", "4", ""},
                               {"职员工位（四人位）", "2", "2", "屏风线槽已接通"},
                               {"文件柜", "3", "3", "钥匙 3 套已交客户"}},
                      .total_rows = {}},
                Paragraph{.text = "客户确认：以上家具已按约定安装完毕，外观完好，功能正常。"},
                SignatureRow{
                    .signatures = {{"客户签字", signature_png, "王主任", "2026-03-12 16:32"},
                                   {"安装负责人", "", "赵磊", "2026-03-12 16:30"}}},
            },
        .copies = {},
        .copy_layout = CopyLayout::kNewPage,
        .footer = CompanyFooter(),
    };
}

Workbook SampleFinanceWorkbook() {
    Sheet claims{.name = "差旅报销",
                 .title = "2026年3月 差旅报销汇总（客服部）",
                 .columns = {{"报销单号", 16},
                             {"姓名", 10},
                             {"出差日期", 12},
                             {"目的地", 24},
                             {"天数", 8},
                             {"金额（元）", 14}},
                 .rows = {}};
    claims.rows.push_back({std::string("CL-2026-0301"),
                           std::string("赵磊"),
                           Date(2026, 3, 2),
                           std::string("淄博市张店区 山东理工大学"),
                           std::int64_t{2},
                           Money::Fen(34550)});
    claims.rows.push_back({std::string("CL-2026-0302"),
                           std::string("孙涛"),
                           Date(2026, 3, 5),
                           std::string("泰安市泰山区 东岳大街"),
                           std::int64_t{1},
                           Money::Fen(12000)});
    claims.rows.push_back({std::string("CL-2026-0303"),
                           std::string("马成"),
                           Date(2026, 3, 9),
                           std::string("德州市德城区 天衢新区管委会"),
                           std::int64_t{3},
                           Money::Fen(123456)});
    claims.rows.push_back({std::string("合计"),
                           std::monostate{},
                           std::monostate{},
                           std::monostate{},
                           Formula{"SUM(E3:E5)", 6},
                           Formula{"=SUM(F3:F5)", 1700.06}});
    Sheet items{.name = "发货明细",
                .title = "",
                .columns = {{"品名", 20}, {"规格型号", 30}, {"数量", 8}, {"金额（元）", 14}},
                .rows = {}};
    for (const Item& item : kItems) {
        items.rows.push_back({std::string(item.name),
                              std::string(item.spec),
                              std::int64_t{item.quantity},
                              Money::Fen(item.unit_price_fen * item.quantity)});
    }
    return Workbook{.sheets = {std::move(claims), std::move(items)},
                    .title = "客服部财务导出 2026-03",
                    .author = "kefu"};
}

}  // namespace kefu::documents::testing
