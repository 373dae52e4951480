// Document module benchmark: render time and size of typical documents, printed as a table.
// `kefu_documents_bench [--iterations N] [--threads T] [--out DIR]` (--out also writes the
// sample PDFs and XLSX there, to look at them).
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "documents/pdf_renderer.hpp"
#include "documents/testing/sample_documents.hpp"
#include "documents/text_engine.hpp"
#include "documents/xlsx_writer.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using kefu::documents::CopyLayout;
namespace samples = kefu::documents::testing;

struct Options {
    int iterations = 20;
    int threads = 4;
    std::string out;
};

Options Parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view flag = argv[i];
        if (flag == "--iterations") options.iterations = std::atoi(argv[i + 1]);
        if (flag == "--threads") options.threads = std::atoi(argv[i + 1]);
        if (flag == "--out") options.out = argv[i + 1];
    }
    return options;
}

double Milliseconds(Clock::duration duration) {
    return std::chrono::duration<double, std::milli>(duration).count();
}

/// CPU time of the process so far: on a shared machine it moves less than wall-clock time.
double CpuMilliseconds() {
    return 1000.0 * static_cast<double>(std::clock()) / static_cast<double>(CLOCKS_PER_SEC);
}

/// Runs `produce` `iterations` times; prints the median and mean wall-clock time, the mean CPU
/// time and the output size.
void Measure(std::string_view name, int iterations, const std::function<std::string()>& produce) {
    std::vector<double> times;
    std::size_t size = 0;
    const double cpu_start = CpuMilliseconds();
    for (int i = 0; i < iterations; ++i) {
        const auto start = Clock::now();
        size = produce().size();
        times.push_back(Milliseconds(Clock::now() - start));
    }
    const double cpu = (CpuMilliseconds() - cpu_start) / static_cast<double>(iterations);
    std::sort(times.begin(), times.end());
    double total = 0;
    for (const double time : times) total += time;
    fmt::print("{:<44} {:>9.1f} {:>9.1f} {:>8.1f} {:>10.1f}\n",
               name,
               times[times.size() / 2],
               total / static_cast<double>(times.size()),
               cpu,
               static_cast<double>(size) / 1024.0);
}

std::string Pdf(const kefu::documents::Document& document) {
    auto pdf = kefu::documents::RenderPdf(document);
    if (!pdf) {
        fmt::print(stderr, "render failed: {}\n", pdf.error().message());
        std::exit(1);
    }
    return std::move(*pdf);
}

void Write(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = Parse(argc, argv);
    const auto form = samples::SampleFeedbackForm();
    const auto receipt = samples::SampleInstallationReceipt(samples::SampleSignaturePng());
    const auto note = samples::SampleDeliveryNote(8, CopyLayout::kNewPage);
    const auto sheet = samples::SampleDeliveryNote(2, CopyLayout::kSameSheet);
    const auto long_note = samples::SampleDeliveryNote(300, CopyLayout::kNewPage);
    const auto workbook = samples::SampleFinanceWorkbook();

    if (!options.out.empty()) {
        const std::filesystem::path dir(options.out);
        std::filesystem::create_directories(dir);
        Write(dir / "feedback_form.pdf", Pdf(form));
        Write(dir / "installation_receipt.pdf", Pdf(receipt));
        Write(dir / "delivery_note.pdf", Pdf(note));
        Write(dir / "delivery_note_same_sheet.pdf", Pdf(sheet));
        Write(dir / "delivery_note_300_items.pdf", Pdf(long_note));
        Write(dir / "finance.xlsx", *kefu::documents::WriteXlsx(workbook));
    }

    fmt::print(
        "{:<44} {:>9} {:>9} {:>8} {:>10}\n", "case", "median ms", "mean ms", "cpu ms", "size KiB");
    Measure("new font engine (TextEngine::Create)", options.iterations, [] {
        auto engine = kefu::documents::TextEngine::Create();
        return std::string(engine ? 1 : 0, 'x');
    });
    Measure("feedback form, 1 page", options.iterations, [&] { return Pdf(form); });
    Measure(
        "installation receipt + signature PNG", options.iterations, [&] { return Pdf(receipt); });
    Measure("delivery note, 8 items, 2 copies", options.iterations, [&] { return Pdf(note); });
    Measure("delivery note, 300 items, 2 copies", std::max(1, options.iterations / 10), [&] {
        return Pdf(long_note);
    });
    Measure("finance workbook, 2 sheets (XLSX)", options.iterations, [&] {
        return *kefu::documents::WriteXlsx(workbook);
    });

    // Throughput with several threads rendering the one-page form at once.
    const int per_thread = options.iterations;
    const auto start = Clock::now();
    {
        std::vector<std::jthread> threads;
        threads.reserve(static_cast<std::size_t>(options.threads));
        for (int t = 0; t < options.threads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < per_thread; ++i) Pdf(form);
            });
        }
    }
    const double elapsed = Milliseconds(Clock::now() - start);
    const int total = options.threads * per_thread;
    fmt::print("{} threads × {} feedback forms: {:.0f} ms, {:.1f} forms/s on {} cores\n",
               options.threads,
               per_thread,
               elapsed,
               total * 1000.0 / elapsed,
               std::thread::hardware_concurrency());
    return 0;
}
