// Travel by road from an OSRM-compatible `/table` service (R-DSP-4, issue 11): one request per
// matrix, answered in metres and seconds, read as km and seconds. The adapter behind the planner's
// MatrixProvider port; no httplib or JSON type appears in this header.
#pragma once

#include <chrono>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "planner/matrix/travel_matrix.hpp"
#include "platform/error.hpp"

namespace kefu::planner {

/// A base URL split the way the HTTP client needs it: `origin` is scheme://host[:port], `prefix`
/// the path in front of /table (empty or starting with '/', without a trailing '/').
struct OsrmBaseUrl {
    std::string origin;
    std::string prefix;
};

/// Splits `url` (http:// or https://, a host, an optional port and path); FAILED_PRECONDITION
/// naming the URL otherwise, so `kefu serve` can refuse a typo before it serves anything.
Result<OsrmBaseUrl> ParseOsrmBaseUrl(std::string_view url);

/// The path and query of the one /table request for `points` (x = longitude, y = latitude), e.g.
/// `/table/v1/driving/117.120000,36.650000;117.000000,36.670000?annotations=duration,distance`:
/// lng,lat with 6 decimals (about 0.1 m, finer than any site needs).
std::string OsrmTablePath(std::span<const Coordinates> points, std::string_view profile);

/// Reads a /table response body for `points` into a matrix (distance in km, duration in seconds).
/// FAILED_PRECONDITION with OSRM's code and message when `code` is not "Ok", or naming the two
/// points when a cell is null (no road between them: asking again will not help);
/// UNAVAILABLE for anything else unusable (not JSON, missing or wrong-sized arrays, a negative or
/// non-numeric cell): the service is broken, not the points.
Result<TravelMatrix> ReadOsrmTable(std::string_view body, std::span<const Coordinates> points);

/// Road travel from an OSRM-compatible server. Thread-safe: each Build opens its own connection,
/// so concurrent proposals never share a client.
class OsrmTableProvider final : public MatrixProvider {
public:
    /// How long one request may take to connect, and then between two reads, before it fails.
    static constexpr std::chrono::milliseconds kDefaultTimeout{10'000};

    /// `base_url` as ParseOsrmBaseUrl takes it (checked on every Build, so a bad one fails the
    /// matrix rather than the construction); `profile` as the server names it, e.g. "driving".
    explicit OsrmTableProvider(std::string base_url,
                               std::string profile = "driving",
                               std::chrono::milliseconds timeout = kDefaultTimeout)
        : base_url_(std::move(base_url)), profile_(std::move(profile)), timeout_(timeout) {}

    /// One GET of the /table for `points`. INVALID_ARGUMENT for coordinates off the Earth;
    /// FAILED_PRECONDITION for a bad URL or profile and ReadOsrmTable's refusals; UNAVAILABLE
    /// when the server cannot be reached, does not answer within the timeout, answers with a
    /// status other than 200 without an OSRM code, or sends something unusable. Every message
    /// names the URL. Never falls back to another model: the caller decides.
    Result<TravelMatrix> Build(std::span<const Coordinates> points) const override;

    const std::string& base_url() const { return base_url_; }

private:
    std::string base_url_;
    std::string profile_;
    std::chrono::milliseconds timeout_;
};

}  // namespace kefu::planner
