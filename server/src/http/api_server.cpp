#include "http/api_server.hpp"

#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "http/error_response.hpp"

namespace kefu::http {
namespace {

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace

ApiServer::ApiServer(const ServerOptions& options, auth::SessionAuthenticator& sessions)
    : options_(options), router_(server_, sessions) {
    // Measured on this stack: without TCP_NODELAY keep-alive responses stall ~40 ms each.
    server_.set_tcp_nodelay(true);
    const std::size_t threads = options_.threads;
    server_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server_.set_keep_alive_max_count(100);
    server_.set_keep_alive_timeout(5);
    server_.set_payload_max_length(options_.max_body_bytes);
    // SO_REUSEADDR only: httplib's default SO_REUSEPORT lets a second server share the port.
    server_.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });

    if (!options_.www_dir.empty() && std::filesystem::is_directory(options_.www_dir)) {
        server_.set_mount_point("/", options_.www_dir);
    }
    const std::string index_path = options_.www_dir + "/index.html";
    server_.set_error_handler(
        [index_path, www = options_.www_dir](const httplib::Request& req, httplib::Response& res) {
            if (req.path.starts_with("/api/")) {
                if (res.status == 413) {
                    WriteJson(res,
                              413,
                              ErrorBody(Error::InvalidArgument("the request body is too large",
                                                               {{"", "too_large"}})));
                } else if (res.status == 404 || res.status == 405) {
                    WriteJson(res, 404, ErrorBody(Error::NotFound("no such API route")));
                } else if (res.body.empty()) {
                    WriteJson(res, res.status, ErrorBody(Error::InvalidArgument("bad request")));
                }
                return;
            }
            // Client-side routes (/staff, /audit …) are the SPA's: answer with index.html.
            if (req.method == "GET" && res.status == 404 && !www.empty() &&
                std::filesystem::exists(index_path)) {
                res.status = 200;
                res.set_content(ReadFile(index_path), "text/html");
            }
        });
    server_.set_exception_handler(
        [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
            std::string what = "unknown";
            try {
                if (ep) std::rethrow_exception(ep);
            } catch (const std::exception& e) {
                what = e.what();
            } catch (...) {
            }
            spdlog::error("unhandled exception on {} {}: {}", req.method, req.path, what);
            WriteJson(res, 500, ErrorBody(Error::Internal(what)));
        });
    server_.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        spdlog::debug("{} {} -> {}", req.method, req.path, res.status);
    });
}

bool ApiServer::Listen() { return server_.listen(options_.host, options_.port); }

int ApiServer::BindToAnyPort() { return server_.bind_to_any_port(options_.host); }

bool ApiServer::ListenAfterBind() { return server_.listen_after_bind(); }

void ApiServer::Stop() { server_.stop(); }

}  // namespace kefu::http
