// The document model a capability fills in to print a form or report as an A4 PDF.
//
// A Document is a list of blocks laid out top to bottom on A4 portrait pages; pages break by
// themselves. Lengths are millimetres, font sizes points. All text is UTF-8 and shown as given
// (never interpreted as markup); the module holds no user-facing wording of its own, so labels
// such as "第一联" or "第 {page} 页" come from the caller. Every member has a default member
// initializer, so callers name only what they need in designated initializers (g++ 12's
// -Wmissing-field-initializers stays quiet for members that have one).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kefu::documents {

/// Horizontal placement of text or of a box inside the content width.
enum class Align : std::uint8_t { kLeft, kCenter, kRight };

/// A title line. Level 1 is the form's title (18 pt), 2 a section (13 pt), 3 a sub-section
/// (11 pt); all bold. A heading is never left alone at the bottom of a page.
struct Heading {
    std::string text{};
    int level = 1;
    Align align = Align::kCenter;
};

/// Running text, wrapped to the content width; long paragraphs continue on the next page.
struct Paragraph {
    std::string text{};
    Align align = Align::kLeft;
    double size_pt = 10.0;
    bool bold = false;
};

/// One "label: value" pair of a paper form's grid.
struct Field {
    std::string label{};
    std::string value{};
    int span = 1;  ///< pairs of the row this field occupies (an address may take a whole row)
};

/// Label/value pairs in bordered cells, `pairs_per_row` pairs a row: 1 pair = the 2-column form
/// layout, 2 pairs = the 4-column one. Long values wrap inside their cell. When a field does not
/// fit the rest of a row it starts the next row and the previous field widens to fill the gap.
struct FieldGrid {
    std::vector<Field> fields{};
    int pairs_per_row = 2;
};

/// A table column: its header, its share of the content width and the alignment of its cells.
struct Column {
    std::string title{};
    double weight = 1.0;  ///< relative width; widths are weight / sum of weights
    Align align = Align::kLeft;
};

/// A bordered table. Every row has exactly one cell per column. The header row repeats at the
/// top of every page the table continues on; long cell text wraps inside its cell, and a row
/// taller than the rest of the page continues on the next one. `total_rows` follow in bold.
struct Table {
    std::vector<Column> columns{};
    std::vector<std::vector<std::string>> rows{};
    std::vector<std::vector<std::string>> total_rows{};
};

/// One signature box: the captured image (PNG bytes from the signature pad) with who signed and
/// when, or, with no image, an empty line to sign on paper.
struct Signature {
    std::string label{};      ///< e.g. "客户签字"
    std::string png{};        ///< PNG file bytes; empty = a line to sign by hand
    std::string signer{};     ///< printed under the box; may be empty
    std::string signed_at{};  ///< printed under the box, as the caller formats it; may be empty
};

/// Signature boxes side by side in equal columns (e.g. customer and installer); never split.
struct SignatureRow {
    std::vector<Signature> signatures{};
};

/// A QR code of `text` (bytes as given, typically a verification URL) with an optional caption
/// under it. Drawn with a quiet zone of 4 modules inside `size_mm`.
struct QrCode {
    std::string text{};
    std::string caption{};
    double size_mm = 28.0;
    Align align = Align::kRight;
};

/// A photo (JPEG bytes, e.g. of a paper copy signed by hand) scaled to fit the content width
/// and `max_height_mm`, keeping its proportions, with an optional caption under it; never split.
/// The file is embedded as it is: the PDF shows the photo at its own quality.
struct Photo {
    std::string jpeg{};
    std::string caption{};
    double max_height_mm = 100.0;
    Align align = Align::kCenter;
};

/// Vertical white space.
struct Spacer {
    double height_mm = 4.0;
};

/// Continue on a new page.
struct PageBreak {};

/// One element of the document's flow.
using Block = std::
    variant<Heading, Paragraph, FieldGrid, Table, SignatureRow, QrCode, Photo, Spacer, PageBreak>;

/// How several copies of one document share paper.
enum class CopyLayout : std::uint8_t {
    kNewPage,    ///< each copy starts a page; page numbers restart with every copy
    kSameSheet,  ///< copies follow each other, separated by a dashed cut line; numbers run on
};

/// The line at the bottom of every page.
struct Footer {
    std::string text{};  ///< left-hand text, e.g. the company's name
    /// Right-hand page number; "{page}" and "{pages}" are replaced. Empty = no page numbers.
    std::string page_format = "{page} / {pages}";
    std::string hash_line{};  ///< small second line, e.g. "SHA-256 …" of the signed content
};

/// A printable document. With `copies` empty it prints once without a copy label; otherwise it
/// prints once per label (e.g. "第一联 存根", "第二联 客户"), the label boxed at the top right
/// of every page of that copy.
struct Document {
    std::string title{};   ///< PDF metadata title (the printed title is a Heading block)
    std::string author{};  ///< PDF metadata author; may be empty
    /// PDF metadata creation date "YYYY-MM-DDThh:mm:ss[+08:00]"; empty = when rendered.
    std::string created_at{};
    std::vector<Block> blocks{};
    std::vector<std::string> copies{};
    CopyLayout copy_layout = CopyLayout::kNewPage;
    Footer footer{};
};

}  // namespace kefu::documents
