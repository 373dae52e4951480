// Pagination: blocks are measured first and recorded as drawing operations on pages, so the
// page count is known before anything is drawn (the footer prints "{page} / {pages}").
#pragma once

#include <cairo.h>

#include <functional>
#include <vector>

#include "documents/page_geometry.hpp"

namespace kefu::documents {

/// Draws one piece of a page; coordinates are absolute points on the page.
using DrawOp = std::function<void(cairo_t*)>;

/// A page with what goes on it.
struct LaidOutPage {
    std::vector<DrawOp> ops;
    int group = 0;  ///< pages of one group are numbered together (one copy of the document)
};

/// The vertical cursor over a growing list of pages. Content runs from kMarginTop down to
/// kContentBottom; page-start hooks (a copy label, a table's repeated header) run at the top
/// of every new page.
class PageFlow {
public:
    /// Draws the top of a new page and advances past it.
    using PageStart = std::function<void(PageFlow&)>;

    /// Current position, points from the top of the page.
    double y() const { return y_; }
    /// Space left on the current page.
    double Remaining() const { return kContentBottom - y_; }
    /// Space a fresh page offers after its page-start hooks.
    double Capacity() const;
    /// True when nothing but page-start content is on the current page: a new page would not
    /// give more room.
    bool AtPageTop() const { return y_ <= page_top_ + 0.01; }
    /// Pages opened so far.
    int page_count() const { return static_cast<int>(pages_.size()); }

    /// Records an operation on the current page.
    void Draw(DrawOp op);
    /// Moves the position down by `height` points.
    void Advance(double height) { y_ += height; }
    /// Opens a page in the current group and runs the page-start hooks on it.
    void NewPage();
    /// Opens a new page unless `height` fits in what is left (or the page is still empty).
    void EnsureSpace(double height);
    /// Pages opened from now on belong to `group`.
    void SetGroup(int group) { group_ = group; }
    /// Runs `start` (which must advance by exactly `height`) at the top of every page opened
    /// from now on, until PopPageStart(). Refused (false, nothing pushed) when the hooks would
    /// take more than half a page, so that content always makes progress.
    [[nodiscard]] bool PushPageStart(PageStart start, double height);
    /// Stops running the most recently pushed page-start hook.
    void PopPageStart();

    /// The pages, leaving the flow empty.
    std::vector<LaidOutPage> TakePages() { return std::move(pages_); }

private:
    struct Hook {
        PageStart start;
        double height;
    };

    std::vector<LaidOutPage> pages_;
    std::vector<Hook> hooks_;
    int group_ = 0;
    double y_ = kContentBottom;  // no page yet: nothing fits until NewPage()
    double page_top_ = kMarginTop;
};

}  // namespace kefu::documents
