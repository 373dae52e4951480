// A4 portrait page geometry in PDF points (1/72 inch), shared by the layout code.
#pragma once

#include "documents/document.hpp"

namespace kefu::documents {

/// Points in `mm` millimetres.
constexpr double Mm(double mm) { return mm * 72.0 / 25.4; }

inline constexpr double kPageWidth = Mm(210.0);
inline constexpr double kPageHeight = Mm(297.0);
inline constexpr double kMarginLeft = Mm(18.0);
inline constexpr double kMarginRight = Mm(18.0);
inline constexpr double kMarginTop = Mm(15.0);
/// Room below the content for the footer (text, page number and hash line).
inline constexpr double kMarginBottom = Mm(22.0);
inline constexpr double kContentWidth = kPageWidth - kMarginLeft - kMarginRight;
inline constexpr double kContentBottom = kPageHeight - kMarginBottom;
/// Width of every rule and cell border.
inline constexpr double kLineWidth = 0.6;

/// The left edge of a box `width` wide placed inside the content width as `align` says.
constexpr double AlignedLeft(Align align, double width) {
    switch (align) {
        case Align::kCenter:
            return kMarginLeft + (kContentWidth - width) / 2;
        case Align::kRight:
            return kMarginLeft + kContentWidth - width;
        case Align::kLeft:
            break;
    }
    return kMarginLeft;
}

}  // namespace kefu::documents
