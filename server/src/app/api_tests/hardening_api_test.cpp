// Issue 8 (R-SEC hardening), over real HTTP: login timing (1), slow and idle clients (2), HTTP
// hygiene (8), and the input rules behind items 3, 5 and 6. Each test failed on the code before
// the fix it names.
#include <arpa/inet.h>
#include <fmt/core.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <soci/soci.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "app/api_tests/api_harness.hpp"
#include "auth/credentials.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::steady_clock;

double MsSince(steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(steady_clock::now() - start).count();
}

// ---- a raw HTTP connection, for what a client library would never send ----------------------

/// A response read off the wire: header names lowercased.
struct RawAnswer {
    int status = 0;
    std::map<std::string, std::string> headers;
    std::string body;

    std::string Header(const std::string& name) const {
        const auto it = headers.find(name);
        return it == headers.end() ? "" : it->second;
    }
    ApiResponse AsApiResponse() const {
        ApiResponse response;
        response.status = status;
        response.raw = body;
        response.body = json::parse(body, nullptr, /*allow_exceptions=*/false);
        if (response.body.is_discarded()) response.body = nullptr;
        return response;
    }
};

/// A blocking TCP connection to 127.0.0.1.
class RawConnection {
public:
    explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
        if (fd_ < 0) throw std::runtime_error("socket() failed");
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<std::uint16_t>(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            ::close(fd_);
            throw std::runtime_error("connect() to the test server failed");
        }
        int yes = 1;
        ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    }
    ~RawConnection() { ::close(fd_); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    /// False once the server has closed the connection.
    bool Send(std::string_view bytes) {
        while (!bytes.empty()) {
            const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (n <= 0) return false;
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        return true;
    }

    /// The next response (complete by its Content-Length, or by the server closing); status 0
    /// when none came within `timeout`.
    RawAnswer Read(milliseconds timeout) {
        const auto deadline = steady_clock::now() + timeout;
        std::string in;
        bool closed = false;
        while (true) {
            const auto head_end = in.find("\r\n\r\n");
            if (head_end != std::string::npos) {
                RawAnswer answer = Parse(in.substr(0, head_end));
                const std::string length = answer.Header("content-length");
                const std::size_t body_size = length.empty() ? 0 : std::stoul(length);
                if (closed || (!length.empty() && in.size() >= head_end + 4 + body_size)) {
                    answer.body = in.substr(head_end + 4, length.empty() ? in.npos : body_size);
                    return answer;
                }
            }
            if (closed) return {};
            const auto left =
                std::chrono::duration_cast<milliseconds>(deadline - steady_clock::now());
            if (left.count() <= 0) return {};
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
            char buffer[16384];
            const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n <= 0) {
                closed = true;
            } else {
                in.append(buffer, static_cast<std::size_t>(n));
            }
        }
    }

    /// True when the server closes the connection within `timeout` (what it still sends is
    /// read and dropped).
    bool ClosedWithin(milliseconds timeout) {
        const auto deadline = steady_clock::now() + timeout;
        while (steady_clock::now() < deadline) {
            pollfd p{fd_, POLLIN, 0};
            const auto left =
                std::chrono::duration_cast<milliseconds>(deadline - steady_clock::now());
            if (::poll(&p, 1, static_cast<int>(std::max<long>(1, left.count()))) <= 0) continue;
            char buffer[4096];
            if (::recv(fd_, buffer, sizeof buffer, 0) <= 0) return true;
        }
        return false;
    }

private:
    static RawAnswer Parse(const std::string& head) {
        RawAnswer answer;
        if (head.size() > 12) answer.status = std::atoi(head.c_str() + 9);
        std::size_t pos = head.find("\r\n");
        while (pos != std::string::npos && pos + 2 < head.size()) {
            const std::size_t next = head.find("\r\n", pos + 2);
            const std::string line =
                head.substr(pos + 2, next == head.npos ? next : next - pos - 2);
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                std::string name = line.substr(0, colon);
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
                    return static_cast<char>(std::tolower(c));
                });
                answer.headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
            }
            pos = next;
        }
        return answer;
    }

    int fd_;
};

std::string HealthRequest(bool close) {
    return fmt::format("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n{}\r\n",
                       close ? "Connection: close\r\n" : "");
}

// A normal request on a new connection, as a browser's first one: status and milliseconds.
std::pair<int, double> ProbeHealth(int port, milliseconds timeout) {
    const auto start = steady_clock::now();
    RawConnection connection(port);
    connection.Send(HealthRequest(true));
    const RawAnswer answer = connection.Read(timeout);
    return {answer.status, MsSince(start)};
}

double Median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

std::string Join(const std::vector<double>& values) {
    std::string text;
    for (double v : values) text += fmt::format("{}{:.0f}", text.empty() ? "" : " ", v);
    return text;
}

// ---- 1. login timing ------------------------------------------------------------------------

// Issue 8 item 1: an unknown username was checked against a hash made at the minimal cost, so it
// answered in ~2 ms while a wrong password for a real user took ~60 ms: the time told which
// usernames exist. Both paths are sampled alternately over HTTP (20 each: an interactive hash
// costs ~0.4 s under ASan on a shared machine) at the strength `kefu serve` uses; the medians must
// agree and the ranges overlap.
TEST(LoginTiming, AnUnknownUsernameCostsWhatAWrongPasswordForARealUserCosts) {
    testing::TestApp app(auth::HashStrength::kInteractive);
    app.CreateUser("head", {Role::kHead});
    TestServer server(app);
    ApiClient client(server.port());
    auto timed_failure = [&](std::string_view username) {
        const auto start = steady_clock::now();
        const ApiResponse response = client.Login(username, "wrong-password");
        const double ms = MsSince(start);
        EXPECT_EQ(response.status, 401) << username << ": " << response.Describe();
        // Eight minutes between two attempts on one name: never five in the 15-minute window.
        app.clock.Advance(minutes(4));
        return ms;
    };
    timed_failure("head");  // warm up the connection and the unknown-user hash
    timed_failure("nobody");
    std::vector<double> known;
    std::vector<double> unknown;
    for (int i = 0; i < 20; ++i) {
        // Alternate which goes first, so neither always follows the other.
        if (i % 2 == 0) {
            known.push_back(timed_failure("head"));
            unknown.push_back(timed_failure("nobody"));
        } else {
            unknown.push_back(timed_failure("nobody"));
            known.push_back(timed_failure("head"));
        }
    }
    const double known_median = Median(known);
    const double unknown_median = Median(unknown);
    const std::string samples =
        fmt::format("wrong password (ms): {}\nunknown user (ms): {}", Join(known), Join(unknown));
    fmt::print(
        "login timing, medians over 20 samples: wrong password {:.1f} ms, unknown user "
        "{:.1f} ms\n{}\n",
        known_median,
        unknown_median,
        samples);
    // The check is only meaningful when a real check is expensive.
    ASSERT_GE(known_median, 10.0) << samples;
    EXPECT_LE(std::abs(unknown_median - known_median), 0.25 * known_median + 5.0)
        << "medians " << unknown_median << " vs " << known_median << " ms\n"
        << samples;
    EXPECT_LE(*std::min_element(unknown.begin(), unknown.end()),
              *std::max_element(known.begin(), known.end()))
        << samples;
    EXPECT_LE(*std::min_element(known.begin(), known.end()),
              *std::max_element(unknown.begin(), unknown.end()))
        << samples;
}

// A password stored at another strength (kefu demo --fast-hashes, an older setting) would be
// quicker to check than the unknown-user hash; the first correct login brings it to the current
// strength.
TEST(LoginTiming, AHashOfAnotherStrengthIsRenewedAtTheFirstCorrectLogin) {
    testing::TestApp app(auth::HashStrength::kInteractive);
    app.CreateUser("head", {Role::kHead});
    soci::session sql(app.app->database().pool());
    const std::string cheap =
        auth::HashPassword(testing::kTestPassword, auth::HashStrength::kMinimal);
    sql << "UPDATE users SET password_hash = :h WHERE username = 'head'", soci::use(cheap);
    TestServer server(app);
    ApiClient client(server.port());

    ASSERT_EQ(client.Login("head", testing::kTestPassword).status, 200);
    std::string stored;
    sql << "SELECT password_hash FROM users WHERE username = 'head'", soci::into(stored);
    EXPECT_NE(stored, cheap);
    EXPECT_FALSE(auth::NeedsRehash(stored, auth::HashStrength::kInteractive)) << stored;
    ApiClient again(server.port());
    EXPECT_EQ(again.Login("head", testing::kTestPassword).status, 200);
}

// ---- 2. slow and idle clients ---------------------------------------------------------------

// Issue 8 item 2: ~70 connections sending a header byte now and then held all 64 threads, and
// normal requests timed out. With kefu serve's defaults, 70 slow and 70 idle keep-alive
// connections are held open while normal requests, each on a new connection, are answered at
// once; then the attack goes away and the server still answers.
TEST(SlowClients, NormalRequestsAreAnsweredWhileSeventySlowAndSeventyIdleConnectionsAreOpen) {
    testing::TestApp app;
    TestServer server(app, http::ServerOptions{});
    const int port = server.port();
    std::vector<std::unique_ptr<RawConnection>> slow;
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (int i = 0; i < 70; ++i) {
        slow.push_back(std::make_unique<RawConnection>(port));
        slow.back()->Send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    }
    for (int i = 0; i < 70; ++i) {
        idle.push_back(std::make_unique<RawConnection>(port));
        // Answered (or not: on the old server the threads were taken); then kept open.
        idle.back()->Send(HealthRequest(false));
    }
    std::atomic<bool> done{false};
    std::thread dribble([&] {
        while (!done) {
            for (auto& c : slow) c->Send("a");
            for (int k = 0; k < 10 && !done; ++k) std::this_thread::sleep_for(milliseconds(100));
        }
    });
    std::this_thread::sleep_for(milliseconds(500));
    std::vector<double> latencies;
    std::vector<int> statuses;
    for (int i = 0; i < 20; ++i) {
        const auto [status, ms] = ProbeHealth(port, milliseconds(5000));
        statuses.push_back(status);
        latencies.push_back(ms);
    }
    done = true;
    dribble.join();
    const std::string seen = fmt::format("latencies (ms): {}", Join(latencies));
    for (int status : statuses) EXPECT_EQ(status, 200) << seen;
    EXPECT_LT(*std::max_element(latencies.begin(), latencies.end()), 1000.0) << seen;
    // The attack was held, not just closed: the slow connections are still open.
    EXPECT_GE(server.server().counters().open, 70u);

    slow.clear();
    idle.clear();
    for (int i = 0; i < 5; ++i) {
        const auto [status, ms] = ProbeHealth(port, milliseconds(5000));
        EXPECT_EQ(status, 200) << "after the attack";
        EXPECT_LT(ms, 1000.0) << "after the attack";
    }
}

// The deadlines that make the server recover by itself: a request head that never ends is cut
// off at head_timeout from its first byte, however steadily it trickles in; a connection that
// sends nothing, or nothing more after an answer, is closed at the keep-alive timeout.
TEST(SlowClients, AHeadThatNeverEndsIsCutOffAtItsDeadlineAndIdleConnectionsAtTheKeepAlive) {
    testing::TestApp app;
    http::ServerOptions options;
    options.head_timeout = milliseconds(1500);
    options.idle_timeout = milliseconds(1000);
    TestServer server(app, options);
    RawConnection silent(server.port());
    RawConnection answered(server.port());
    ASSERT_TRUE(answered.Send(HealthRequest(false)));
    ASSERT_EQ(answered.Read(milliseconds(5000)).status, 200);
    RawConnection slow(server.port());
    const auto start = steady_clock::now();
    slow.Send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    bool cut = false;
    while (MsSince(start) < 6000 && !cut) {
        cut = !slow.Send("a") || slow.ClosedWithin(milliseconds(250));
    }
    const double cut_after = MsSince(start);
    EXPECT_TRUE(cut) << "a trickling head was still open after 6 s";
    EXPECT_GE(cut_after, 1300.0);
    EXPECT_LT(cut_after, 4000.0);
    EXPECT_TRUE(silent.ClosedWithin(milliseconds(3000)));
    EXPECT_TRUE(answered.ClosedWithin(milliseconds(3000)));
    EXPECT_GE(server.server().counters().timed_out, 1u);
    EXPECT_EQ(ProbeHealth(server.port(), milliseconds(5000)).first, 200);
}

// At the connection cap, the least recently served connection that is not being served is
// closed to make room, so a full house of idle connections cannot lock everyone out.
TEST(SlowClients, AtTheConnectionCapTheLeastRecentlyServedConnectionMakesRoom) {
    testing::TestApp app;
    http::ServerOptions options;
    options.max_connections = 20;
    TestServer server(app, options);
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (int i = 0; i < 30; ++i) {
        idle.push_back(std::make_unique<RawConnection>(server.port()));
        std::this_thread::sleep_for(milliseconds(5));
    }
    const auto [status, ms] = ProbeHealth(server.port(), milliseconds(5000));
    EXPECT_EQ(status, 200);
    EXPECT_LT(ms, 1000.0);
    int closed = 0;
    for (auto& c : idle) closed += c->ClosedWithin(milliseconds(20)) ? 1 : 0;
    EXPECT_GE(closed, 10);
    const http::TransportCounters counters = server.server().counters();
    EXPECT_GE(counters.evicted, 10u);
    EXPECT_LE(counters.open, 20u);
}

// The listen backlog was httplib's 5: bursts of new connections were reset. `ss` shows a
// listening socket's backlog in its Send-Q column.
TEST(SlowClients, TheListenBacklogIsRaised) {
    testing::TestApp app;
    TestServer server(app, http::ServerOptions{});
    const std::string command = fmt::format("ss -Hltn 'sport = :{}' 2>&1", server.port());
    FILE* pipe = ::popen(command.c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    char line[512] = {};
    const bool read = std::fgets(line, sizeof line, pipe) != nullptr;
    ::pclose(pipe);
    ASSERT_TRUE(read) << "no output from: " << command << " (iproute2 is in scripts/setup.sh)";
    char state[32] = {};
    long queued = -1;
    long backlog = -1;
    ASSERT_EQ(std::sscanf(line, "%31s %ld %ld", state, &queued, &backlog), 3) << line;
    EXPECT_STREQ(state, "LISTEN");
    EXPECT_GE(backlog, 511) << line;
}

// ---- 8. HTTP hygiene ------------------------------------------------------------------------

// A web UI folder with an index and one asset, for the static-file answers.
class WebRoot {
public:
    WebRoot()
        : path_(std::filesystem::temp_directory_path() / fmt::format("kefu-www-{}", ::getpid())) {
        std::filesystem::create_directories(path_ / "assets");
        std::ofstream(path_ / "index.html") << "<!doctype html><title>kefu</title>";
        std::ofstream(path_ / "assets" / "app.js") << "console.log('kefu');";
        std::ofstream(path_ / "manifest.webmanifest") << R"({"name":"客服"})";
    }
    ~WebRoot() { std::filesystem::remove_all(path_); }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

struct HygieneEnv {
    explicit HygieneEnv(bool secure_cookies = false)
        : server(app, [&] {
              http::ServerOptions options;
              options.threads = 8;
              options.www_dir = www.path();
              options.secure_cookies = secure_cookies;
              return options;
          }()) {
        app.CreateUser("head", {Role::kHead});
    }
    WebRoot www;
    testing::TestApp app;
    TestServer server;
};

std::string HeaderOf(const ApiResponse& response, const char* name) {
    const auto it = response.headers.find(name);
    return it == response.headers.end() ? "" : it->second;
}

void ExpectSecurityHeaders(const ApiResponse& response, const std::string& what) {
    const std::string csp = HeaderOf(response, "Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << what << ": " << csp;
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << what << ": " << csp;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << what << ": " << csp;
    EXPECT_EQ(csp.find("unsafe-"), std::string::npos) << what << ": " << csp;
    EXPECT_EQ(HeaderOf(response, "X-Content-Type-Options"), "nosniff") << what;
    EXPECT_EQ(HeaderOf(response, "X-Frame-Options"), "DENY") << what;
    EXPECT_EQ(HeaderOf(response, "Referrer-Policy"), "no-referrer") << what;
}

TEST(HttpHygiene, EveryResponseCarriesTheSecurityHeadersAndApiAnswersAreNotStored) {
    HygieneEnv env;
    ApiClient anonymous(env.server.port());
    ApiClient head(env.server.port());
    ASSERT_EQ(head.Login("head", testing::kTestPassword).status, 200);

    const std::vector<std::pair<std::string, ApiResponse>> api = {
        {"health", anonymous.Get("/api/v1/health")},
        {"me", head.Get("/api/v1/auth/me")},
        {"staff list", head.Get("/api/v1/staff")},
        {"401", anonymous.Get("/api/v1/auth/me")},
        {"unknown API route", head.Get("/api/v1/nothing")},
        {"bad input", head.Post("/api/v1/staff", json::object())},
    };
    for (const auto& [what, response] : api) {
        EXPECT_NE(response.status, 0) << what;
        ExpectSecurityHeaders(response, what);
        EXPECT_EQ(HeaderOf(response, "Cache-Control"), "no-store") << what;
    }
    const std::vector<std::pair<std::string, ApiResponse>> web = {
        {"index", anonymous.Get("/")},
        {"asset", anonymous.Get("/assets/app.js")},
        {"SPA route", anonymous.Get("/staff")},
    };
    for (const auto& [what, response] : web) {
        EXPECT_EQ(response.status, 200) << what;
        ExpectSecurityHeaders(response, what);
        // Static files may be cached; only API answers carry personal data.
        EXPECT_EQ(HeaderOf(response, "Cache-Control"), "") << what;
    }
    // The PWA's manifest (R-FLD-10) with its own type: browsers warn about text/plain.
    const ApiResponse manifest = anonymous.Get("/manifest.webmanifest");
    EXPECT_EQ(manifest.status, 200);
    EXPECT_EQ(HeaderOf(manifest, "Content-Type"), "application/manifest+json");
    // Answers the transport gives by itself carry them too.
    RawConnection raw(env.server.port());
    raw.Send("FOO /api/v1/staff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const RawAnswer refused = raw.Read(milliseconds(5000));
    ASSERT_EQ(refused.status, 405);
    EXPECT_NE(refused.Header("content-security-policy").find("frame-ancestors 'none'"),
              std::string::npos);
    EXPECT_EQ(refused.Header("x-content-type-options"), "nosniff");
    EXPECT_EQ(refused.Header("x-frame-options"), "DENY");
    EXPECT_EQ(refused.Header("referrer-policy"), "no-referrer");
    EXPECT_EQ(refused.Header("cache-control"), "no-store");
}

// kefu serve --secure-cookies: behind a TLS proxy the session cookie must never travel in clear.
TEST(HttpHygiene, TheSecureCookiesOptionMarksTheSessionCookieSecure) {
    auto cookie_of = [](const ApiResponse& response) {
        std::string cookie;
        for (const auto& [name, value] : response.headers) {
            if (name == "Set-Cookie") cookie = value;
        }
        return cookie;
    };
    HygieneEnv plain;
    ApiClient client(plain.server.port());
    const std::string plain_cookie = cookie_of(client.Login("head", testing::kTestPassword));
    ASSERT_TRUE(plain_cookie.starts_with("kefu_session=")) << plain_cookie;
    EXPECT_EQ(plain_cookie.find("Secure"), std::string::npos) << plain_cookie;

    HygieneEnv secure(/*secure_cookies=*/true);
    ApiClient tls_client(secure.server.port());
    const ApiResponse login = tls_client.Login("head", testing::kTestPassword);
    ASSERT_EQ(login.status, 200) << login.Describe();
    const std::string cookie = cookie_of(login);
    EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
    const ApiResponse logout = tls_client.Post("/api/v1/auth/logout", json::object());
    EXPECT_EQ(logout.status, 204) << logout.Describe();
    EXPECT_NE(cookie_of(logout).find("; Secure"), std::string::npos) << cookie_of(logout);
}

// A login body that is not declared JSON is refused before anything is looked up: an HTML form
// on another site (text/plain, urlencoded, multipart) cannot log a victim in.
TEST(HttpHygiene, LoginRequiresAJsonContentType) {
    HygieneEnv env;
    const RowCounts before = CountRows(*env.app.app);
    const std::string body =
        json{{"username", "head"}, {"password", testing::kTestPassword}}.dump();
    for (const std::string type : {"text/plain",
                                   "application/x-www-form-urlencoded",
                                   "multipart/form-data; boundary=x",
                                   "application/jsonp",
                                   ""}) {
        ApiClient client(env.server.port());
        const ApiResponse response = client.SendRaw("POST", "/api/v1/auth/login", body, type);
        EXPECT_EQ(response.status, 400) << type << ": " << response.Describe();
        EXPECT_TRUE(response.HasErrorShape()) << type << ": " << response.Describe();
        // httplib itself refuses a multipart body that is not multipart ("bad request").
        if (!type.starts_with("multipart/")) {
            EXPECT_TRUE(response.HasViolation("", "unsupported_media_type"))
                << type << ": " << response.Describe();
        }
        EXPECT_EQ(HeaderOf(response, "Set-Cookie"), "") << type;
    }
    EXPECT_EQ(CountRows(*env.app.app), before) << "no failure was counted, no session made";
    for (const std::string type :
         {"application/json", "application/json; charset=utf-8", "Application/JSON"}) {
        ApiClient client(env.server.port());
        const ApiResponse response = client.SendRaw("POST", "/api/v1/auth/login", body, type);
        EXPECT_EQ(response.status, 200) << type << ": " << response.Describe();
    }
}

TEST(HttpHygiene, UnknownMethodsGetAJson405) {
    HygieneEnv env;
    for (const std::string method : {"FOO", "PROPFIND", "TRACE", "CONNECT_X"}) {
        RawConnection raw(env.server.port());
        raw.Send(method + " /api/v1/staff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const RawAnswer answer = raw.Read(milliseconds(5000));
        const ApiResponse response = answer.AsApiResponse();
        EXPECT_EQ(answer.status, 405) << method << ": " << answer.body;
        EXPECT_TRUE(response.HasErrorShape()) << method << ": " << answer.body;
        EXPECT_TRUE(response.HasViolation("", "method_not_allowed")) << method;
        EXPECT_EQ(answer.Header("allow"), "GET, HEAD, POST, PUT, DELETE") << method;
        EXPECT_TRUE(answer.Header("content-type").starts_with("application/json")) << method;
    }
    EXPECT_EQ(ProbeHealth(env.server.port(), milliseconds(5000)).first, 200);
}

// The server's error handler used to replace every 404 body with "no such API route".
TEST(HttpHygiene, AHandlersNotFoundKeepsItsOwnMessage) {
    HygieneEnv env;
    ApiClient head(env.server.port());
    ASSERT_EQ(head.Login("head", testing::kTestPassword).status, 200);
    const json update = {{"name", "刘师傅"},
                         {"phone", "13800000021"},
                         {"hireDate", "2026-01-05"},
                         {"experienceStart", "2026-01-05"},
                         {"roles", json::array()},
                         {"version", 1}};
    for (const ApiResponse& response :
         {head.Put("/api/v1/staff/999999", update), head.Get("/api/v1/staff/999999")}) {
        EXPECT_EQ(response.status, 404) << response.Describe();
        EXPECT_EQ(response.Code(), "NOT_FOUND") << response.Describe();
        EXPECT_EQ(response.body["error"]["message"], "no such staff member") << response.Describe();
    }
    const ApiResponse route = head.Get("/api/v1/nothing");
    EXPECT_EQ(route.status, 404);
    EXPECT_EQ(route.body["error"]["message"], "no such API route") << route.Describe();
}

// Requests the transport cannot frame exactly are refused before the application sees them,
// with the JSON error body on /api/, and the server goes on serving.
TEST(HttpHygiene, RequestsThatCannotBeFramedExactlyAreRefused) {
    HygieneEnv env;
    struct Case {
        std::string what;
        std::string request;
        int status;
        std::string reason;
    };
    const std::string big(std::size_t{20} * 1024, 'x');
    const std::vector<Case> cases = {
        {"chunked body",
         "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
         "Content-Type: application/json\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
         411,
         "length_required"},
        {"two lengths",
         "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
         "Content-Length: 3\r\n\r\n{}",
         400,
         ""},
        {"bare LF", "GET /api/v1/health HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n", 400, ""},
        {"folded header", "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n y\r\n\r\n", 400, ""},
        {"huge head",
         "GET /api/v1/health HTTP/1.1\r\nX-Big: " + big + "\r\n\r\n",
         431,
         "head_too_large"},
        {"huge length",
         "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n",
         413,
         "too_large"},
        {"HTTP/2 line", "GET /api/v1/health HTTP/2.0\r\nHost: x\r\n\r\n", 505, ""},
    };
    for (const Case& c : cases) {
        RawConnection raw(env.server.port());
        raw.Send(c.request);
        const RawAnswer answer = raw.Read(milliseconds(5000));
        EXPECT_EQ(answer.status, c.status) << c.what << ": " << answer.body;
        const ApiResponse response = answer.AsApiResponse();
        EXPECT_TRUE(response.HasErrorShape()) << c.what << ": " << answer.body;
        if (!c.reason.empty()) {
            EXPECT_TRUE(response.HasViolation("", c.reason)) << c.what;
        }
        EXPECT_EQ(answer.Header("connection"), "close") << c.what;
    }
    EXPECT_EQ(ProbeHealth(env.server.port(), milliseconds(5000)).first, 200);
}

// ---- 3, 5, 6: input that used to be stored --------------------------------------------------

class HardenedInput : public ::testing::Test {
protected:
    void SetUp() override {
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("admin", {Role::kAdmin});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        admin_ = std::make_unique<ApiClient>(env_.LoginAs("admin"));
    }

    /// The answer is 400 INVALID_ARGUMENT naming {field, reason}.
    static void ExpectRefused(const ApiResponse& response,
                              const std::string& field,
                              const std::string& reason,
                              const std::string& what) {
        EXPECT_EQ(response.status, 400) << what << ": " << response.Describe();
        EXPECT_EQ(response.Code(), "INVALID_ARGUMENT") << what << ": " << response.Describe();
        EXPECT_TRUE(response.HasViolation(field, reason))
            << what << ": expected {" << field << ", " << reason << "} in " << response.Describe();
    }

    json AddStaff() {
        const ApiResponse created = head_->Post("/api/v1/staff",
                                                {{"name", "刘师傅"},
                                                 {"phone", "13800000021"},
                                                 {"hireDate", "2026-01-05"},
                                                 {"experienceStart", "2026-01-05"},
                                                 {"grade", "intern"}});
        if (created.status != 201) throw std::runtime_error(created.Describe());
        return created.body;
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::unique_ptr<ApiClient> admin_;
};

// Item 3: 4294967296 months overflowed to 0 and made every technician eligible for supervisor.
TEST_F(HardenedInput, AHugePolicyValueIsOutOfRangeAndChangesNothing) {
    const RowContents before = SnapshotRows(*env_.test_app.app);
    for (const std::int64_t value : {std::int64_t{4294967296},
                                     std::int64_t{2147483648},
                                     std::int64_t{121},
                                     std::int64_t{-1}}) {
        const ApiResponse response =
            admin_->Post("/api/v1/policies",
                         {{"key", "grade.supervisor.min_experience_months"},
                          {"value", value},
                          {"validFrom", "2026-12-01"},
                          {"reason", "overflow probe"}});
        ExpectRefused(response, "value", "out_of_range", std::to_string(value));
    }
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);
    // In range, the same request is accepted.
    const ApiResponse fine = admin_->Post("/api/v1/policies",
                                          {{"key", "grade.supervisor.min_experience_months"},
                                           {"value", 120},
                                           {"validFrom", "2026-12-01"},
                                           {"reason", "in range"}});
    EXPECT_EQ(fine.status, 201) << fine.Describe();
}

// Item 5: an update without roles, or with "roles": null, cleared them.
TEST_F(HardenedInput, AStaffUpdateWithNullOrMissingRolesIsRefusedAndKeepsTheRoles) {
    const json member = AddStaff();
    const std::string path = "/api/v1/staff/" + std::to_string(member["id"].get<std::int64_t>());
    json update = {{"name", "刘师傅"},
                   {"phone", "13800000021"},
                   {"hireDate", "2026-01-05"},
                   {"experienceStart", "2026-01-05"},
                   {"roles", json::array({"driver"})},
                   {"version", 1}};
    ASSERT_EQ(head_->Put(path, update).status, 200);
    update["version"] = 2;
    const RowContents before = SnapshotRows(*env_.test_app.app);

    update["roles"] = nullptr;
    ExpectRefused(head_->Put(path, update), "roles", "required", "roles: null");
    update.erase("roles");
    ExpectRefused(head_->Put(path, update), "roles", "required", "no roles");

    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);
    const ApiResponse now = head_->Get(path);
    EXPECT_EQ(now.body["roles"], json::array({"driver"})) << now.Describe();
    EXPECT_EQ(now.body["version"], 2);
}

// Item 5: "required": null was stored as false.
TEST_F(HardenedInput, ATrainingTopicWithNullRequiredIsRefused) {
    const RowContents before = SnapshotRows(*env_.test_app.app);
    ExpectRefused(
        head_->Post("/api/v1/training/topics", {{"name", "安全培训"}, {"required", nullptr}}),
        "required",
        "required",
        "required: null");
    ExpectRefused(head_->Post("/api/v1/training/topics", {{"name", "安全培训"}}),
                  "required",
                  "required",
                  "no required");
    ExpectRefused(
        head_->Post("/api/v1/training/topics", {{"name", "安全培训"}, {"required", "yes"}}),
        "required",
        "wrong_type",
        "required: \"yes\"");
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);
    const ApiResponse fine =
        head_->Post("/api/v1/training/topics", {{"name", "安全培训"}, {"required", false}});
    EXPECT_EQ(fine.status, 201) << fine.Describe();
    EXPECT_EQ(fine.body["required"], false);
}

// Item 6: NUL, controls, the right-to-left override and zero-width spaces were stored in names,
// and a name of only invisible characters passed "required".
TEST_F(HardenedInput, ControlAndInvisibleCharactersInNamesAreRefusedAndNothingIsStored) {
    const RowContents before = SnapshotRows(*env_.test_app.app);
    struct Case {
        std::string name;
        std::string reason;
    };
    const std::vector<Case> cases = {
        {std::string("a\0b", 3), "control_character"},
        {"\x01", "control_character"},
        {"刘\u202e师傅", "control_character"},
        {"刘\u200b师傅", "control_character"},
        {"\u200b\u200b", "control_character"},
        {"\u3000\u3000", "required"},
        {"\u00a0 \u3000", "required"},
    };
    for (const Case& c : cases) {
        const json body = {{"name", c.name},
                           {"phone", "13800000022"},
                           {"hireDate", "2026-01-05"},
                           {"experienceStart", "2026-01-05"},
                           {"grade", "intern"}};
        ExpectRefused(head_->Post("/api/v1/staff", body), "name", c.reason, json(c.name).dump());
        ExpectRefused(
            head_->Post("/api/v1/training/topics", {{"name", c.name}, {"required", true}}),
            "name",
            c.reason,
            "topic " + json(c.name).dump());
    }
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), before);
    // A name padded with the ideographic space is stored trimmed.
    const ApiResponse padded = head_->Post("/api/v1/staff",
                                           {{"name", "\u3000刘师傅\u3000"},
                                            {"phone", "13800000022"},
                                            {"hireDate", "2026-01-05"},
                                            {"experienceStart", "2026-01-05"},
                                            {"grade", "intern"}});
    ASSERT_EQ(padded.status, 201) << padded.Describe();
    EXPECT_EQ(padded.body["name"], "刘师傅");
}

}  // namespace
}  // namespace kefu::api_tests
