#include "http/event_transport.hpp"

#include <spdlog/spdlog.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <list>
#include <vector>

namespace kefu::http {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace {

// The methods handed to the application; anything else is refused with 405 before routing.
constexpr std::string_view kKnownMethods[] = {
    "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};

// RFC 9110 tchar: what a method or a header name may be made of.
bool IsTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool IsToken(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), IsTokenChar);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view TrimSpaces(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// What a request head says about the request's framing. The application's HTTP parser reads the
// request again; this one only decides where the request ends, and it is strict so the two can
// never disagree about that: any line it cannot read exactly refuses the request.
struct Head {
    std::string method;
    std::string target;
    std::size_t head_bytes = 0;  ///< up to and including the blank line
    std::size_t body_bytes = 0;  ///< Content-Length
    bool expect_continue = false;
    std::size_t expect_begin = 0;  ///< the Expect line, dropped before the application sees it
    std::size_t expect_end = 0;
    int refusal = 0;  ///< non-zero: refuse with this status
};

// `text` ends with the blank line "\r\n\r\n".
Head ParseHead(std::string_view text, std::size_t max_body) {
    Head head;
    head.head_bytes = text.size();
    const std::size_t line_end = text.find("\r\n");
    const std::string_view line = text.substr(0, line_end);
    const auto sp1 = line.find(' ');
    const auto sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos) {
        head.refusal = 400;
        return head;
    }
    head.method = std::string(line.substr(0, sp1));
    const std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = line.substr(sp2 + 1);
    const bool target_ok =
        !target.empty() && target.front() == '/' &&
        std::none_of(target.begin(), target.end(), [](char c) {
            return static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) == 0x7f;
        });
    if (target_ok) head.target = std::string(target);
    if (!IsToken(head.method) || !target_ok) {
        head.refusal = 400;
        return head;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        head.refusal = version.starts_with("HTTP/") ? 505 : 400;
        return head;
    }
    bool has_length = false;
    std::size_t pos = line_end + 2;
    while (pos + 2 < text.size()) {
        const std::size_t eol = text.find("\r\n", pos);
        const std::string_view field = text.substr(pos, eol - pos);
        const auto colon = field.find(':');
        // Bare CR or LF, folded lines (a leading space) and names with spaces are refused: a proxy
        // in front might read them differently.
        if (field.find_first_of("\r\n") != std::string_view::npos || colon == 0 ||
            colon == std::string_view::npos || !IsToken(field.substr(0, colon))) {
            head.refusal = 400;
            return head;
        }
        const std::string_view name = field.substr(0, colon);
        const std::string_view value = TrimSpaces(field.substr(colon + 1));
        if (EqualsIgnoreCase(name, "Content-Length")) {
            const bool digits =
                !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
                    return c >= '0' && c <= '9';
                });
            if (has_length || !digits || value.size() > 15) {
                head.refusal = digits && !has_length ? 413 : 400;
                return head;
            }
            has_length = true;
            head.body_bytes = std::stoull(std::string(value));
        } else if (EqualsIgnoreCase(name, "Transfer-Encoding")) {
            head.refusal = 411;  // chunked request bodies: the clients we serve send a length
            return head;
        } else if (EqualsIgnoreCase(name, "Expect") && EqualsIgnoreCase(value, "100-continue")) {
            head.expect_continue = true;
            head.expect_begin = pos;
            head.expect_end = eol + 2;
        }
        pos = eol + 2;
    }
    if (std::find(std::begin(kKnownMethods), std::end(kKnownMethods), head.method) ==
        std::end(kKnownMethods)) {
        head.refusal = 405;
    } else if (head.body_bytes > max_body) {
        head.refusal = 413;
    }
    return head;
}

// The path of a request line that could not be framed (431), so the refusal can still be JSON
// for /api/; empty when there is none.
std::string TargetOf(std::string_view buffered) {
    const auto sp1 = buffered.find(' ');
    if (sp1 == std::string_view::npos) return "";
    const auto sp2 = buffered.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos) return "";
    std::string target(buffered.substr(sp1 + 1, sp2 - sp1 - 1));
    return target.starts_with('/') ? target : "";
}

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

class Connection;

}  // namespace

struct EventTransport::Impl {
    Impl(TransportLimits l, Handler h, RefusalWriter r)
        : limits(l), handler(std::move(h)), refusal(std::move(r)) {}
    ~Impl() {
        connections.clear();
        if (stop_fd >= 0) ::close(stop_fd);
    }

    void Accept();
    void OnAccepted(const error_code& ec, tcp::socket socket);
    /// Closes the least recently served connection that is not being served; false when every
    /// connection is being served.
    bool EvictOne();
    void BeginStop();

    TransportLimits limits;
    Handler handler;
    RefusalWriter refusal;
    asio::io_context io;
    tcp::acceptor acceptor{io};
    asio::steady_timer accept_pause{io};
    asio::posix::stream_descriptor stop_watch{io};
    int stop_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    std::atomic<bool> running{false};
    bool bound = false;
    bool stopping = false;                               ///< I/O thread only
    std::list<std::shared_ptr<Connection>> connections;  ///< least recently served first
    std::unique_ptr<asio::thread_pool> workers;
    std::array<char, std::size_t{64} * 1024> read_buffer{};  ///< I/O thread only
    std::atomic<std::uint64_t> accepted{0}, requests{0}, refused{0}, timed_out{0}, evicted{0},
        open{0};
};

namespace {

// One client connection. Every member runs on the I/O thread; a request being served is a copy
// on a worker thread, which posts its answer back.
class Connection : public std::enable_shared_from_this<Connection> {
public:
    using Impl = EventTransport::Impl;

    Connection(Impl& owner, tcp::socket socket)
        : owner_(owner), socket_(std::move(socket)), timer_(owner.io) {}

    void Start() {
        error_code ec;
        const auto remote = socket_.remote_endpoint(ec);
        if (!ec) {
            remote_ip_ = remote.address().to_string();
            remote_port_ = remote.port();
        }
        const auto local = socket_.local_endpoint(ec);
        if (!ec) {
            local_ip_ = local.address().to_string();
            local_port_ = local.port();
        }
        Idle();
    }

    /// Not in the middle of serving a request: it may be closed to make room, or on stop.
    bool Closable() const {
        return state_ == State::kIdle || state_ == State::kHead || state_ == State::kBody ||
               state_ == State::kLingering;
    }

    void Close() {
        if (state_ == State::kClosed) return;
        state_ = State::kClosed;
        Disarm();
        error_code ignored;
        socket_.close(ignored);
        owner_.connections.erase(position);
        --owner_.open;
    }

    std::list<std::shared_ptr<Connection>>::iterator position;

private:
    enum class State { kIdle, kHead, kBody, kBusy, kWriting, kLingering, kClosed };

    void Idle() {
        state_ = State::kIdle;
        Arm(owner_.limits.idle_timeout);
        Advance();
    }

    // Waits until the socket is readable, then reads into the I/O thread's one buffer: a
    // connection that waits holds no buffer of its own (10,000 idle ones cost no 160 MB).
    void Read() {
        if (reading_ || state_ == State::kClosed) return;
        reading_ = true;
        socket_.async_wait(tcp::socket::wait_read,
                           [self = shared_from_this()](const error_code& ec) {
                               self->reading_ = false;
                               self->OnReadable(ec);
                           });
    }

    void OnReadable(const error_code& wait) {
        if (state_ == State::kClosed) return;
        if (wait) return Close();
        error_code ec;
        const std::size_t n = socket_.read_some(asio::buffer(owner_.read_buffer), ec);
        if (ec == asio::error::would_block || ec == asio::error::try_again) return Read();
        if (ec) return Close();                          // end of stream or reset
        if (state_ == State::kLingering) return Read();  // discarded
        in_.append(owner_.read_buffer.data(), n);
        Advance();
    }

    // Frames what is buffered: refuses, dispatches a complete request, or reads on.
    void Advance() {
        const TransportLimits& limits = owner_.limits;
        if (state_ == State::kIdle) {
            if (in_.empty()) return Read();
            state_ = State::kHead;  // the head deadline runs from its first byte
            Arm(limits.head_timeout);
        }
        if (state_ == State::kHead) {
            const auto end = in_.find("\r\n\r\n");
            if (end == std::string::npos || end + 4 > limits.max_head_bytes) {
                if (end != std::string::npos || in_.size() > limits.max_head_bytes) {
                    return Refuse(431, "", TargetOf(in_));
                }
                return Read();
            }
            head_ = ParseHead(std::string_view(in_).substr(0, end + 4), limits.max_body_bytes);
            if (head_.refusal != 0) return Refuse(head_.refusal, head_.method, head_.target);
            state_ = State::kBody;
            if (head_.body_bytes > 0) {
                Arm(limits.body_timeout);
                const bool body_pending = in_.size() < head_.head_bytes + head_.body_bytes;
                if (head_.expect_continue && body_pending) {
                    // Best effort on the non-blocking socket: a client that does not get it
                    // sends the body after its own short wait anyway.
                    error_code ignored;
                    socket_.send(asio::buffer(kContinue), 0, ignored);
                }
            }
        }
        if (state_ == State::kBody) {
            const std::size_t total = head_.head_bytes + head_.body_bytes;
            if (in_.size() < total) return Read();
            std::string bytes;
            if (head_.expect_continue) {
                bytes = in_.substr(0, head_.expect_begin) +
                        in_.substr(head_.expect_end, total - head_.expect_end);
            } else {
                bytes = in_.substr(0, total);
            }
            in_.erase(0, total);
            Dispatch(std::move(bytes));
        }
    }

    void Dispatch(std::string bytes) {
        state_ = State::kBusy;
        Disarm();
        ++served_;
        ++owner_.requests;
        // Least recently served first: a connection that never completes a request drifts to
        // the front, where eviction looks first.
        owner_.connections.splice(owner_.connections.end(), owner_.connections, position);
        RawRequest request{std::move(bytes),
                           remote_ip_,
                           remote_port_,
                           local_ip_,
                           local_port_,
                           served_ >= owner_.limits.max_requests_per_connection || owner_.stopping};
        asio::post(*owner_.workers,
                   [self = shared_from_this(),
                    request = std::move(request),
                    work = asio::make_work_guard(owner_.io)]() mutable {
                       RawResponse response;
                       try {
                           response = self->owner_.handler(request);
                       } catch (const std::exception& e) {
                           spdlog::error("HTTP handler failed: {}", e.what());
                           response = {self->owner_.refusal(500, "", ""), true};
                       }
                       asio::post(self->owner_.io,
                                  [self, response = std::move(response)]() mutable {
                                      self->OnAnswered(std::move(response));
                                  });
                   });
    }

    void OnAnswered(RawResponse response) {
        if (state_ == State::kClosed) return;
        if (response.bytes.empty()) return Close();
        Send(std::move(response.bytes), response.close || owner_.stopping, /*refusal=*/false);
    }

    void Refuse(int status, std::string_view method, std::string_view target) {
        ++owner_.refused;
        Send(owner_.refusal(status, method, target), /*close=*/true, /*refusal=*/true);
    }

    void Send(std::string bytes, bool close, bool refusal) {
        state_ = State::kWriting;
        Arm(owner_.limits.write_timeout);
        auto out = std::make_shared<std::string>(std::move(bytes));
        asio::async_write(
            socket_,
            asio::buffer(*out),
            [self = shared_from_this(), out, close, refusal](const error_code& ec, std::size_t) {
                self->OnWritten(ec, close, refusal);
            });
    }

    void OnWritten(const error_code& ec, bool close, bool refusal) {
        if (state_ == State::kClosed) return;
        if (ec || owner_.stopping) return Close();
        if (close || refusal) {
            // Lingering close: stop sending, then read and drop what the client still sends
            // (the rest of a refused body) until it closes, so that closing with unread input
            // does not reset the connection before the client has read the answer.
            error_code ignored;
            socket_.shutdown(tcp::socket::shutdown_send, ignored);
            state_ = State::kLingering;
            in_.clear();
            Arm(owner_.limits.linger_timeout);
            return Read();
        }
        Idle();
    }

    void Arm(std::chrono::milliseconds after) {
        const std::uint64_t generation = ++timer_generation_;
        timer_.expires_after(after);
        timer_.async_wait([self = shared_from_this(), generation](const error_code& ec) {
            if (ec || generation != self->timer_generation_) return;
            self->OnTimeout();
        });
    }

    void Disarm() {
        ++timer_generation_;
        timer_.cancel();
    }

    void OnTimeout() {
        if (state_ == State::kHead || state_ == State::kBody || state_ == State::kWriting) {
            ++owner_.timed_out;
        }
        if (state_ != State::kBusy) Close();
    }

    Impl& owner_;
    tcp::socket socket_;
    asio::steady_timer timer_;
    std::uint64_t timer_generation_ = 0;
    State state_ = State::kIdle;
    bool reading_ = false;
    std::string in_;
    Head head_;
    std::size_t served_ = 0;
    std::string remote_ip_;
    int remote_port_ = 0;
    std::string local_ip_;
    int local_port_ = 0;
};

}  // namespace

void EventTransport::Impl::Accept() {
    acceptor.async_accept(
        [this](const error_code& ec, tcp::socket socket) { OnAccepted(ec, std::move(socket)); });
}

void EventTransport::Impl::OnAccepted(const error_code& ec, tcp::socket socket) {
    if (stopping || !acceptor.is_open()) return;
    if (ec) {
        if (ec == asio::error::operation_aborted) return;
        // Out of descriptors (or memory): make room, then accept again a little later; the
        // kernel keeps the waiting connections in the backlog meanwhile.
        EvictOne();
        accept_pause.expires_after(std::chrono::milliseconds(10));
        accept_pause.async_wait([this](const error_code& wait) {
            if (!wait) Accept();
        });
        return;
    }
    ++accepted;
    if (connections.size() >= limits.max_connections && !EvictOne()) {
        // Every connection is being served: the newcomer is the one that cannot be.
        error_code ignored;
        socket.close(ignored);
        ++refused;
        return Accept();
    }
    error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);  // no 40 ms Nagle stalls on keep-alive
    socket.non_blocking(true, ignored);
    auto connection = std::make_shared<Connection>(*this, std::move(socket));
    connections.push_back(connection);
    connection->position = std::prev(connections.end());
    ++open;
    connection->Start();
    Accept();
}

bool EventTransport::Impl::EvictOne() {
    for (const auto& connection : connections) {
        if (!connection->Closable()) continue;
        const auto victim = connection;  // Close() erases it from the list
        ++evicted;
        victim->Close();
        return true;
    }
    return false;
}

void EventTransport::Impl::BeginStop() {
    stopping = true;
    error_code ignored;
    acceptor.close(ignored);
    accept_pause.cancel();
    std::vector<std::shared_ptr<Connection>> closable;
    for (const auto& connection : connections) {
        if (connection->Closable()) closable.push_back(connection);
    }
    for (const auto& connection : closable) connection->Close();
    // Connections being served close after their answer; Run() returns when they have.
}

EventTransport::EventTransport(TransportLimits limits, Handler handler, RefusalWriter refusal)
    : impl_(std::make_unique<Impl>(limits, std::move(handler), std::move(refusal))) {}

EventTransport::~EventTransport() = default;

int EventTransport::Bind(const std::string& host, int port) {
    Impl& impl = *impl_;
    error_code ec;
    tcp::endpoint endpoint;
    const auto address = asio::ip::make_address(host, ec);
    if (!ec) {
        endpoint = tcp::endpoint(address, static_cast<unsigned short>(port));
    } else {
        tcp::resolver resolver(impl.io);
        auto results = resolver.resolve(host, std::to_string(port), ec);
        if (ec || results.empty()) return -1;
        endpoint = results.begin()->endpoint();
    }
    impl.acceptor.open(endpoint.protocol(), ec);
    if (ec) return -1;
    // SO_REUSEADDR (restart while old connections linger) but never SO_REUSEPORT: a second
    // server on the same port must fail to bind, not share the connections.
    impl.acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    impl.acceptor.bind(endpoint, ec);
    if (ec) return -1;
    impl.acceptor.listen(impl.limits.listen_backlog, ec);
    if (ec) return -1;
    impl.acceptor.non_blocking(true, ec);

    // Every connection is a descriptor: use what the hard limit allows, and keep some for the
    // database, logs and files.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0) {
        if (files.rlim_cur < files.rlim_max) {
            files.rlim_cur = files.rlim_max;
            ::setrlimit(RLIMIT_NOFILE, &files);
            ::getrlimit(RLIMIT_NOFILE, &files);
        }
        constexpr rlim_t kReserve = 128;
        if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur > kReserve) {
            impl.limits.max_connections =
                std::min<std::size_t>(impl.limits.max_connections, files.rlim_cur - kReserve);
        }
    }
    impl.bound = impl.stop_fd >= 0;
    return impl.acceptor.local_endpoint(ec).port();
}

bool EventTransport::Run() {
    Impl& impl = *impl_;
    if (!impl.bound) return false;
    impl.workers = std::make_unique<asio::thread_pool>(impl.limits.worker_threads);
    error_code ec;
    impl.stop_watch.assign(::dup(impl.stop_fd), ec);
    if (ec) return false;
    impl.stop_watch.async_wait(asio::posix::stream_descriptor::wait_read,
                               [&impl](const error_code& wait) {
                                   if (!wait) impl.BeginStop();
                               });
    impl.Accept();
    spdlog::debug("HTTP transport: {} workers, at most {} connections, backlog {}",
                  impl.limits.worker_threads,
                  impl.limits.max_connections,
                  impl.limits.listen_backlog);
    impl.running = true;
    try {
        impl.io.run();
    } catch (const std::exception& e) {
        spdlog::error("HTTP transport stopped on an error: {}", e.what());
    }
    impl.running = false;
    impl.workers->join();
    return true;
}

void EventTransport::Stop() {
    // Only an atomic write to the eventfd: safe in a signal handler. The I/O thread does the rest.
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(impl_->stop_fd, &one, sizeof one);
}

bool EventTransport::IsRunning() const { return impl_->running; }

TransportCounters EventTransport::counters() const {
    const Impl& impl = *impl_;
    return {impl.accepted, impl.requests, impl.refused, impl.timed_out, impl.evicted, impl.open};
}

std::string_view StatusText(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 408:
            return "Request Timeout";
        case 411:
            return "Length Required";
        case 413:
            return "Payload Too Large";
        case 431:
            return "Request Header Fields Too Large";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        case 505:
            return "HTTP Version Not Supported";
        default:
            return "Error";
    }
}

}  // namespace kefu::http
