// Photo re-encoding benchmark: what one upload costs for the photos phones send, printed as a
// table. `kefu_images_bench [--iterations N] [--threads T]`; with T > 1 every thread
// re-encodes the 12 MP photo at once and the photos per second are printed too.
#include <fmt/format.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "images/photo.hpp"
#include "images/testing/jpeg_segments.hpp"
#include "images/testing/photo_fixtures.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace samples = kefu::images::testing;

struct Options {
    int iterations = 20;
    int threads = 1;
};

Options Parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view flag = argv[i];
        if (flag == "--iterations") options.iterations = std::atoi(argv[i + 1]);
        if (flag == "--threads") options.threads = std::atoi(argv[i + 1]);
    }
    return options;
}

double Milliseconds(Clock::duration duration) {
    return std::chrono::duration<double, std::milli>(duration).count();
}

/// CPU time of the process so far (all threads, libvips' workers included).
double CpuMilliseconds() {
    return 1000.0 * static_cast<double>(std::clock()) / static_cast<double>(CLOCKS_PER_SEC);
}

/// A line of /proc/self/status in MiB, e.g. VmHWM (the peak resident size).
double StatusMiB(std::string_view key) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with(key)) return std::atof(line.c_str() + key.size() + 1) / 1024.0;
    }
    return 0;
}

/// How much the resident size grew during one call: freed memory goes back to the system, the
/// peak is reset to the current size (Linux ≥ 4.0), then the call runs.
double PeakGrowthMiB(const std::string& photo, std::string_view type) {
    malloc_trim(0);
    std::ofstream("/proc/self/clear_refs") << "5";
    const double before = StatusMiB("VmRSS:");
    const auto result = kefu::images::ReencodePhoto(photo, type);
    return result ? StatusMiB("VmHWM:") - before : -1;
}

kefu::images::Photo Reencode(const std::string& photo, std::string_view type) {
    auto result = kefu::images::ReencodePhoto(photo, type);
    if (!result) {
        fmt::print(stderr, "refused: {}\n", result.error().message());
        std::exit(1);
    }
    return std::move(*result);
}

/// Re-encodes `photo` `iterations` times; prints the median wall-clock time, the mean CPU time,
/// the peak memory of one call and both sizes.
void Measure(std::string_view name,
             const std::string& photo,
             std::string_view type,
             int iterations) {
    const double peak = PeakGrowthMiB(photo, type);
    std::vector<double> times;
    kefu::images::Photo out;
    const double cpu_start = CpuMilliseconds();
    for (int i = 0; i < iterations; ++i) {
        const auto start = Clock::now();
        out = Reencode(photo, type);
        times.push_back(Milliseconds(Clock::now() - start));
    }
    const double cpu = (CpuMilliseconds() - cpu_start) / static_cast<double>(iterations);
    std::sort(times.begin(), times.end());
    fmt::print("{:<40} {:>9.1f} {:>8.1f} {:>9.1f} {:>9.0f} {:>6}×{:<5} {:>8.0f}\n",
               name,
               times[times.size() / 2],
               cpu,
               peak,
               static_cast<double>(photo.size()) / 1024.0,
               out.width,
               out.height,
               static_cast<double>(out.jpeg.size()) / 1024.0);
}

/// How long a refusal from the header takes, median of `iterations`.
void MeasureRefusal(std::string_view name,
                    const std::string& photo,
                    std::string_view type,
                    int iterations) {
    std::vector<double> times;
    for (int i = 0; i < iterations; ++i) {
        const auto start = Clock::now();
        const auto result = kefu::images::ReencodePhoto(photo, type);
        times.push_back(Milliseconds(Clock::now() - start));
        if (result) std::exit(1);
    }
    std::sort(times.begin(), times.end());
    fmt::print("{:<40} {:>9.2f} ms, {:.0f} KiB\n",
               name,
               times[times.size() / 2],
               static_cast<double>(photo.size()) / 1024.0);
}

void Throughput(const std::string& photo, const Options& options) {
    const auto start = Clock::now();
    {
        std::vector<std::jthread> threads;
        threads.reserve(static_cast<std::size_t>(options.threads));
        for (int t = 0; t < options.threads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < options.iterations; ++i) (void)Reencode(photo, "image/jpeg");
            });
        }
    }
    const double seconds = Milliseconds(Clock::now() - start) / 1000.0;
    fmt::print("{} threads, 12 MP JPEG: {:.1f} photos/s\n",
               options.threads,
               options.threads * options.iterations / seconds);
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = Parse(argc, argv);
    // A phone photo as uploaded: 12 MP, quality 92, EXIF with GPS, taken upright (orientation 6).
    const std::string phone =
        samples::InsertAfterSoi(samples::CameraJpeg(4000, 3000, 92), samples::ExifSegment(6));
    fmt::print("{:<40} {:>9} {:>8} {:>9} {:>9} {:>12} {:>8}\n",
               "photo (→ 1600 px, Q80)",
               "median ms",
               "CPU ms",
               "peak MiB",
               "in KiB",
               "out",
               "out KiB");
    Measure("12 MP JPEG 4000×3000 (phone)", phone, "image/jpeg", options.iterations);
    Measure("12 MP JPEG, progressive",
            samples::Resaved(phone, ".jpg[Q=92,interlace]"),
            "image/jpeg",
            options.iterations);
    const std::string large = samples::CameraJpeg(8160, 6120, 92);
    Measure("50 MP JPEG 8160×6120", large, "image/jpeg", std::max(1, options.iterations / 4));
    Measure("50 MP JPEG, progressive",
            samples::Resaved(large, ".jpg[Q=92,interlace]"),
            "image/jpeg",
            std::max(1, options.iterations / 4));
    // Flat colours with a transparent half, as screenshots and drawings are; photos as PNG
    // would pass 16 MiB at 12 MP.
    const std::string flat = samples::RgbaPng(4000, 3000, true);
    Measure("12 MP PNG RGBA (flat)", flat, "image/png", options.iterations);
    Measure("12 MP PNG RGBA, interlaced",
            samples::Resaved(flat, ".png[interlace]"),
            "image/png",
            std::max(1, options.iterations / 4));
    Measure("50 MP PNG RGBA, interlaced",
            samples::Resaved(samples::RgbaPng(8160, 6120, true), ".png[interlace]"),
            "image/png",
            std::max(1, options.iterations / 4));
    MeasureRefusal("refused: 30000×30000 PNG pixel bomb",
                   samples::PngPixelBomb(30000, 30000),
                   "image/png",
                   options.iterations);
    if (options.threads > 1) Throughput(phone, options);
    return 0;
}
