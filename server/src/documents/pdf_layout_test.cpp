// Pagination: long tables break across pages with their header repeated, long cell text wraps,
// rows taller than a page continue, and the page flow's own rules.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>

#include "documents/cell_row.hpp"
#include "documents/page_flow.hpp"
#include "documents/pdf_renderer.hpp"
#include "documents/testing/pdf_probe.hpp"
#include "documents/testing/sample_documents.hpp"
#include "documents/text_engine.hpp"

namespace kefu::documents {
namespace {

using testing::Count;
using testing::PdfProbe;
using testing::WithoutSpaces;

std::string Render(const Document& document) {
    auto pdf = RenderPdf(document);
    EXPECT_TRUE(pdf.has_value()) << (pdf ? "" : pdf.error().message());
    return pdf ? *pdf : std::string();
}

TEST(PdfLayout, LongTableBreaksAcrossPagesWithTheHeaderRepeated) {
    constexpr int kItems = 120;
    const PdfProbe probe(Render(testing::SampleDeliveryNote(kItems, CopyLayout::kNewPage)));
    // Two copies, each several pages.
    const int pages = probe.Pages();
    ASSERT_GE(pages, 6);
    ASSERT_EQ(pages % 2, 0);
    const int per_copy = pages / 2;

    for (int page = 1; page <= pages; ++page) {
        const std::string text = probe.Text(page, page);
        EXPECT_NE(text.find("规格型号"), std::string::npos) << "header missing on page " << page;
        EXPECT_NE(text.find("金额（元）"), std::string::npos) << "header missing on page " << page;
        const int number = (page - 1) % per_copy + 1;
        EXPECT_NE(WithoutSpaces(text).find(fmt::format("第{}页共{}页", number, per_copy)),
                  std::string::npos)
            << "page " << page << ":\n"
            << text;
        // The copy label is on every page of its copy.
        EXPECT_NE(text.find(page <= per_copy ? "第一联 存根" : "第二联 客户"), std::string::npos)
            << "page " << page;
    }
    // Every row once per copy, none lost or doubled at a break; the total comes last.
    const std::string all = WithoutSpaces(probe.Text());
    for (int item = 1; item <= kItems; ++item) {
        EXPECT_EQ(Count(all, fmt::format("（批次FH-{:04}）", item)), 2) << "item " << item;
    }
    EXPECT_NE(probe.Text(per_copy, per_copy).find("合计"), std::string::npos);
    EXPECT_EQ(probe.Text(1, 1).find("合计"), std::string::npos);
}

TEST(PdfLayout, LongChineseCellTextWrapsInsideItsColumn) {
    const std::string remark =
        "前台接待台需在墙面预留两路电源和一路网线，安装前请客户确认位置；台面为白色烤漆，"
        "搬运时注意保护边角，现场不得切割，如尺寸不符须联系工厂重新下单";
    const Document document{
        .blocks = {Table{.columns = {{"品名", 1, Align::kLeft}, {"备注", 1, Align::kLeft}},
                         .rows = {{"前台接待台 2400×800", remark}},
                         .total_rows = {}}}};
    const PdfProbe probe(Render(document));
    EXPECT_EQ(probe.Pages(), 1);
    const std::string laid_out = probe.Text(0, 0, true);
    // Not on one physical line (the column is half the page) …
    EXPECT_EQ(laid_out.find(remark.substr(0, 90)), std::string::npos) << laid_out;
    EXPECT_GE(Count(laid_out, "\n"), 4) << laid_out;
    // … yet all there, in order.
    EXPECT_NE(WithoutSpaces(probe.Text()).find(WithoutSpaces(remark)), std::string::npos);
}

TEST(PdfLayout, RowTallerThanAPageContinuesOnTheNextPages) {
    // One entry a line, so that no entry straddles a page break (pdftotext would interleave
    // the footer and the repeated header with it).
    std::string remark;
    for (int i = 1; i <= 150; ++i) remark += fmt::format("第{}条：桌腿调平，抽屉滑轨上油\n", i);
    const Document document{
        .blocks = {Table{.columns = {{"序号", 1, Align::kCenter}, {"安装记录", 6, Align::kLeft}},
                         .rows = {{"1", remark}, {"2", "最后一行"}},
                         .total_rows = {}}},
        .footer = {.page_format = "{page}/{pages}"}};
    const PdfProbe probe(Render(document));
    const int pages = probe.Pages();
    EXPECT_GE(pages, 2);
    const std::string all = WithoutSpaces(probe.Text());
    // No line lost or repeated at the breaks.
    for (int i = 1; i <= 150; ++i) {
        EXPECT_EQ(Count(all, fmt::format("第{}条：", i)), 1) << "entry " << i;
    }
    EXPECT_NE(probe.Text(pages, pages).find("最后一行"), std::string::npos);
    EXPECT_NE(probe.Text(2, 2).find("安装记录"), std::string::npos) << "header repeated";
}

TEST(PdfLayout, LongParagraphFlowsOverPages) {
    std::string text;
    for (int i = 1; i <= 300; ++i) text += fmt::format("第{}句，客服部每日回访安装客户。", i);
    const PdfProbe probe(Render(Document{.blocks = {Paragraph{.text = text}}}));
    EXPECT_GE(probe.Pages(), 2);
    const std::string all = WithoutSpaces(probe.Text());
    EXPECT_EQ(Count(all, "第300句"), 1);
    EXPECT_EQ(Count(all, "第150句"), 1);
}

TEST(PdfLayout, PageBreakStartsANewPageButNeverABlankOne) {
    const Document document{.blocks = {PageBreak{},
                                       Paragraph{.text = "第一页"},
                                       PageBreak{},
                                       PageBreak{},
                                       Paragraph{.text = "第二页"},
                                       Spacer{.height_mm = 150},
                                       Spacer{.height_mm = 150}}};
    const PdfProbe probe(Render(document));
    EXPECT_EQ(probe.Pages(), 2);
    EXPECT_NE(probe.Text(2, 2).find("第二页"), std::string::npos);
}

TEST(PdfLayout, EnormousDocumentIsRefusedNotRenderedForever) {
    // Rows of nearly a page each, so the limit is reached after a few thousand layouts.
    std::string tall;
    for (int line = 0; line < 48; ++line) tall += "安装记录\n";
    Table table{.columns = {{"记录", 1, Align::kLeft}}, .rows = {}, .total_rows = {}};
    for (int i = 0; i < 2100; ++i) table.rows.push_back({tall});
    const auto pdf = RenderPdf(Document{.blocks = {std::move(table)}});
    ASSERT_FALSE(pdf.has_value());
    EXPECT_EQ(pdf.error().code(), ErrorCode::kInvalidArgument);
    ASSERT_EQ(pdf.error().violations().size(), 1U);
    EXPECT_EQ(pdf.error().violations()[0].reason, "too_many_pages");
}

TEST(PageFlow, PageStartHooksRunOnEveryNewPageUntilPopped) {
    PageFlow flow;
    int runs = 0;
    ASSERT_TRUE(flow.PushPageStart(
        [&runs](PageFlow& next) {
            ++runs;
            next.Advance(Mm(10));
        },
        Mm(10)));
    flow.NewPage();
    EXPECT_EQ(runs, 1);
    EXPECT_TRUE(flow.AtPageTop());
    EXPECT_DOUBLE_EQ(flow.y(), kMarginTop + Mm(10));
    flow.Advance(Mm(20));
    EXPECT_FALSE(flow.AtPageTop());
    flow.EnsureSpace(flow.Remaining() + 1);
    EXPECT_EQ(runs, 2);
    EXPECT_EQ(flow.page_count(), 2);
    flow.PopPageStart();
    flow.NewPage();
    EXPECT_EQ(runs, 2);
    EXPECT_DOUBLE_EQ(flow.y(), kMarginTop);
}

TEST(PageFlow, RefusesHooksThatWouldLeaveLessThanHalfAPage) {
    PageFlow flow;
    EXPECT_FALSE(flow.PushPageStart([](PageFlow&) {}, Mm(150)));
    EXPECT_TRUE(flow.PushPageStart([](PageFlow& next) { next.Advance(Mm(50)); }, Mm(50)));
    EXPECT_FALSE(flow.PushPageStart([](PageFlow&) {}, Mm(90)));
}

TEST(CellRow, SplitsATallRowBetweenLinesAndKeepsEveryLine) {
    auto engine = TextEngine::Create();
    ASSERT_TRUE(engine.has_value()) << engine.error().message();
    std::string text;
    for (int i = 0; i < 120; ++i) text += "办公桌安装记录\n";
    const CellPadding padding{.x = Mm(1), .y = Mm(1)};
    const Cell cell = MakeCell(*engine, text, {}, kMarginLeft, kContentWidth, padding);
    ASSERT_GT(cell.text.height(), kContentBottom - kMarginTop);

    PageFlow flow;
    flow.NewPage();
    flow.Advance(Mm(200));
    ASSERT_TRUE(PlaceRow(flow, {cell}, padding).has_value());
    // Started on the first page (split, not moved), needed at least two more.
    EXPECT_GE(flow.page_count(), 3);
    const std::vector<LaidOutPage> pages = flow.TakePages();
    EXPECT_EQ(pages.front().ops.size(), 1U);
}

}  // namespace
}  // namespace kefu::documents
