#include "http/api_server.hpp"

#include <fmt/core.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
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

bool IsApiPath(std::string_view path) { return path.starts_with("/api/"); }

// One complete request as httplib's parser reads it, and the answer it writes.
class RequestStream final : public httplib::Stream {
public:
    explicit RequestStream(const RawRequest& request) : request_(request) {}

    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, size_t size) override {
        const std::size_t n = std::min(size, request_.bytes.size() - read_);
        std::memcpy(ptr, request_.bytes.data() + read_, n);
        read_ += n;
        return static_cast<ssize_t>(n);  // 0 past the end: the request is complete
    }
    ssize_t write(const char* ptr, size_t size) override {
        out_.append(ptr, size);
        return static_cast<ssize_t>(size);
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        ip = request_.remote_ip;
        port = request_.remote_port;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        ip = request_.local_ip;
        port = request_.local_port;
    }
    socket_t socket() const override { return INVALID_SOCKET; }

    std::string TakeOutput() { return std::move(out_); }

private:
    const RawRequest& request_;
    std::size_t read_ = 0;
    std::string out_;
};

// The security headers, no-store on API answers (they carry personal data), and Secure cookies
// behind TLS. Runs for every response httplib writes, static files and errors included.
void AddResponseHeaders(const httplib::Request& request,
                        httplib::Response& response,
                        bool secure_cookies) {
    for (const auto& [name, value] : kSecurityHeaders) {
        const std::string key(name);
        if (!response.has_header(key.c_str())) response.set_header(key, std::string(value));
    }
    if (IsApiPath(request.path) && !response.has_header("Cache-Control")) {
        response.set_header("Cache-Control", "no-store");
    }
    if (secure_cookies) {
        auto [begin, end] = response.headers.equal_range("Set-Cookie");
        for (auto it = begin; it != end; ++it) {
            if (it->second.find("; Secure") == std::string::npos) it->second += "; Secure";
        }
    }
}

Error RefusalError(int status) {
    switch (status) {
        case 405:
            return Error::InvalidArgument("this method is not allowed",
                                          {{"", "method_not_allowed"}});
        case 411:
            return Error::InvalidArgument("send the body with a Content-Length",
                                          {{"", "length_required"}});
        case 413:
            return Error::InvalidArgument("the request body is too large", {{"", "too_large"}});
        case 431:
            return Error::InvalidArgument("the request head is too large",
                                          {{"", "head_too_large"}});
        case 500:
            return Error::Internal("the handler failed");
        default:
            return Error::InvalidArgument("bad request");
    }
}

}  // namespace

ApiServer::ApiServer(const ServerOptions& options, auth::SessionAuthenticator& sessions)
    : options_(options),
      router_(server_, sessions),
      transport_(
          [&options] {
              TransportLimits limits;
              limits.worker_threads = options.threads;
              limits.max_connections = options.max_connections;
              limits.max_body_bytes = options.max_body_bytes;
              limits.idle_timeout = options.idle_timeout;
              limits.head_timeout = options.head_timeout;
              return limits;
          }(),
          [this](const RawRequest& request) { return Handle(request); },
          [this](int status, std::string_view method, std::string_view target) {
              return Refusal(status, method, target);
          }) {
    // What httplib announces in Keep-Alive must match what the transport does.
    server_.set_keep_alive_max_count(TransportLimits{}.max_requests_per_connection);
    server_.set_keep_alive_timeout(
        std::chrono::duration_cast<std::chrono::seconds>(options_.idle_timeout).count());
    server_.set_payload_max_length(options_.max_body_bytes);

    if (!options_.www_dir.empty() && std::filesystem::is_directory(options_.www_dir)) {
        server_.set_mount_point("/", options_.www_dir);
        // httplib knows no .webmanifest; the PWA's install prompt wants its proper type.
        server_.set_file_extension_and_mimetype_mapping("webmanifest", "application/manifest+json");
    }
    const std::string index_path = options_.www_dir + "/index.html";
    server_.set_error_handler(
        [index_path, www = options_.www_dir](const httplib::Request& req, httplib::Response& res) {
            if (IsApiPath(req.path)) {
                // A handler's own error body stands ("no such staff member" is a 404 too); only
                // what httplib decided alone gets one here.
                if (!res.body.empty()) return;
                if (res.status == 413) {
                    WriteJson(res, 413, ErrorBody(RefusalError(413)));
                } else if (res.status == 404 || res.status == 405) {
                    WriteJson(res, 404, ErrorBody(Error::NotFound("no such API route")));
                } else {
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
    server_.set_post_routing_handler(
        [secure = options_.secure_cookies](const httplib::Request& req, httplib::Response& res) {
            AddResponseHeaders(req, res, secure);
        });
    server_.set_exception_handler(
        [](const httplib::Request& req, httplib::Response& res, const std::exception_ptr& ep) {
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

RawResponse ApiServer::Handle(const RawRequest& request) {
    RequestStream stream(request);
    bool closed = false;
    const bool ok = server_.process_request(stream, request.last, closed, nullptr);
    return {stream.TakeOutput(), !ok || closed || request.last};
}

std::string ApiServer::Refusal(int status, std::string_view method, std::string_view target) const {
    std::string body;
    if (IsApiPath(target) && method != "HEAD") body = ErrorBody(RefusalError(status)).dump();
    std::string out = fmt::format("HTTP/1.1 {} {}\r\n", status, StatusText(status));
    for (const auto& [name, value] : kSecurityHeaders)
        out += fmt::format("{}: {}\r\n", name, value);
    out += "Cache-Control: no-store\r\n";
    if (status == 405) out += "Allow: GET, HEAD, POST, PUT, DELETE\r\n";
    if (!body.empty()) out += "Content-Type: application/json\r\n";
    out += fmt::format("Content-Length: {}\r\nConnection: close\r\n\r\n", body.size());
    return out + body;
}

bool ApiServer::Listen() {
    if (transport_.Bind(options_.host, options_.port) < 0) return false;
    return transport_.Run();
}

int ApiServer::BindToAnyPort() { return transport_.Bind(options_.host, 0); }

bool ApiServer::ListenAfterBind() { return transport_.Run(); }

void ApiServer::Stop() { transport_.Stop(); }

}  // namespace kefu::http
