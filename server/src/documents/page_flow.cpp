#include "documents/page_flow.hpp"

#include <utility>

namespace kefu::documents {

double PageFlow::Capacity() const {
    double hooks = 0;
    for (const Hook& hook : hooks_) hooks += hook.height;
    return kContentBottom - kMarginTop - hooks;
}

void PageFlow::Draw(DrawOp op) {
    if (pages_.empty()) NewPage();
    pages_.back().ops.push_back(std::move(op));
}

void PageFlow::NewPage() {
    pages_.push_back(LaidOutPage{.ops = {}, .group = group_});
    y_ = kMarginTop;
    for (const Hook& hook : hooks_) hook.start(*this);
    page_top_ = y_;
}

void PageFlow::EnsureSpace(double height) {
    if (pages_.empty() || (height > Remaining() && !AtPageTop())) NewPage();
}

bool PageFlow::PushPageStart(PageStart start, double height) {
    if (Capacity() - height < (kContentBottom - kMarginTop) / 2) return false;
    hooks_.push_back(Hook{.start = std::move(start), .height = height});
    return true;
}

void PageFlow::PopPageStart() {
    if (!hooks_.empty()) hooks_.pop_back();
}

}  // namespace kefu::documents
