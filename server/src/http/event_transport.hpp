// The event-driven HTTP/1.1 transport (ADR 0009): one I/O thread reads every connection without
// holding a thread for it, frames whole requests under deadlines, and only then hands a complete
// request to a worker thread. A slow or idle client costs a socket and a few kilobytes, never a
// worker, so it cannot starve the requests of everyone else.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace kefu::http {

/// Limits of the transport. The defaults are what `kefu serve` uses.
struct TransportLimits {
    std::size_t worker_threads = 64;  ///< threads that run handlers (they block on the database)
    /// Open connections at most; at the cap the oldest connection that is not being served is
    /// closed to make room (lowered to what RLIMIT_NOFILE allows).
    std::size_t max_connections = 10'000;
    int listen_backlog = 4096;                        ///< the kernel caps it at net.core.somaxconn
    std::chrono::milliseconds idle_timeout{5'000};    ///< no byte of a next request (keep-alive)
    std::chrono::milliseconds head_timeout{10'000};   ///< whole request head, from its first byte
    std::chrono::milliseconds body_timeout{30'000};   ///< whole body, from the end of the head
    std::chrono::milliseconds write_timeout{30'000};  ///< whole response
    std::chrono::milliseconds linger_timeout{3'000};  ///< draining input after a refusal
    std::size_t max_head_bytes = std::size_t{16} * 1024;    ///< request line and headers
    std::size_t max_body_bytes = std::size_t{1024} * 1024;  ///< Content-Length at most
    std::size_t max_requests_per_connection = 100;          ///< then the connection is closed
};

/// One complete request, exactly as the client sent it (an `Expect: 100-continue` line removed:
/// the transport has answered it), and where it came from.
struct RawRequest {
    std::string bytes;
    std::string remote_ip;
    int remote_port = 0;
    std::string local_ip;
    int local_port = 0;
    bool last = false;  ///< the connection is closed after this request's answer
};

/// The bytes to send back; `close` ends the connection after them.
struct RawResponse {
    std::string bytes;
    bool close = false;
};

/// Running totals, for tests and the benchmark.
struct TransportCounters {
    std::uint64_t accepted = 0;
    std::uint64_t requests = 0;
    std::uint64_t refused = 0;    ///< answered by the transport itself (RefusalWriter)
    std::uint64_t timed_out = 0;  ///< closed by a deadline
    std::uint64_t evicted = 0;    ///< closed to stay under max_connections
    std::uint64_t open = 0;       ///< open now
};

/// Serves HTTP/1.1 on one port: frames requests (Content-Length bodies only; a request head
/// is at most max_head_bytes of CRLF-terminated lines), runs `Handler` for each complete request
/// on a worker thread, and answers malformed or unsupported requests itself through
/// `RefusalWriter` (400 malformed, 405 unknown method, 411 chunked body, 413 body too large,
/// 431 head too large, 505 version), then closes that connection.
class EventTransport {
public:
    /// Runs on a worker thread; must not throw.
    using Handler = std::function<RawResponse(const RawRequest&)>;
    /// The complete response (status line, headers, body) for a refused request; sent with
    /// `Connection: close`. `target` may be empty when the request line is unreadable.
    using RefusalWriter =
        std::function<std::string(int status, std::string_view method, std::string_view target)>;

    EventTransport(TransportLimits limits, Handler handler, RefusalWriter refusal);
    ~EventTransport();
    EventTransport(const EventTransport&) = delete;
    EventTransport& operator=(const EventTransport&) = delete;

    /// Binds and listens on host:port (port 0: any free port); returns the port, or -1.
    int Bind(const std::string& host, int port);
    /// Serves until Stop(); false when Bind() did not succeed.
    bool Run();
    /// Stops accepting, closes connections that are not being served, and lets Run() return once
    /// the requests in flight are answered. Async-signal-safe (a SIGTERM handler may call it).
    void Stop();
    bool IsRunning() const;
    TransportCounters counters() const;

    struct Impl;  ///< Asio stays out of this header (and out of every file that includes it)

private:
    std::unique_ptr<Impl> impl_;
};

/// The reason phrase of a status code the server sends ("Not Found").
std::string_view StatusText(int status);

}  // namespace kefu::http
