// API test harness: a real ApiServer for a TestApp on an ephemeral port, a client that keeps the
// session cookie and CSRF token like the browser does, and a row count of every table so a test
// can assert that a refused request changed nothing.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "app/testing/test_database.hpp"
#include "http/api_server.hpp"

namespace kefu::api_tests {

/// What the server answered: status, headers and the body parsed as JSON (null when empty or
/// not JSON; `raw` keeps the bytes).
struct ApiResponse {
    int status = 0;
    nlohmann::json body;
    std::string raw;
    httplib::Headers headers;

    /// body.error.code, or "" when the body is not an error.
    std::string Code() const;
    /// True when body.error.violations holds {field, reason}.
    bool HasViolation(std::string_view field, std::string_view reason) const;
    /// True when the body has exactly the error shape {"error":{"code","message","violations"}}
    /// with string code and message and an array of {field, reason[, detail]} strings.
    bool HasErrorShape() const;
    /// A one-line description for assertion messages.
    std::string Describe() const;
};

/// Runs an http::ApiServer for `app` on 127.0.0.1 and an ephemeral port until destroyed.
class TestServer {
public:
    /// With the test settings (8 worker threads).
    explicit TestServer(testing::TestApp& app);
    /// With `options` (host and port are always 127.0.0.1 and a free port), e.g. the defaults
    /// of `kefu serve`.
    TestServer(testing::TestApp& app, http::ServerOptions options);
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    int port() const { return port_; }
    http::ApiServer& server() { return *server_; }

private:
    std::unique_ptr<http::ApiServer> server_;
    std::thread thread_;
    int port_ = -1;
};

/// An HTTP client that behaves like the web UI: it keeps the kefu_session cookie from the login
/// response and sends the session's CSRF token on state-changing requests.
class ApiClient {
public:
    explicit ApiClient(int port);

    /// POST /api/v1/auth/login; on 200 keeps the cookie and the body's csrfToken.
    ApiResponse Login(std::string_view username, std::string_view password);
    ApiResponse Get(const std::string& path);
    ApiResponse Post(const std::string& path, const nlohmann::json& body);
    ApiResponse Put(const std::string& path, const nlohmann::json& body);
    ApiResponse Delete(const std::string& path);
    /// Sends `body` as is (for malformed input); method is "POST", "PUT", "PATCH" or "DELETE".
    ApiResponse SendRaw(std::string_view method,
                        const std::string& path,
                        const std::string& body,
                        const std::string& content_type = "application/json");

    const std::string& session_token() const { return session_token_; }
    void set_session_token(std::string token) { session_token_ = std::move(token); }
    const std::string& csrf_token() const { return csrf_token_; }
    void set_csrf_token(std::string token) { csrf_token_ = std::move(token); }
    /// When false, state-changing requests go out without the X-CSRF-Token header.
    void set_send_csrf(bool send) { send_csrf_ = send; }

private:
    httplib::Headers RequestHeaders(bool state_changing) const;
    ApiResponse Convert(const httplib::Result& result);

    httplib::Client client_;
    std::string session_token_;
    std::string csrf_token_;
    bool send_csrf_ = true;
};

/// A TestApp with its server: what most API tests start from.
struct ApiEnv {
    ApiEnv();

    /// A client logged in as `username` (password testing::kTestPassword); throws when the login
    /// fails so the test stops with the reason.
    ApiClient LoginAs(const std::string& username);
    ApiClient Anonymous() { return ApiClient(server.port()); }

    testing::TestApp test_app;
    TestServer server;
};

/// Rows per table of the whole schema (read from the catalogue, so a new table is counted too).
using RowCounts = std::map<std::string, std::int64_t>;

/// Counts the rows of every table except `excluded`.
RowCounts CountRows(app::Application& app, const std::set<std::string>& excluded = {});

/// Every row of every table as text, sorted per table: equal snapshots mean that no row was
/// inserted, deleted or updated anywhere (CountRows alone cannot see an update).
using RowContents = std::map<std::string, std::vector<std::string>>;
/// The body of a drawn customer signature on a job's installation receipt (a tiny real PNG), as
/// the phone sends it to POST /api/v1/field/signatures: on a job on site it finishes the
/// installation, which nothing else may (R-FLD-5).
nlohmann::json ReceiptSignature(std::int64_t job_id,
                                const std::string& id,
                                const std::string& signer);

RowContents SnapshotRows(app::Application& app);

/// The smallest id of `table`, or nullopt when the table does not exist or is empty.
std::optional<std::int64_t> SmallestId(app::Application& app, const std::string& table);

/// Percent-encodes a query parameter value (UTF-8 bytes and reserved characters).
std::string UrlEncode(std::string_view text);

}  // namespace kefu::api_tests
