// Route registration with authentication, CSRF and error mapping done once for every route.
#pragma once

#include <httplib.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/session_authenticator.hpp"
#include "platform/paging.hpp"

namespace kefu::http {

/// A handler's answer: status and JSON body (or no body, or a file), plus extra headers.
struct HttpResponse {
    int status = 200;
    std::optional<nlohmann::json> body;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string file;          ///< the bytes of a file answer (a PDF), when content_type is set
    std::string content_type;  ///< empty for JSON answers

    static HttpResponse Ok(nlohmann::json body) { return {200, std::move(body), {}, {}, {}}; }
    static HttpResponse Created(nlohmann::json body) { return {201, std::move(body), {}, {}, {}}; }
    static HttpResponse NoContent() { return {204, std::nullopt, {}, {}, {}}; }
    /// A file shown in the browser (inline) under `filename`, e.g. a printable PDF.
    static HttpResponse File(std::string bytes, std::string type, const std::string& filename) {
        return {200,
                std::nullopt,
                {{"Content-Disposition", "inline; filename=\"" + filename + "\""}},
                std::move(bytes),
                std::move(type)};
    }
};

/// What a handler sees of the request.
class RequestContext {
public:
    RequestContext(const httplib::Request& request, const auth::Principal* principal)
        : request_(request), principal_(principal) {}

    /// The logged-in user; only valid on session routes.
    const auth::Principal& principal() const { return *principal_; }
    const httplib::Request& request() const { return request_; }
    /// The n-th {id} of the path.
    std::int64_t PathId(std::size_t index = 0) const;
    /// The body as a JSON object (see ParseJsonObject); INVALID_ARGUMENT (unsupported_media_type)
    /// unless the request's Content-Type is application/json.
    Result<nlohmann::json> Body() const;
    /// A query parameter; INVALID_ARGUMENT (invalid_utf8) is reported by Paging/QueryError.
    std::optional<std::string> Query(std::string_view name) const;
    /// The free-text search `q` (empty when absent); INVALID_ARGUMENT (q: too_long) beyond 100
    /// characters, the limit the contract states for every list.
    Result<std::string> SearchQuery() const;
    /// An optional positive integer query parameter; INVALID_ARGUMENT (name: invalid_value)
    /// when present but not one.
    Result<std::optional<std::int64_t>> QueryInt(std::string_view name) const;
    /// page and pageSize from the query string, validated.
    Result<PageRequest> Paging() const;
    std::string ClientIp() const { return request_.remote_addr; }

private:
    const httplib::Request& request_;
    const auth::Principal* principal_;
};

/// Who may call a route: a logged-in user whose roles hold the named action (nearly every
/// route); anyone (login, health); or any logged-in user whatever their roles (me, logout). The
/// last two must be declared by their module (ModuleDeclarations). The router checks the action
/// before the handler runs; record rules (own records, a dealer's own jobs) stay in services.
class RouteAccess {
public:
    static RouteAccess Requires(auth::Action action) { return {false, action}; }
    static RouteAccess Public() { return {true, std::nullopt}; }
    static RouteAccess AnySession() { return {false, std::nullopt}; }
    bool is_public() const { return public_; }
    const std::optional<auth::Action>& action() const { return action_; }

private:
    RouteAccess(bool is_public, std::optional<auth::Action> action)
        : public_(is_public), action_(action) {}
    bool public_;
    std::optional<auth::Action> action_;
};

using Handler = std::function<Result<HttpResponse>(RequestContext&)>;

/// One registered route, as the OpenAPI file names it, and whether it needs a session (and so,
/// on a state-changing method, the session's CSRF token).
struct RouteInfo {
    std::string method;                 ///< "get", "post", "put", "delete"
    std::string path;                   ///< e.g. "/api/v1/staff/{id}"
    std::optional<std::string> action;  ///< the action it needs, if any
    bool is_public = false;             ///< reachable without a session
};

/// Registers routes on an httplib server. For non-public routes it authenticates the cookie,
/// on state-changing methods requires the session's CSRF token, then checks the route's action,
/// all before the handler runs.
class Router {
public:
    static constexpr std::string_view kSessionCookie = "kefu_session";
    static constexpr std::string_view kCsrfHeader = "X-CSRF-Token";

    Router(httplib::Server& server, auth::SessionAuthenticator& sessions)
        : server_(server), sessions_(sessions) {}

    void Get(std::string_view path, RouteAccess access, Handler handler);
    void Post(std::string_view path, RouteAccess access, Handler handler);
    void Put(std::string_view path, RouteAccess access, Handler handler);
    void Delete(std::string_view path, RouteAccess access, Handler handler);

    const std::vector<RouteInfo>& routes() const { return routes_; }

private:
    void Add(std::string_view method, std::string_view path, RouteAccess access, Handler handler);
    httplib::Server& server_;
    auth::SessionAuthenticator& sessions_;
    std::vector<RouteInfo> routes_;
};

/// True for the media type application/json (any case, parameters such as charset allowed).
bool IsJsonMediaType(std::string_view content_type);

/// Writes a JSON body with the right content type (plain application/json so httplib compresses).
void WriteJson(httplib::Response& response, int status, const nlohmann::json& body);

/// The value of a cookie in the request, if present.
std::optional<std::string> CookieValue(const httplib::Request& request, std::string_view name);

}  // namespace kefu::http
