// The HTTP server: measured httplib settings, static web UI with SPA fallback, JSON errors.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>

#include "http/router.hpp"

namespace kefu::http {

/// Listening and serving options.
struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string www_dir;  ///< built web UI (web/dist); empty serves the API only
    std::size_t threads = 64;
    std::size_t max_body_bytes = 1024 * 1024;
};

/// Owns the httplib server and the router; routes are added by each capability's Register*.
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
    void Stop();
    bool IsRunning() const { return server_.is_running(); }

private:
    ServerOptions options_;
    httplib::Server server_;
    Router router_;
};

}  // namespace kefu::http
