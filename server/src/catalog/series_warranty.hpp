// The warranty of a product series (R-FLD-4): the period and what it covers, as the crew explains
// it at installation. Effective-dated like policy: a version is in force from its first day until
// the next version of the same series; past versions are never changed.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "catalog/product.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"

namespace kefu::catalog {

/// Bounds of a version as the contract states them (characters for the texts).
inline constexpr int kWarrantyMonthsMax = 120;
inline constexpr std::size_t kWarrantyContentMax = 1000;
inline constexpr std::size_t kWarrantyReasonMax = 200;

/// A version of a series' warranty as the catalogue keeper sets it.
struct NewSeriesWarranty {
    std::string series;
    Date valid_from;
    int months = 0;
    std::string content;
    std::string reason = {};
};

/// A stored version, with who set it when.
struct SeriesWarranty {
    std::int64_t id = 0;
    std::string series;
    Date valid_from;
    int months = 0;
    std::string content;
    std::string reason = {};
    std::string set_by_name = {};
    Timestamp set_at = {};
};

/// The rules of a new version: a series, from `today` (China) on, 1 to 120 months, a content
/// within its bounds, a reason within its bound. Whether the series exists is the service's.
Violations CheckNewSeriesWarranty(const NewSeriesWarranty& input, Date today);

/// For each series among `versions`, the version in force on `day` (the latest starting on or
/// before it), by series; a series whose versions all start later has none.
std::vector<SeriesWarranty> InForceOn(std::span<const SeriesWarranty> versions, Date day);

}  // namespace kefu::catalog
