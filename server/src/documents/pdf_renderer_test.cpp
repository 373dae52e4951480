// The PDF renderer's output read back with poppler-utils and zbar-tools: text, pages, fonts,
// metadata, the QR code and the signature image; bad input as error values.
#include "documents/pdf_renderer.hpp"

#include <gtest/gtest.h>

#include <string>

#include "documents/testing/pdf_probe.hpp"
#include "documents/testing/sample_documents.hpp"

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

bool HasViolation(const Error& error, const std::string& field, const std::string& reason) {
    for (const FieldViolation& violation : error.violations()) {
        if (violation.field == field && violation.reason == reason) return true;
    }
    return false;
}

TEST(RenderPdf, FeedbackFormIsOneA4PageWithItsChineseText) {
    const std::string pdf = Render(testing::SampleFeedbackForm());
    ASSERT_TRUE(pdf.starts_with("%PDF-"));
    const PdfProbe probe(pdf);

    EXPECT_EQ(probe.Pages(), 1);
    const std::string info = probe.Info();
    EXPECT_NE(info.find("A4"), std::string::npos) << info;
    EXPECT_NE(info.find("客户意见反馈表 KF-2026-0315"), std::string::npos) << info;
    EXPECT_NE(info.find("Creator:         kefu"), std::string::npos) << info;
    EXPECT_NE(info.find("济南华府办公家具有限公司 客服部"), std::string::npos) << info;

    const std::string text = probe.Text();
    for (const char* expected : {"客户意见反馈表",
                                 "山东鲁信投资控股集团有限公司",
                                 "0531-86557788",
                                 "经十路",
                                 "产品质量（材质、做工、颜色）",
                                 "很满意",
                                 "客户签字",
                                 "扫码核验本单"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    }
    // pdftotext drops the narrow spaces around the digits of "第 1 页 共 1 页".
    EXPECT_NE(WithoutSpaces(text).find("第1页共1页"), std::string::npos) << text;
    EXPECT_NE(WithoutSpaces(text).find("希望以后运输时加强包装保护"), std::string::npos);
}

TEST(RenderPdf, EmbedsNotoSansCjkSubsets) {
    const PdfProbe probe(Render(testing::SampleFeedbackForm()));
    const std::string fonts = probe.Fonts();
    EXPECT_NE(fonts.find("NotoSansCJKsc-Regular"), std::string::npos) << fonts;
    EXPECT_NE(fonts.find("NotoSansCJKsc-Bold"), std::string::npos) << fonts;
    // Every font embedded: the PDF prints the same on a machine without Noto CJK.
    EXPECT_EQ(Count(fonts, " no "), 0) << fonts;
}

TEST(RenderPdf, OnePageFormStaysSmall) {
    // cairo 1.16 embeds ~850 KB of font subroutines when Latin letters such as "KF" share a
    // subset with Chinese glyphs; ASCII is set in its own face to keep forms near 200 KB.
    const auto form = RenderPdf(testing::SampleFeedbackForm());
    ASSERT_TRUE(form.has_value());
    EXPECT_LT(form->size(), 300U * 1024U);
    const Document mixed{.blocks = {Paragraph{.text = "编号：KF-2026-0315 号KF 号ABCDEFGHIJ"}}};
    const auto small = RenderPdf(mixed);
    ASSERT_TRUE(small.has_value());
    EXPECT_LT(small->size(), 150U * 1024U);
}

TEST(RenderPdf, DeliveryNoteInDuplicateOnTwoPagesLabelsEachCopy) {
    const PdfProbe probe(Render(testing::SampleDeliveryNote(6, CopyLayout::kNewPage)));
    ASSERT_EQ(probe.Pages(), 2);
    const std::string first = probe.Text(1, 1);
    const std::string second = probe.Text(2, 2);
    EXPECT_NE(first.find("第一联 存根"), std::string::npos) << first;
    EXPECT_EQ(first.find("第二联"), std::string::npos) << first;
    EXPECT_NE(second.find("第二联 客户"), std::string::npos) << second;
    for (const std::string& page : {first, second}) {
        EXPECT_NE(page.find("发货单"), std::string::npos);
        EXPECT_NE(page.find("人体工学椅"), std::string::npos);
        EXPECT_NE(page.find("1600×800×750"), std::string::npos);
        EXPECT_NE(page.find("鲁A·8K29X"), std::string::npos);
        // Numbering restarts with each copy.
        EXPECT_NE(WithoutSpaces(page).find("第1页共1页"), std::string::npos) << page;
        EXPECT_NE(page.find("SHA-256 3f9a1c0e5b7d2a4f"), std::string::npos) << page;
    }
}

TEST(RenderPdf, DuplicateOnOneSheetPutsBothCopiesOnOnePage) {
    const PdfProbe probe(Render(testing::SampleDeliveryNote(2, CopyLayout::kSameSheet)));
    ASSERT_EQ(probe.Pages(), 1);
    const std::string text = probe.Text();
    EXPECT_NE(text.find("第一联 存根"), std::string::npos) << text;
    EXPECT_NE(text.find("第二联 客户"), std::string::npos) << text;
    EXPECT_EQ(Count(text, "收货单位"), 2) << text;
}

TEST(RenderPdf, QrCodeDecodesToTheUrl) {
    const PdfProbe probe(Render(testing::SampleFeedbackForm()));
    EXPECT_EQ(probe.DecodeQr(1), testing::kSampleVerifyUrl);
}

TEST(RenderPdf, QrCodeKeepsChineseUrlBytes) {
    const std::string url = "https://kefu.example.cn/v/AZ-2026-0088?验证=1";
    const Document document{.title = "QR",
                            .blocks = {QrCode{.text = url, .size_mm = 40, .align = Align::kLeft}},
                            .footer = {.page_format = ""}};
    EXPECT_EQ(PdfProbe(Render(document)).DecodeQr(1), url);
}

TEST(RenderPdf, SignatureImageIsEmbedded) {
    const std::string png = testing::SampleSignaturePng();
    ASSERT_FALSE(png.empty());
    const PdfProbe probe(Render(testing::SampleInstallationReceipt(png)));
    const std::string images = probe.Images();
    // One image of the pad's 400 × 160 pixels (its transparency travels as an smask).
    EXPECT_NE(images.find("image     400   160"), std::string::npos) << images;
    const std::string text = probe.Text();
    EXPECT_NE(text.find("王主任"), std::string::npos) << text;
    EXPECT_NE(text.find("2026-03-12 16:32"), std::string::npos) << text;
}

TEST(RenderPdf, FormWithoutSignatureImagesHasNoImages) {
    const PdfProbe probe(Render(testing::SampleFeedbackForm()));
    EXPECT_EQ(Count(probe.Images(), " image "), 0);
}

TEST(RenderPdf, BrokenPngIsAnErrorValue) {
    const std::string png = testing::SampleSignaturePng();
    struct Case {
        std::string name;
        std::string bytes;
        std::string reason;
    };
    std::string huge = png;
    huge[16] = huge[17] = '\x7f';  // width in IHDR: about 2 billion pixels
    std::string corrupt = png;
    for (std::size_t i = 60; i < corrupt.size() - 20; i += 7) corrupt[i] = '\x5a';
    for (const Case& bad : {Case{"garbage", "not a png at all, just text", "invalid_png"},
                            Case{"truncated", png.substr(0, png.size() / 2), "invalid_png"},
                            Case{"corrupt", corrupt, "invalid_png"},
                            Case{"header only", png.substr(0, 33), "invalid_png"},
                            Case{"huge", huge, "too_large"}}) {
        const auto pdf = RenderPdf(testing::SampleInstallationReceipt(bad.bytes));
        ASSERT_FALSE(pdf.has_value()) << bad.name;
        EXPECT_EQ(pdf.error().code(), ErrorCode::kInvalidArgument) << bad.name;
        EXPECT_TRUE(HasViolation(pdf.error(), "blocks[4].signatures[0].png", bad.reason))
            << bad.name << ": " << pdf.error().message();
    }
}

TEST(RenderPdf, InvalidInputReportsEveryViolation) {
    Document document = testing::SampleDeliveryNote(2, CopyLayout::kNewPage);
    std::get<Table>(document.blocks[2]).rows[1].pop_back();
    std::get<FieldGrid>(document.blocks[1]).fields[0].value = "bad \xff\xfe utf-8";
    std::get<FieldGrid>(document.blocks[1]).fields[1].span = 3;
    document.blocks.emplace_back(QrCode{.text = std::string(2000, 'x')});
    document.blocks.emplace_back(Heading{.text = "", .level = 7});
    document.created_at = "yesterday";

    const auto pdf = RenderPdf(document);
    ASSERT_FALSE(pdf.has_value());
    const Error& error = pdf.error();
    EXPECT_EQ(error.code(), ErrorCode::kInvalidArgument);
    EXPECT_TRUE(HasViolation(error, "blocks[2].rows[1]", "cell_count"));
    EXPECT_TRUE(HasViolation(error, "blocks[1].fields[0].value", "invalid_utf8"));
    EXPECT_TRUE(HasViolation(error, "blocks[1].fields[1].span", "out_of_range"));
    EXPECT_TRUE(HasViolation(error, "blocks[6].text", "too_long"));
    EXPECT_TRUE(HasViolation(error, "blocks[7].text", "required"));
    EXPECT_TRUE(HasViolation(error, "blocks[7].level", "out_of_range"));
    EXPECT_TRUE(HasViolation(error, "createdAt", "invalid_format"));
    EXPECT_EQ(error.violations().size(), 7U);
}

TEST(RenderPdf, EmbeddedNulIsRejectedNotTruncated) {
    const Document document{.blocks = {Paragraph{.text = std::string("前\0后", 7)}}};
    const auto pdf = RenderPdf(document);
    ASSERT_FALSE(pdf.has_value());
    EXPECT_TRUE(HasViolation(pdf.error(), "blocks[0].text", "invalid_utf8"));
}

TEST(RenderPdf, TextIsNeverReadAsMarkup) {
    const Document document{
        .blocks = {Paragraph{.text = "<b>粗体</b> & <span foreground=\"red\">红</span>"}}};
    const std::string text = PdfProbe(Render(document)).Text();
    EXPECT_NE(text.find("<b>粗体</b> & <span foreground=\"red\">红</span>"), std::string::npos)
        << text;
}

TEST(RenderPdf, SameInputGivesTheSameBytes) {
    // With created_at fixed nothing time-dependent remains, so a stored PDF can be re-rendered
    // and compared.
    const Document document = testing::SampleDeliveryNote(5, CopyLayout::kNewPage);
    EXPECT_EQ(Render(document), Render(document));
}

}  // namespace
}  // namespace kefu::documents
