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
inline constexpr double kBodyPt = 10.0;
inline constexpr double kTablePt = 9.5;
inline constexpr double kSmallPt = 8.5;
inline constexpr double kHeaderGray = 0.86;  ///< table header row
inline constexpr double kLabelGray = 0.93;   ///< form field labels

Result<void> LayOut(LayoutContext& context, const Heading& heading, const std::string& path);
Result<void> LayOut(LayoutContext& context, const Paragraph& paragraph, const std::string& path);
Result<void> LayOut(LayoutContext& context, const Spacer& spacer, const std::string& path);
Result<void> LayOut(LayoutContext& context, const PageBreak& page_break, const std::string& path);
Result<void> LayOut(LayoutContext& context, const FieldGrid& grid, const std::string& path);
Result<void> LayOut(LayoutContext& context, const Table& table, const std::string& path);
/// INVALID_ARGUMENT (path.signatures[i].png: invalid_png, too_large) for an image that does
/// not decode.
Result<void> LayOut(LayoutContext& context, const SignatureRow& row, const std::string& path);
/// INVALID_ARGUMENT (path.text: too_long) when the text does not fit a QR code.
Result<void> LayOut(LayoutContext& context, const QrCode& qr, const std::string& path);

}  // namespace kefu::documents
