// Layout of each block type onto the page flow; one overload per Block alternative so the
// renderer can std::visit. `path` names the block in error violations ("blocks[4]").
#pragma once

#include <string>

#include "documents/document.hpp"
#include "documents/page_flow.hpp"
#include "documents/text_engine.hpp"
#include "platform/error.hpp"

namespace kefu::documents {

/// What every block layout works with.
struct LayoutContext {
    PageFlow& flow;
    const TextEngine& text;
};

/// Text sizes and shades shared by the block layouts.
inline constexpr double kBodyPt = 10.0;      ///< paragraphs, form fields, signature labels
inline constexpr double kTablePt = 9.5;      ///< table cells
inline constexpr double kSmallPt = 8.5;      ///< captions and the footer
inline constexpr double kHeaderGray = 0.86;  ///< table header row
inline constexpr double kLabelGray = 0.93;   ///< form field labels

// Each LayOut places its block at the flow's position, breaking pages as needed, and advances
// past it. All return INVALID_ARGUMENT (blocks: too_many_pages) beyond kMaxPages.

/// A bold heading, moved to the next page rather than left alone at the bottom.
Result<void> LayOut(LayoutContext& context, const Heading& heading, const std::string& path);
/// Wrapped text, continued on the next page between lines.
Result<void> LayOut(LayoutContext& context, const Paragraph& paragraph, const std::string& path);
/// White space, never more than the page has left.
Result<void> LayOut(LayoutContext& context, const Spacer& spacer, const std::string& path);
/// A new page unless the current one is still empty.
Result<void> LayOut(LayoutContext& context, const PageBreak& page_break, const std::string& path);
/// Rows of shaded label cells and value cells.
Result<void> LayOut(LayoutContext& context, const FieldGrid& grid, const std::string& path);
/// Header, rows and totals; the header repeats at the top of every following page.
Result<void> LayOut(LayoutContext& context, const Table& table, const std::string& path);
/// Signature boxes side by side, never split. INVALID_ARGUMENT
/// (path.signatures[i].png: invalid_png, too_large) for an image that does not decode.
Result<void> LayOut(LayoutContext& context, const SignatureRow& row, const std::string& path);
/// The QR symbol and its caption, never split. INVALID_ARGUMENT (path.text: too_long) when
/// the text does not fit a QR code.
Result<void> LayOut(LayoutContext& context, const QrCode& qr, const std::string& path);
/// The photo and its caption, never split. INVALID_ARGUMENT (path.jpeg: invalid_jpeg,
/// too_large) for bytes that are not a JPEG of sane size.
Result<void> LayOut(LayoutContext& context, const Photo& photo, const std::string& path);

}  // namespace kefu::documents
