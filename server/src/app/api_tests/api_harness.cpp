#include "app/api_tests/api_harness.hpp"

#include <fmt/core.h>
#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <stdexcept>
#include <vector>

namespace kefu::api_tests {
namespace {

constexpr const char* kHost = "127.0.0.1";

// The value of `name` in a Set-Cookie header, if that header sets it.
std::optional<std::string> CookieFromSetCookie(const std::string& header, std::string_view name) {
    const std::string prefix = std::string(name) + "=";
    if (!header.starts_with(prefix)) return std::nullopt;
    const auto end = header.find(';');
    return header.substr(prefix.size(), end == std::string::npos ? end : end - prefix.size());
}

std::vector<std::string> TableNames(soci::session& sql, db::Dialect dialect) {
    std::vector<std::string> names;
    std::string name;
    const std::string catalogue =
        dialect == db::Dialect::kSqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' "
              "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables "
              "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name";
    soci::statement query = (sql.prepare << catalogue, soci::into(name));
    query.execute();
    while (query.fetch()) names.push_back(name);
    return names;
}

}  // namespace

std::string ApiResponse::Code() const {
    if (!body.is_object() || !body.contains("error") || !body["error"].is_object()) return "";
    const auto& code = body["error"].value("code", nlohmann::json());
    return code.is_string() ? code.get<std::string>() : "";
}

bool ApiResponse::HasViolation(std::string_view field, std::string_view reason) const {
    if (!HasErrorShape()) return false;
    for (const auto& v : body["error"]["violations"]) {
        if (v["field"] == field && v["reason"] == reason) return true;
    }
    return false;
}

bool ApiResponse::HasErrorShape() const {
    if (!body.is_object() || body.size() != 1 || !body.contains("error")) return false;
    const auto& error = body["error"];
    if (!error.is_object() || error.size() != 3) return false;
    if (!error.contains("code") || !error["code"].is_string()) return false;
    if (!error.contains("message") || !error["message"].is_string()) return false;
    if (!error.contains("violations") || !error["violations"].is_array()) return false;
    for (const auto& v : error["violations"]) {
        // {field, reason} and, when there is something to add, a non-empty string detail.
        const bool detail_ok = !v.contains("detail") ||
                               (v["detail"].is_string() && !v["detail"].get<std::string>().empty());
        if (!v.is_object() || v.size() != (v.contains("detail") ? 3u : 2u) || !detail_ok ||
            !v.contains("field") || !v["field"].is_string() || !v.contains("reason") ||
            !v["reason"].is_string()) {
            return false;
        }
    }
    return true;
}

std::string ApiResponse::Describe() const {
    std::string text = raw.size() > 400 ? raw.substr(0, 400) + "…" : raw;
    return fmt::format("status {} body {}", status, text);
}

namespace {

http::ServerOptions TestOptions() {
    http::ServerOptions options;
    options.threads = 8;
    return options;
}

}  // namespace

TestServer::TestServer(testing::TestApp& app) : TestServer(app, TestOptions()) {}

TestServer::TestServer(testing::TestApp& app, http::ServerOptions options) {
    options.host = kHost;
    options.port = 0;
    server_ = std::make_unique<http::ApiServer>(options, app.app->auth());
    if (auto routes = app.app->RegisterRoutes(server_->router()); !routes) {
        throw std::runtime_error(routes.error().message());
    }
    port_ = server_->BindToAnyPort();
    if (port_ <= 0) throw std::runtime_error("cannot bind a port on 127.0.0.1");
    thread_ = std::thread([this] { server_->ListenAfterBind(); });
    // Stop() only works once the accept loop runs; wait for it so the destructor cannot hang.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!server_->IsRunning()) {
        if (std::chrono::steady_clock::now() > deadline) {
            thread_.detach();
            throw std::runtime_error("the API server did not start");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

TestServer::~TestServer() {
    server_->Stop();
    if (thread_.joinable()) thread_.join();
}

ApiClient::ApiClient(int port) : client_(kHost, port) {
    client_.set_connection_timeout(std::chrono::seconds(5));
    client_.set_read_timeout(std::chrono::seconds(30));
    client_.set_write_timeout(std::chrono::seconds(30));
}

httplib::Headers ApiClient::RequestHeaders(bool state_changing) const {
    httplib::Headers headers;
    if (!session_token_.empty()) {
        headers.emplace("Cookie", std::string(http::Router::kSessionCookie) + "=" + session_token_);
    }
    if (state_changing && send_csrf_ && !csrf_token_.empty()) {
        headers.emplace(std::string(http::Router::kCsrfHeader), csrf_token_);
    }
    return headers;
}

ApiResponse ApiClient::Convert(const httplib::Result& result) {
    ApiResponse response;
    if (!result) {
        response.status = 0;
        response.raw = "transport error: " + httplib::to_string(result.error());
        return response;
    }
    response.status = result->status;
    response.raw = result->body;
    response.headers = result->headers;
    if (!result->body.empty()) {
        response.body = nlohmann::json::parse(result->body, nullptr, /*allow_exceptions=*/false);
        if (response.body.is_discarded()) response.body = nullptr;
    }
    return response;
}

ApiResponse ApiClient::Login(std::string_view username, std::string_view password) {
    const nlohmann::json body = {{"username", username}, {"password", password}};
    ApiResponse response = Post("/api/v1/auth/login", body);
    if (response.status == 200) {
        for (const auto& [name, value] : response.headers) {
            if (name != "Set-Cookie") continue;
            if (auto token = CookieFromSetCookie(value, http::Router::kSessionCookie)) {
                session_token_ = *token;
            }
        }
        csrf_token_ = response.body.value("csrfToken", "");
    }
    return response;
}

ApiResponse ApiClient::Get(const std::string& path) {
    return Convert(client_.Get(path, RequestHeaders(false)));
}

ApiResponse ApiClient::Post(const std::string& path, const nlohmann::json& body) {
    return SendRaw("POST", path, body.dump());
}

ApiResponse ApiClient::Put(const std::string& path, const nlohmann::json& body) {
    return SendRaw("PUT", path, body.dump());
}

ApiResponse ApiClient::Delete(const std::string& path) {
    return Convert(client_.Delete(path, RequestHeaders(true)));
}

ApiResponse ApiClient::SendRaw(std::string_view method,
                               const std::string& path,
                               const std::string& body,
                               const std::string& content_type) {
    const httplib::Headers headers = RequestHeaders(true);
    if (method == "POST") {
        return Convert(client_.Post(path, headers, body, content_type));
    }
    if (method == "PUT") {
        return Convert(client_.Put(path, headers, body, content_type));
    }
    if (method == "PATCH") {
        return Convert(client_.Patch(path, headers, body, content_type));
    }
    if (method == "DELETE") {
        return Convert(client_.Delete(path, headers, body, content_type));
    }
    throw std::invalid_argument("unsupported method " + std::string(method));
}

ApiEnv::ApiEnv() : server(test_app) {}

ApiClient ApiEnv::LoginAs(const std::string& username) {
    ApiClient client(server.port());
    ApiResponse response = client.Login(username, testing::kTestPassword);
    if (response.status != 200 || client.session_token().empty() || client.csrf_token().empty()) {
        throw std::runtime_error("login as " + username + " failed: " + response.Describe());
    }
    return client;
}

RowCounts CountRows(app::Application& app, const std::set<std::string>& excluded) {
    soci::session sql(app.database().pool());
    RowCounts counts;
    for (const std::string& table : TableNames(sql, app.database().dialect())) {
        if (excluded.contains(table)) continue;
        long long rows = 0;
        sql << "SELECT COUNT(*) FROM \"" + table + "\"", soci::into(rows);
        counts[table] = static_cast<std::int64_t>(rows);
    }
    return counts;
}

namespace {

std::string CellText(const soci::row& row, std::size_t column) {
    if (row.get_indicator(column) == soci::i_null) return "NULL";
    switch (row.get_properties(column).get_data_type()) {
        case soci::dt_string:
        case soci::dt_xml:
            return row.get<std::string>(column);
        case soci::dt_double:
            return fmt::format("{}", row.get<double>(column));
        case soci::dt_integer:
            return std::to_string(row.get<int>(column));
        case soci::dt_long_long:
            return std::to_string(row.get<long long>(column));
        case soci::dt_unsigned_long_long:
            return std::to_string(row.get<unsigned long long>(column));
        case soci::dt_date: {
            const auto time = row.get<std::tm>(column);
            return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
                               time.tm_year + 1900,
                               time.tm_mon + 1,
                               time.tm_mday,
                               time.tm_hour,
                               time.tm_min,
                               time.tm_sec);
        }
        case soci::dt_blob:
            return "<blob>";
    }
    return "?";
}

}  // namespace

RowContents SnapshotRows(app::Application& app) {
    soci::session sql(app.database().pool());
    RowContents contents;
    for (const std::string& table : TableNames(sql, app.database().dialect())) {
        std::vector<std::string>& rows = contents[table];
        soci::rowset<soci::row> result = (sql.prepare << "SELECT * FROM \"" + table + "\"");
        for (const soci::row& row : result) {
            std::string text;
            for (std::size_t column = 0; column < row.size(); ++column) {
                if (column > 0) text += " | ";
                text += row.get_properties(column).get_name() + "=" + CellText(row, column);
            }
            rows.push_back(std::move(text));
        }
        std::sort(rows.begin(), rows.end());
    }
    return contents;
}

std::optional<std::int64_t> SmallestId(app::Application& app, const std::string& table) {
    soci::session sql(app.database().pool());
    const auto names = TableNames(sql, app.database().dialect());
    if (std::find(names.begin(), names.end(), table) == names.end()) return std::nullopt;
    long long id = 0;
    soci::indicator indicator = soci::i_null;
    try {
        sql << "SELECT MIN(id) FROM \"" + table + "\"", soci::into(id, indicator);
    } catch (const soci::soci_error&) {
        return std::nullopt;  // a table without an id column (e.g. a link table)
    }
    if (indicator == soci::i_null) return std::nullopt;
    return static_cast<std::int64_t>(id);
}

std::string UrlEncode(std::string_view text) {
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                                (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' ||
                                byte == '.' || byte == '~';
        if (unreserved) {
            out += c;
        } else {
            out += fmt::format("%{:02X}", static_cast<unsigned>(byte));
        }
    }
    return out;
}

nlohmann::json ReceiptSignature(std::int64_t job_id,
                                const std::string& id,
                                const std::string& signer) {
    // A 2×2 grey PNG: enough for the PDF to embed a real image.
    static constexpr const char* kTinyPng =
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAAC0lEQVR4nGNgAAEAAAYAAf6MZ8gAAAAASUVORK5CYI"
        "I=";
    return {{"id", id},
            {"jobId", job_id},
            {"document", "installation_receipt"},
            {"signerName", signer},
            {"signedAt", "2026-11-27T01:58:00Z"},
            {"method", "drawn"},
            {"image", {{"contentType", "image/png"}, {"data", kTinyPng}}}};
}

}  // namespace kefu::api_tests
