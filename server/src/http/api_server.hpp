// The HTTP server: the event-driven transport (ADR 0009) in front of httplib's request parser and
// route table, static web UI with SPA fallback, JSON errors, and the security headers of every
// response.
#pragma once

#include <httplib.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "http/event_transport.hpp"
#include "http/router.hpp"

namespace kefu::http {

/// Listening and serving options.
struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string www_dir;       ///< built web UI (web/dist); empty serves the API only
    std::size_t threads = 64;  ///< worker threads running handlers
    std::size_t max_body_bytes = std::size_t{1024} * 1024;
    std::size_t max_connections = 10'000;
    /// Mark every cookie Secure: for a server reached only through a TLS proxy (README).
    bool secure_cookies = false;
    std::chrono::milliseconds idle_timeout{5'000};   ///< keep-alive wait for a next request
    std::chrono::milliseconds head_timeout{10'000};  ///< a whole request head, from its first byte
};

/// What every response carries (static files, API answers, errors and refusals alike).
inline constexpr std::pair<std::string_view, std::string_view> kSecurityHeaders[] = {
    // The built web UI loads only its own scripts, styles, fonts and API: no inline script or
    // style, no eval (Vue and Element Plus set styles through the CSSOM, which CSP allows; every
    // page of the UI was checked without a violation, and the browser test fails on one).
    {"Content-Security-Policy",
     "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
     "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
     "form-action 'self'; frame-ancestors 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
};

/// Owns the transport, httplib's parser and route table, and the router; routes are added by
/// each capability's Register*.
class ApiServer {
public:
    ApiServer(const ServerOptions& options, auth::SessionAuthenticator& sessions);
    Router& router() { return router_; }
    /// Binds and serves until Stop(); false when the port cannot be bound.
    bool Listen();
    /// Binds to a free port on host (tests); returns it, or -1.
    int BindToAnyPort();
    /// Serves on the port bound by BindToAnyPort (blocks).
    bool ListenAfterBind();
    /// Async-signal-safe: serving ends once the requests in flight are answered.
    void Stop();
    bool IsRunning() const { return transport_.IsRunning(); }
    /// What the transport has seen so far (tests, benchmark).
    TransportCounters counters() const { return transport_.counters(); }

private:
    /// httplib's server used as parser, route table, static files and error hooks: the transport
    /// hands it one complete request at a time through its process_request.
    class Dispatcher : public httplib::Server {
    public:
        using httplib::Server::process_request;
    };

    RawResponse Handle(const RawRequest& request);
    std::string Refusal(int status, std::string_view method, std::string_view target) const;

    ServerOptions options_;
    Dispatcher server_;
    Router router_;
    EventTransport transport_;
};

}  // namespace kefu::http
