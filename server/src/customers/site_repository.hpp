// Port: storage of sites.
#pragma once

#include <optional>

#include "customers/site.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::customers {

/// Filters of the site list; empty fields match everything.
struct SiteFilter {
    std::optional<CustomerId> customer_id;
    std::optional<DealerId> dealer_id;
};

/// Sites.
class SiteRepository {
public:
    virtual ~SiteRepository() = default;
    virtual Result<std::optional<Site>> FindById(Tx& tx, SiteId id) = 0;
    /// Newest first.
    virtual Result<Page<Site>> List(Tx& tx, const SiteFilter& filter, const PageRequest& page) = 0;
    virtual Result<Site> Insert(Tx& tx, const Site& site, Timestamp at) = 0;
    /// Writes every field if the version is still `site.version` (ABORTED otherwise); returns
    /// the stored site (version + 1).
    virtual Result<Site> Update(Tx& tx, const Site& site, Timestamp at) = 0;
};

}  // namespace kefu::customers
