// Rendering from several threads at once (the HTTP server's worker pool): every call succeeds
// and produces exactly what a lone call produces. Run under ASan (dev preset) or TSan.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "documents/pdf_renderer.hpp"
#include "documents/testing/pdf_probe.hpp"
#include "documents/testing/sample_documents.hpp"
#include "documents/xlsx_writer.hpp"

namespace kefu::documents {
namespace {

constexpr int kThreads = 4;
constexpr int kRendersPerThread = 2;

TEST(PdfConcurrency, FourThreadsRenderTheSameBytesAsOne) {
    const Document receipt = testing::SampleInstallationReceipt(testing::SampleSignaturePng());
    const Document note = testing::SampleDeliveryNote(8, CopyLayout::kNewPage);
    const auto lone_receipt = RenderPdf(receipt);
    const auto lone_note = RenderPdf(note);
    ASSERT_TRUE(lone_receipt.has_value() && lone_note.has_value());

    std::vector<std::vector<std::string>> outputs(kThreads);
    std::vector<std::string> errors(kThreads);
    {
        std::vector<std::jthread> threads;
        threads.reserve(kThreads);
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                const auto slot = static_cast<std::size_t>(t);
                for (int i = 0; i < kRendersPerThread; ++i) {
                    // Mixed documents, so threads lay out different text at the same time.
                    auto pdf = RenderPdf((t + i) % 2 == 0 ? receipt : note);
                    if (!pdf) {
                        errors[slot] = pdf.error().message();
                        return;
                    }
                    outputs[slot].push_back(std::move(*pdf));
                }
            });
        }
    }
    for (int t = 0; t < kThreads; ++t) {
        const auto slot = static_cast<std::size_t>(t);
        ASSERT_TRUE(errors[slot].empty()) << "thread " << t << ": " << errors[slot];
        ASSERT_EQ(outputs[slot].size(), static_cast<std::size_t>(kRendersPerThread));
        for (int i = 0; i < kRendersPerThread; ++i) {
            const std::string& expected = (t + i) % 2 == 0 ? *lone_receipt : *lone_note;
            EXPECT_EQ(outputs[slot][static_cast<std::size_t>(i)], expected)
                << "thread " << t << " render " << i;
        }
    }
    const testing::PdfProbe probe(outputs[1][0]);
    EXPECT_NE(probe.Text().find("第一联 存根"), std::string::npos);
}

TEST(XlsxConcurrency, FourThreadsWriteWorkbooks) {
    const Workbook workbook = testing::SampleFinanceWorkbook();
    std::vector<std::string> errors(kThreads);
    std::vector<std::size_t> sizes(kThreads);
    {
        std::vector<std::jthread> threads;
        threads.reserve(kThreads);
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                const auto slot = static_cast<std::size_t>(t);
                for (int i = 0; i < kRendersPerThread; ++i) {
                    auto xlsx = WriteXlsx(workbook);
                    if (!xlsx) {
                        errors[slot] = xlsx.error().message();
                        return;
                    }
                    sizes[slot] = xlsx->size();
                }
            });
        }
    }
    for (int t = 0; t < kThreads; ++t) {
        const auto slot = static_cast<std::size_t>(t);
        EXPECT_TRUE(errors[slot].empty()) << errors[slot];
        EXPECT_GT(sizes[slot], 4000U);
    }
}

}  // namespace
}  // namespace kefu::documents
