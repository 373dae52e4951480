// Reads a rendered PDF back with poppler-utils and zbar-tools, the way a person's viewer would.
#pragma once

#include <string>
#include <vector>

#include "documents/private_temp_dir.hpp"

namespace kefu::documents::testing {

/// A PDF written to a private directory, with the readers' views of it. Every reader records a
/// test failure naming its Debian package when it is not installed.
class PdfProbe {
public:
    /// Writes `pdf` to a fresh private directory.
    explicit PdfProbe(const std::string& pdf);

    /// pdftotext of pages first..last (1-based; 0 = from the start / to the end). `layout`
    /// keeps the physical line layout (-layout), which shows where text wrapped.
    std::string Text(int first = 0, int last = 0, bool layout = false) const;
    /// The "Pages:" figure of pdfinfo, or -1.
    int Pages() const;
    /// pdfinfo's full output (title, creator, page size …).
    std::string Info() const;
    /// pdffonts' table of fonts.
    std::string Fonts() const;
    /// pdfimages -list's table of images.
    std::string Images() const;
    /// The JPEG files embedded as they are (pdfimages -j), in page order.
    std::vector<std::string> EmbeddedJpegs() const;
    /// What zbarimg decodes from page `page` rasterised by pdftoppm at `dpi` ("" if nothing).
    std::string DecodeQr(int page, int dpi = 200) const;

private:
    std::string Run(const std::vector<std::string>& argv) const;

    PrivateTempDir dir_;
    std::string file_;
};

/// `text` without any whitespace, so that text wrapped over several lines reads as one.
std::string WithoutSpaces(const std::string& text);
/// How many times `needle` occurs in `haystack`.
int Count(const std::string& haystack, const std::string& needle);

}  // namespace kefu::documents::testing
