// Server-side pagination shared by every list.
#pragma once

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

}  // namespace kefu
