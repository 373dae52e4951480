#include "documents/testing/pdf_probe.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>
#include <vector>

#include "documents/testing/external_tool.hpp"

namespace kefu::documents::testing {
namespace {

PrivateTempDir MakeDir() {
    auto dir = PrivateTempDir::Create("kefu-pdf-test-");
    if (!dir) throw std::runtime_error(dir.error().message());  // tests only
    return std::move(*dir);
}

}  // namespace

PdfProbe::PdfProbe(const std::string& pdf)
    : dir_(MakeDir()), file_((dir_.path() / "document.pdf").string()) {
    WriteBytes(file_, pdf);
}

std::string PdfProbe::Run(const std::vector<std::string>& argv) const {
    const ToolResult result = RunTool(argv, dir_.path());
    EXPECT_EQ(result.exit_code, 0) << argv[0] << " failed: " << result.err;
    return result.out;
}

std::string PdfProbe::Text(int first, int last, bool layout) const {
    if (!RequireTool("pdftotext", "poppler-utils")) return {};
    std::vector<std::string> argv{"pdftotext", "-enc", "UTF-8"};
    if (layout) argv.emplace_back("-layout");
    if (first > 0) argv.insert(argv.end(), {"-f", std::to_string(first)});
    if (last > 0) argv.insert(argv.end(), {"-l", std::to_string(last)});
    argv.insert(argv.end(), {file_, "-"});
    return Run(argv);
}

std::string PdfProbe::Info() const {
    if (!RequireTool("pdfinfo", "poppler-utils")) return {};
    return Run({"pdfinfo", "-enc", "UTF-8", file_});
}

int PdfProbe::Pages() const {
    std::smatch match;
    const std::string info = Info();
    if (!std::regex_search(info, match, std::regex(R"(Pages:\s+(\d+))"))) return -1;
    return std::stoi(match[1].str());
}

std::string PdfProbe::Fonts() const {
    if (!RequireTool("pdffonts", "poppler-utils")) return {};
    return Run({"pdffonts", file_});
}

std::string PdfProbe::Images() const {
    if (!RequireTool("pdfimages", "poppler-utils")) return {};
    return Run({"pdfimages", "-list", file_});
}

std::vector<std::string> PdfProbe::EmbeddedJpegs() const {
    if (!RequireTool("pdfimages", "poppler-utils")) return {};
    const std::filesystem::path out = dir_.path() / "embedded";
    std::filesystem::create_directory(out);
    Run({"pdfimages", "-j", file_, (out / "image").string()});
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
        if (entry.path().extension() == ".jpg") files.push_back(entry.path());
    }
    std::ranges::sort(files);  // image-000.jpg, image-001.jpg … in page order
    std::vector<std::string> jpegs;
    jpegs.reserve(files.size());
    for (const auto& file : files) jpegs.push_back(ReadBytes(file));
    return jpegs;
}

std::string PdfProbe::DecodeQr(int page, int dpi) const {
    if (!RequireTool("pdftoppm", "poppler-utils") || !RequireTool("zbarimg", "zbar-tools")) {
        return {};
    }
    const std::string prefix = (dir_.path() / "page").string();
    Run({"pdftoppm",
         "-r",
         std::to_string(dpi),
         "-png",
         "-singlefile",
         "-f",
         std::to_string(page),
         "-l",
         std::to_string(page),
         file_,
         prefix});
    const ToolResult result =
        RunTool({"zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", prefix + ".png"},
                dir_.path());
    std::string text = result.out;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

std::string WithoutSpaces(const std::string& text) {
    std::string compact;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) == 0 && c != '\f') compact.push_back(c);
    }
    return compact;
}

int Count(const std::string& haystack, const std::string& needle) {
    int count = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + needle.size())) {
        ++count;
    }
    return count;
}

}  // namespace kefu::documents::testing
