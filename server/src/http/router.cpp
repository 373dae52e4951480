#include "http/router.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "http/error_response.hpp"
#include "http/json_reader.hpp"

namespace kefu::http {
namespace {

// "/api/v1/staff/{id}/x" -> "/api/v1/staff/(\d+)/x"
std::string PathPattern(std::string_view path) {
    std::string out;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '{') {
            i = path.find('}', i) + 1;
            out += R"((\d+))";
            continue;
        }
        if (path[i] == '.') out += '\\';
        out += path[i++];
    }
    return out;
}

bool IsStateChanging(std::string_view method) {
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool ConstantTimeEquals(const std::string& a, const std::string& b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

// Rejects query strings with invalid UTF-8 before any handler sees them.
Result<void> CheckQueryEncoding(const httplib::Request& request) {
    for (const auto& [key, value] : request.params) {
        if (!IsValidUtf8(key) || !IsValidUtf8(value)) {
            return Fail(Error::InvalidArgument("query parameter is not valid UTF-8",
                                               {{key, "invalid_utf8"}}));
        }
    }
    return {};
}

}  // namespace

bool IsJsonMediaType(std::string_view content_type) {
    const std::string_view type = content_type.substr(0, content_type.find(';'));
    std::string_view trimmed = type;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) {
        trimmed.remove_suffix(1);
    }
    while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t')) {
        trimmed.remove_prefix(1);
    }
    constexpr std::string_view kJson = "application/json";
    return trimmed.size() == kJson.size() &&
           std::equal(trimmed.begin(), trimmed.end(), kJson.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           });
}

std::int64_t RequestContext::PathId(std::size_t index) const {
    const std::string& text = request_.matches[index + 1];
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

Result<nlohmann::json> RequestContext::Body() const {
    // A body only counts when it says it is JSON: an HTML form (or any other cross-site simple
    // request) cannot send application/json, so a login cannot be forged from another site.
    if (!IsJsonMediaType(request_.get_header_value("Content-Type"))) {
        return Fail(Error::InvalidArgument("send the body as Content-Type: application/json",
                                           {{"", "unsupported_media_type"}}));
    }
    return ParseJsonObject(request_.body);
}

std::optional<std::string> RequestContext::Query(std::string_view name) const {
    const std::string key(name);
    if (!request_.has_param(key.c_str())) return std::nullopt;
    std::string value = request_.get_param_value(key.c_str());
    if (value.empty()) return std::nullopt;
    return value;
}

Result<std::string> RequestContext::SearchQuery() const {
    std::string query = Query("q").value_or("");
    if (CharCount(query) > 100) {
        return Fail(Error::InvalidArgument("the search text is too long", {{"q", "too_long"}}));
    }
    return query;
}

Result<std::optional<std::int64_t>> RequestContext::QueryInt(std::string_view name) const {
    auto text = Query(name);
    if (!text) return std::optional<std::int64_t>();
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || ptr != text->data() + text->size() || value < 1) {
        return Fail(Error::InvalidArgument("not a positive integer",
                                           {{std::string(name), "invalid_value"}}));
    }
    return std::optional<std::int64_t>(value);
}

Result<PageRequest> RequestContext::Paging() const {
    PageRequest page;
    Violations violations;
    auto read = [&](std::string_view name, int& out, int max) {
        auto text = Query(name);
        if (!text) return;
        int value = 0;
        auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (ec != std::errc() || ptr != text->data() + text->size() || value < 1 || value > max) {
            violations.Add(std::string(name), "invalid_value");
            return;
        }
        out = value;
    };
    read("page", page.page, 1'000'000);
    read("pageSize", page.page_size, PageRequest::kMaxSize);
    KEFU_TRY(violations.ToResult());
    return page;
}

void WriteJson(httplib::Response& response, int status, const nlohmann::json& body) {
    response.status = status;
    response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                         "application/json");
}

std::optional<std::string> CookieValue(const httplib::Request& request, std::string_view name) {
    const std::string header = request.get_header_value("Cookie");
    std::string_view rest = header;
    while (!rest.empty()) {
        const auto semi = rest.find(';');
        std::string_view part = rest.substr(0, semi);
        rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        const auto eq = part.find('=');
        if (eq != std::string_view::npos && part.substr(0, eq) == name) {
            return std::string(part.substr(eq + 1));
        }
    }
    return std::nullopt;
}

void Router::Get(std::string_view path, RouteAccess access, Handler handler) {
    Add("get", path, access, std::move(handler));
}
void Router::Post(std::string_view path, RouteAccess access, Handler handler) {
    Add("post", path, access, std::move(handler));
}
void Router::Put(std::string_view path, RouteAccess access, Handler handler) {
    Add("put", path, access, std::move(handler));
}
void Router::Delete(std::string_view path, RouteAccess access, Handler handler) {
    Add("delete", path, access, std::move(handler));
}

void Router::Add(std::string_view method,
                 std::string_view path,
                 RouteAccess access,
                 Handler handler) {
    std::optional<std::string> action_name;
    if (const auto& action = access.action()) action_name = std::string(action->name());
    routes_.push_back({std::string(method), std::string(path), action_name, access.is_public()});
    auto wrapped = [this, access, handler = std::move(handler)](const httplib::Request& request,
                                                                httplib::Response& response) {
        auto respond_error = [&](const Error& error) {
            WriteJson(response, HttpStatusOf(error.code()), ErrorBody(error));
        };
        if (auto ok = CheckQueryEncoding(request); !ok) return respond_error(ok.error());
        std::optional<auth::Principal> principal;
        if (!access.is_public()) {
            auto token = CookieValue(request, kSessionCookie);
            if (!token) return respond_error(Error::Unauthenticated("please log in"));
            auto who = sessions_.Authenticate(*token);
            if (!who) return respond_error(who.error());
            if (IsStateChanging(request.method) &&
                !ConstantTimeEquals(request.get_header_value(std::string(kCsrfHeader).c_str()),
                                    who->csrf_token)) {
                return respond_error(
                    Error::PermissionDenied("missing or wrong CSRF token; reload the page"));
            }
            if (access.action()) {
                if (auto allowed = auth::Require(*who, *access.action()); !allowed) {
                    return respond_error(allowed.error());
                }
            }
            principal = std::move(*who);
        }
        RequestContext context(request, principal ? &*principal : nullptr);
        Result<HttpResponse> result = handler(context);
        if (!result) return respond_error(result.error());
        for (const auto& [name, value] : result->headers) response.set_header(name, value);
        if (result->body) {
            WriteJson(response, result->status, *result->body);
        } else if (!result->content_type.empty()) {
            response.status = result->status;
            response.set_content(result->file, result->content_type);
        } else {
            response.status = result->status;
        }
    };
    const std::string pattern = PathPattern(path);
    if (method == "get") {
        server_.Get(pattern, wrapped);
    } else if (method == "post") {
        server_.Post(pattern, wrapped);
    } else if (method == "put") {
        server_.Put(pattern, wrapped);
    } else {
        server_.Delete(pattern, wrapped);
    }
}

}  // namespace kefu::http
