#include "documents/document_validation.hpp"

#include <fmt/format.h>
#include <glib.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "documents/document_limits.hpp"

namespace kefu::documents {
namespace {

bool IsValidUtf8(std::string_view text) {
    // g_utf8_validate with an explicit length also refuses embedded NULs, which would cut the
    // text short inside pango.
    return text.empty() ||
           g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr) != FALSE;
}

bool IsDigits(std::string_view text) {
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return !text.empty();
}

/// "YYYY-MM-DDThh:mm:ss" optionally followed by "Z" or "+hh:mm"/"-hh:mm": what cairo's PDF
/// metadata expects; anything else would be written into the file unchecked.
bool IsPdfDate(std::string_view text) {
    if (text.size() < 19) return false;
    const auto part = [&](std::size_t at, std::size_t length) { return text.substr(at, length); };
    if (!IsDigits(part(0, 4)) || text[4] != '-' || !IsDigits(part(5, 2)) || text[7] != '-' ||
        !IsDigits(part(8, 2)) || text[10] != 'T' || !IsDigits(part(11, 2)) || text[13] != ':' ||
        !IsDigits(part(14, 2)) || text[16] != ':' || !IsDigits(part(17, 2))) {
        return false;
    }
    const std::string_view zone = text.substr(19);
    if (zone.empty() || zone == "Z") return true;
    return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && IsDigits(zone.substr(1, 2)) &&
           zone[3] == ':' && IsDigits(zone.substr(4, 2));
}

class Checker {
public:
    void Text(const std::string& path, std::string_view text) {
        if (!IsValidUtf8(text)) {
            violations_.Add(path, "invalid_utf8");
        } else if (text.size() > kMaxTextBytes) {
            violations_.Add(path, "too_long");
        }
    }
    void Required(const std::string& path, std::string_view text) {
        if (text.empty()) {
            violations_.Add(path, "required");
        } else {
            Text(path, text);
        }
    }
    void Range(const std::string& path, double value, double low, double high) {
        if (!std::isfinite(value) || value < low || value > high) {
            violations_.Add(path, "out_of_range");
        }
    }
    void Add(const std::string& path, std::string reason) {
        violations_.Add(path, std::move(reason));
    }
    Result<void> Finish() const { return violations_.ToResult("invalid document"); }

    void Block(const std::string& path, const Heading& heading) {
        Required(path + ".text", heading.text);
        Range(path + ".level", heading.level, 1, 3);
    }
    void Block(const std::string& path, const Paragraph& paragraph) {
        Text(path + ".text", paragraph.text);
        Range(path + ".sizePt", paragraph.size_pt, kMinFontPt, kMaxFontPt);
    }
    void Block(const std::string& path, const FieldGrid& grid) {
        Range(path + ".pairsPerRow", grid.pairs_per_row, 1, kMaxPairsPerRow);
        for (std::size_t i = 0; i < grid.fields.size(); ++i) {
            const std::string field = fmt::format("{}.fields[{}]", path, i);
            Text(field + ".label", grid.fields[i].label);
            Text(field + ".value", grid.fields[i].value);
            Range(field + ".span", grid.fields[i].span, 1, std::max(grid.pairs_per_row, 1));
        }
    }
    void Block(const std::string& path, const Table& table) {
        if (table.columns.empty() || table.columns.size() > kMaxColumns) {
            Add(path + ".columns", "out_of_range");
        }
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const std::string column = fmt::format("{}.columns[{}]", path, i);
            Text(column + ".title", table.columns[i].title);
            Range(column + ".weight", table.columns[i].weight, 0.01, 100.0);
        }
        Rows(path + ".rows", table.rows, table.columns.size());
        Rows(path + ".totalRows", table.total_rows, table.columns.size());
    }
    void Block(const std::string& path, const SignatureRow& row) {
        if (row.signatures.empty() || row.signatures.size() > kMaxSignaturesPerRow) {
            Add(path + ".signatures", "out_of_range");
        }
        for (std::size_t i = 0; i < row.signatures.size(); ++i) {
            const std::string signature = fmt::format("{}.signatures[{}]", path, i);
            Text(signature + ".label", row.signatures[i].label);
            Text(signature + ".signer", row.signatures[i].signer);
            Text(signature + ".signedAt", row.signatures[i].signed_at);
            if (row.signatures[i].png.size() > kMaxPngBytes) Add(signature + ".png", "too_long");
        }
    }
    void Block(const std::string& path, const QrCode& qr) {
        if (qr.text.empty()) {
            Add(path + ".text", "required");
        } else if (qr.text.size() > kMaxQrBytes) {
            Add(path + ".text", "too_long");
        }
        Text(path + ".caption", qr.caption);
        Range(path + ".sizeMm", qr.size_mm, kMinQrMm, kMaxQrMm);
    }
    void Block(const std::string& path, const Photo& photo) {
        if (photo.jpeg.empty()) {
            Add(path + ".jpeg", "required");
        } else if (photo.jpeg.size() > kMaxPhotoBytes) {
            Add(path + ".jpeg", "too_long");
        }
        Text(path + ".caption", photo.caption);
        Range(path + ".maxHeightMm", photo.max_height_mm, kMinPhotoMm, kMaxPhotoMm);
    }
    void Block(const std::string& path, const Spacer& spacer) {
        Range(path + ".heightMm", spacer.height_mm, 0.0, kMaxSpacerMm);
    }
    void Block(const std::string& /*path*/, const PageBreak& /*page_break*/) {}

private:
    void Rows(const std::string& path,
              const std::vector<std::vector<std::string>>& rows,
              std::size_t columns) {
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const std::string row = fmt::format("{}[{}]", path, r);
            if (rows[r].size() != columns) {
                Add(row, "cell_count");
                continue;
            }
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                Text(fmt::format("{}[{}]", row, c), rows[r][c]);
            }
        }
    }

    Violations violations_;
};

}  // namespace

Result<void> ValidateDocument(const Document& document) {
    Checker check;
    check.Text("title", document.title);
    check.Text("author", document.author);
    if (!document.created_at.empty() && !IsPdfDate(document.created_at)) {
        check.Add("createdAt", "invalid_format");
    }
    if (document.copies.size() > kMaxCopies) check.Add("copies", "out_of_range");
    for (std::size_t i = 0; i < document.copies.size(); ++i) {
        check.Required(fmt::format("copies[{}]", i), document.copies[i]);
    }
    check.Text("footer.text", document.footer.text);
    check.Text("footer.pageFormat", document.footer.page_format);
    check.Text("footer.hashLine", document.footer.hash_line);
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const std::string path = fmt::format("blocks[{}]", i);
        std::visit([&](const auto& block) { check.Block(path, block); }, document.blocks[i]);
    }
    return check.Finish();
}

}  // namespace kefu::documents
