// Server-side pagination shared by every list.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace kefu {

/// A requested page: 1-based page number and a bounded page size.
struct PageRequest {
    static constexpr int kDefaultSize = 20;
    static constexpr int kMaxSize = 200;
    int page = 1;
    int page_size = kDefaultSize;
    std::int64_t offset() const { return static_cast<std::int64_t>(page - 1) * page_size; }
};

/// One page of results plus the total number of matching rows.
template <class T>
struct Page {
    std::vector<T> items;
    std::int64_t total = 0;
    int page = 1;
    int page_size = PageRequest::kDefaultSize;
};

/// Cuts one page out of a list that was computed in memory.
template <class T>
Page<T> PageOf(std::vector<T> all, const PageRequest& request) {
    Page<T> out;
    out.total = static_cast<std::int64_t>(all.size());
    out.page = request.page;
    out.page_size = request.page_size;
    const auto begin =
        std::min<std::size_t>(all.size(), static_cast<std::size_t>(request.offset()));
    const auto end =
        std::min<std::size_t>(all.size(), begin + static_cast<std::size_t>(request.page_size));
    out.items.assign(std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(begin)),
                     std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(end)));
    return out;
}

}  // namespace kefu
