#include "planner/osrm/osrm_table_provider.hpp"

#include <fmt/core.h>
#include <httplib.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>

namespace kefu::planner {
namespace {

constexpr double kMetresPerKm = 1000.0;
constexpr int kMaxPort = 65535;

bool OnEarth(Coordinates point) { return std::abs(point.y) <= 90.0 && std::abs(point.x) <= 180.0; }

bool AllDigits(std::string_view text) {
    return !text.empty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

/// A port as a URL spells it: 1 to 65535, at most 5 digits (so the sum cannot overflow).
bool ValidPort(std::string_view text) {
    if (!AllDigits(text) || text.size() > 5) return false;
    int port = 0;
    for (char c : text) port = port * 10 + (c - '0');
    return port >= 1 && port <= kMaxPort;
}

/// host, host:port, [v6] or [v6]:port.
bool ValidAuthority(std::string_view authority) {
    if (authority.empty() || authority.find_first_of("?#@ \t") != std::string_view::npos) {
        return false;
    }
    std::string_view after_host;
    if (authority.front() == '[') {
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos || close == 1) return false;
        after_host = authority.substr(close + 1);
    } else {
        const std::size_t colon = authority.find(':');
        if (colon == 0) return false;
        after_host = colon == std::string_view::npos ? "" : authority.substr(colon);
    }
    return after_host.empty() || (after_host.front() == ':' && ValidPort(after_host.substr(1)));
}

/// Letters, digits and "-._~" need no escaping anywhere in a URL path.
bool Unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

/// A profile is one path segment of the request (OSRM names them like "driving", "car").
bool ValidProfile(std::string_view profile) {
    return !profile.empty() && std::ranges::all_of(profile, Unreserved);
}

/// A path in front of /table, e.g. "/osrm" behind a proxy; sent unescaped, so only safe bytes.
bool ValidPrefix(std::string_view prefix) {
    return std::ranges::all_of(prefix,
                               [](char c) { return Unreserved(c) || c == '/' || c == '%'; });
}

std::string PointText(Coordinates point) { return fmt::format("{:.6f},{:.6f}", point.x, point.y); }

/// OSRM's refusal in an answer: {"code": "NoRoute", "message": "…"}; nothing when the answer is
/// not an object with a string code, or the code is "Ok".
std::optional<Error> Refusal(const nlohmann::json& answer) {
    if (!answer.is_object()) return std::nullopt;
    const auto code = answer.find("code");
    if (code == answer.end() || !code->is_string() || *code == "Ok") return std::nullopt;
    const auto message = answer.find("message");
    const std::string text =
        message != answer.end() && message->is_string() ? message->get<std::string>() : "";
    return Error::FailedPrecondition(fmt::format(
        "the service answered {}{}{}", code->get<std::string>(), text.empty() ? "" : ": ", text));
}

/// One of the answer's n×n arrays, cell by cell through `set(from, to, value)`; `scale` turns
/// the service's unit into the matrix's.
template <class Set>
Result<void> ReadCells(const nlohmann::json& answer,
                       const char* name,
                       std::span<const Coordinates> points,
                       double scale,
                       Set set) {
    const std::size_t n = points.size();
    const auto rows = answer.find(name);
    if (rows == answer.end() || !rows->is_array() || rows->size() != n) {
        return Fail(Error::Unavailable(fmt::format(
            "the answer has no {} matrix of {} rows (annotations not supported?)", name, n)));
    }
    for (std::size_t from = 0; from < n; ++from) {
        const nlohmann::json& row = (*rows)[from];
        if (!row.is_array() || row.size() != n) {
            return Fail(Error::Unavailable(
                fmt::format("row {} of the {} matrix does not have {} cells", from, name, n)));
        }
        for (std::size_t to = 0; to < n; ++to) {
            const nlohmann::json& cell = row[to];
            if (cell.is_null()) {
                return Fail(Error::FailedPrecondition(
                    fmt::format("no road route from point {} ({}) to point {} ({})",
                                from,
                                PointText(points[from]),
                                to,
                                PointText(points[to]))));
            }
            if (!cell.is_number() || !std::isfinite(cell.get<double>()) || cell.get<double>() < 0) {
                return Fail(Error::Unavailable(
                    fmt::format("cell [{}][{}] of the {} matrix is not a travel figure: {}",
                                from,
                                to,
                                name,
                                cell.dump())));
            }
            set(from, to, cell.get<double>() * scale);
        }
    }
    return {};
}

/// `error` with the service's URL in front, so the head and the log say which server failed.
Error Named(std::string_view base_url, const Error& error) {
    return {error.code(), fmt::format("OSRM table service {}: {}", base_url, error.message())};
}

}  // namespace

Result<OsrmBaseUrl> ParseOsrmBaseUrl(std::string_view url) {
    const auto refuse = [&] {
        return Fail(Error::FailedPrecondition(
            fmt::format("the OSRM URL \"{}\" is not http(s)://host[:port][/path]", url)));
    };
    std::string_view scheme;
    for (std::string_view candidate : {std::string_view("http://"), std::string_view("https://")}) {
        if (url.starts_with(candidate)) scheme = candidate;
    }
    if (scheme.empty()) return refuse();
    const std::string_view rest = url.substr(scheme.size());
    const std::size_t slash = rest.find('/');
    const std::string_view authority = rest.substr(0, slash);
    std::string_view prefix = slash == std::string_view::npos ? "" : rest.substr(slash);
    if (!ValidAuthority(authority) || !ValidPrefix(prefix)) {
        return refuse();
    }
    while (prefix.ends_with('/')) prefix.remove_suffix(1);
    return OsrmBaseUrl{fmt::format("{}{}", scheme, authority), std::string(prefix)};
}

std::string OsrmTablePath(std::span<const Coordinates> points, std::string_view profile) {
    std::string path = fmt::format("/table/v1/{}/", profile);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0) path += ';';
        path += PointText(points[i]);
    }
    path += "?annotations=duration,distance";
    return path;
}

Result<TravelMatrix> ReadOsrmTable(std::string_view body, std::span<const Coordinates> points) {
    // Parsing without exceptions: a broken answer is an expected failure of a remote service.
    const nlohmann::json answer = nlohmann::json::parse(body, nullptr, false);
    if (answer.is_discarded() || !answer.is_object()) {
        return Fail(Error::Unavailable("the answer is not a JSON object"));
    }
    if (auto refusal = Refusal(answer)) return Fail(std::move(*refusal));
    const auto code = answer.find("code");
    if (code == answer.end() || *code != "Ok") {
        return Fail(Error::Unavailable(R"(the answer has no "code": "Ok")"));
    }
    TravelMatrix matrix(points.size());
    // Read durations first and fill distances over them: Set writes both figures of a cell.
    std::vector<double> seconds(points.size() * points.size(), 0.0);
    KEFU_TRY(
        ReadCells(answer, "durations", points, 1.0, [&](std::size_t a, std::size_t b, double v) {
            seconds[a * points.size() + b] = v;
        }));
    KEFU_TRY(ReadCells(answer,
                       "distances",
                       points,
                       1.0 / kMetresPerKm,
                       [&](std::size_t a, std::size_t b, double v) {
                           matrix.Set(a, b, v, seconds[a * points.size() + b]);
                       }));
    return matrix;
}

Result<TravelMatrix> OsrmTableProvider::Build(std::span<const Coordinates> points) const {
    for (const Coordinates& point : points) {
        if (!OnEarth(point)) return Fail(Error::InvalidArgument("coordinates out of range"));
    }
    // One point travels nowhere: no request, so a day without jobs needs no routing server.
    if (points.size() < 2) return TravelMatrix(points.size());
    auto url = ParseOsrmBaseUrl(base_url_);
    if (!url) return Fail(url.error());
    if (!ValidProfile(profile_)) {
        return Fail(Named(base_url_,
                          Error::FailedPrecondition(fmt::format(
                              "the profile \"{}\" is not one path segment", profile_))));
    }
    const std::string target = url->prefix + OsrmTablePath(points, profile_);
    try {
        // A client per call: httplib's client is not safe to share between threads, and proposals
        // run on several HTTP workers at once. One connection per proposal costs nothing next to
        // the planner's seconds.
        httplib::Client client(url->origin);
        client.set_connection_timeout(timeout_);
        client.set_read_timeout(timeout_);
        client.set_write_timeout(timeout_);
        // The target holds only URL-safe ASCII (checked prefix and profile, digits, ",;.-"): sent
        // as OSRM's documentation writes it, where httplib would send ',' and ';' as %2C, %3B.
        client.set_url_encode(false);
        const httplib::Result response = client.Get(target, {{"Accept", "application/json"}});
        if (!response) {
            const httplib::Error error = response.error();
            const bool timed_out =
                error == httplib::Error::Read || error == httplib::Error::ConnectionTimeout;
            return Fail(
                Named(base_url_,
                      Error::Unavailable(timed_out ? fmt::format("no answer within {} ms ({})",
                                                                 timeout_.count(),
                                                                 httplib::to_string(error))
                                                   : fmt::format("cannot be reached ({})",
                                                                 httplib::to_string(error)))));
        }
        if (response->status != 200) {
            // OSRM answers its own refusals (InvalidQuery, TooBig, …) with 400 and a JSON body:
            // report its words; anything else is a broken or missing service.
            const nlohmann::json answer = nlohmann::json::parse(response->body, nullptr, false);
            if (auto refusal = Refusal(answer)) return Fail(Named(base_url_, *refusal));
            return Fail(Named(
                base_url_, Error::Unavailable(fmt::format("answered HTTP {}", response->status))));
        }
        auto matrix = ReadOsrmTable(response->body, points);
        if (!matrix) return Fail(Named(base_url_, matrix.error()));
        return matrix;
    } catch (const std::exception& e) {
        // httplib or the allocator threw: the adapter's edge, where exceptions become values.
        return Fail(
            Named(base_url_, Error::Unavailable(fmt::format("request failed: {}", e.what()))));
    }
}

}  // namespace kefu::planner
