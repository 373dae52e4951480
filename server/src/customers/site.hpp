// Sites: the addresses goods are delivered to and installed at, with their administrative
// division (GB/T 2260), a point for the route planner, and what the crew must know to get in
// (issue 9 item 1, R-JOB-1, R-EXP-2, R-EXP-5).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "customers/customer.hpp"
#include "geo/division.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::customers {

struct SiteTag {};
using SiteId = StrongId<SiteTag>;  ///< one address of a customer or a dealer

/// A site as stored. It belongs to an end customer, a dealer, or both (a dealer's delivery to
/// its customer).
struct Site {
    SiteId id;
    std::optional<CustomerId> customer_id;
    std::optional<DealerId> dealer_id;
    /// A county-level GB/T 2260 code, or a division without children (e.g. 东莞市 441900).
    int division_code = 0;
    std::string street;       ///< the address below the division: street, number, building, room
    std::int32_t lat_e6 = 0;  ///< millionths of a degree (GCJ-02, as the division points)
    std::int32_t lng_e6 = 0;
    /// True when the point is the division's seat because none was entered.
    bool approximate = true;
    std::optional<int> floor;  ///< the floor goods go to (negative: basement)
    std::optional<bool> has_lift;
    std::optional<std::string> access_notes;  ///< loading times, gate, parking …
    int version = 1;
};

/// Limits of a site's fields (inclusive), in characters and the fields' units.
namespace site_limits {
inline constexpr std::size_t kStreetMax = 200;
inline constexpr std::size_t kAccessNotesMax = 500;
inline constexpr int kFloorMin = -5;
inline constexpr int kFloorMax = 200;
/// Mainland China's extent, in millionths of a degree (南沙 to 漠河, 帕米尔 to 抚远).
inline constexpr std::int64_t kLatMinE6 = 3'000'000;
inline constexpr std::int64_t kLatMaxE6 = 54'000'000;
inline constexpr std::int64_t kLngMinE6 = 73'000'000;
inline constexpr std::int64_t kLngMaxE6 = 136'000'000;
}  // namespace site_limits

/// A site as the API receives it (create or update).
struct SiteFields {
    std::optional<CustomerId> customer_id;
    std::optional<DealerId> dealer_id;
    std::string division_code;  ///< six digits, as on the wire
    std::string street;
    std::optional<std::int64_t> lat_e6;  ///< with lng_e6: a point entered or picked
    std::optional<std::int64_t> lng_e6;
    std::optional<std::int64_t> floor;
    std::optional<bool> has_lift;
    std::optional<std::string> access_notes;
};

/// The violations of a site's own fields (no lookups): customerId required when neither a
/// customer nor a dealer is named; divisionCode required or invalid_value; street required,
/// too_long; latE6/lngE6 out_of_range, or required when only the other is given; floor
/// out_of_range; accessNotes too_long.
std::vector<FieldViolation> CheckSiteFields(const SiteFields& fields);

/// Why a division cannot be a site's, or nullopt when it can: "has_children" for a province or
/// prefecture with divisions under it (a site names the county-level unit), "inactive" for a
/// division that left the official list.
std::optional<std::string_view> DivisionRefusal(const geo::Division& division);

/// The point of a site in `division`: the entered one (not approximate), else the division's
/// seat (approximate). A point equal to the seat stays approximate: it is the default sent
/// back, not one somebody picked.
struct SitePoint {
    std::int32_t lat_e6 = 0;
    std::int32_t lng_e6 = 0;
    bool approximate = true;
};
SitePoint ResolvePoint(std::optional<std::int64_t> lat_e6,
                       std::optional<std::int64_t> lng_e6,
                       const geo::Division& division);

/// Whether a site in `division_code` is in the local area the policy names (a division code:
/// 370100 济南市 takes in all its districts and counties). A policy value that is no division
/// code makes nothing local.
bool IsLocal(geo::DivisionCode division_code, std::int64_t local_area);

/// "山东省 济南市 历下区": the names from the province down, separated by spaces.
std::string DivisionNameOf(const std::vector<std::string>& names_from_the_top);

}  // namespace kefu::customers
