#include "app/api_tests/flaky_proxy.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>

namespace kefu::api_tests {
namespace {

// Linux only: EAGAIN is EWOULDBLOCK there, and SOCK_NONBLOCK, accept4 and eventfd exist.
constexpr std::size_t kChunk = std::size_t{16} * 1024;

/// Owns a socket; Abort() closes it with a reset instead of an orderly close.
class Socket {
public:
    explicit Socket(int fd) : fd_(fd) {}
    ~Socket() { Close(); }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;

    int fd() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    /// Hands the descriptor over to the caller, who closes it.
    int Release() { return std::exchange(fd_, -1); }
    void Close() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    /// Closes with RST: the peer's next read or write fails at once, like a link that died,
    /// rather than reading a clean end of stream that a client could take for a short answer.
    void Abort() {
        if (fd_ < 0) return;
        const linger reset{.l_onoff = 1, .l_linger = 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        Close();
    }

private:
    int fd_;
};

// Without it, the header and the body of a request (two writes of the client) would wait for
// a delayed ACK: ~40 ms a request, which 1,000 cycles would feel.
void SetNoDelay(int fd) {
    const int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
}

/// Waits until `fd` has one of `events` (or hangs up, or fails): true; false once the proxy stops.
bool WaitFor(int fd, short events, int stop_fd) {
    std::array<pollfd, 2> fds{pollfd{fd, events, 0}, pollfd{stop_fd, POLLIN, 0}};
    while (::poll(fds.data(), fds.size(), -1) < 0) {
        if (errno != EINTR) return false;
    }
    return fds[1].revents == 0 && fds[0].revents != 0;
}

/// Sends all of `data`; false when the peer is gone or the proxy stops.
bool SendAll(int fd, const char* data, std::size_t size, int stop_fd) {
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
        if (sent > 0) {
            data += sent;
            size -= static_cast<std::size_t>(sent);
        } else if (sent < 0 && errno == EINTR) {
            continue;
        } else if (sent < 0 && errno == EAGAIN) {
            if (!WaitFor(fd, POLLOUT, stop_fd)) return false;
        } else {
            return false;
        }
    }
    return true;
}

/// recv() retried on EINTR: > 0 bytes, 0 at the end of the stream, < 0 on an error (EAGAIN too).
ssize_t Receive(int fd, std::array<char, kChunk>& buffer) {
    ssize_t received = 0;
    do {
        received = ::recv(fd, buffer.data(), buffer.size(), 0);
    } while (received < 0 && errno == EINTR);
    return received;
}

sockaddr_in Loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

}  // namespace

FlakyProxy::FlakyProxy(int upstream_port, Options options)
    : options_(options), upstream_port_(upstream_port), rng_(options.seed) {
    const auto valid = [](double p) { return p >= 0.0 && p <= 1.0; };
    if (!valid(options.drop_before) || !valid(options.drop_after) || !valid(options.drop_midway) ||
        options.drop_before + options.drop_after + options.drop_midway > 1.0) {
        throw std::invalid_argument("FlakyProxy: drop probabilities must be in [0, 1], sum <= 1");
    }
    stop_fd_ = ::eventfd(0, EFD_CLOEXEC);
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in address = Loopback(0);
    socklen_t length = sizeof address;
    auto* generic = reinterpret_cast<sockaddr*>(&address);
    if (stop_fd_ < 0 || listen_fd_ < 0 || ::bind(listen_fd_, generic, sizeof address) != 0 ||
        ::listen(listen_fd_, SOMAXCONN) != 0 || ::getsockname(listen_fd_, generic, &length) != 0) {
        const std::string reason = std::system_category().message(errno);
        if (stop_fd_ >= 0) ::close(stop_fd_);
        if (listen_fd_ >= 0) ::close(listen_fd_);
        throw std::runtime_error("FlakyProxy: cannot listen on 127.0.0.1: " + reason);
    }
    port_ = ntohs(address.sin_port);
    accept_thread_ = std::thread([this] { AcceptLoop(); });
}

FlakyProxy::~FlakyProxy() {
    ::eventfd_write(stop_fd_, 1);
    accept_thread_.join();
    for (Worker& worker : workers_) worker.thread.join();
    ::close(listen_fd_);
    ::close(stop_fd_);
}

FlakyProxy::Stats FlakyProxy::stats() const {
    return Stats{.connections = connections_.load(),
                 .forwarded = forwarded_.load(),
                 .dropped_before = dropped_before_.load(),
                 .dropped_after = dropped_after_.load(),
                 .dropped_midway = dropped_midway_.load(),
                 .refused_offline = refused_offline_.load(),
                 .upstream_failures = upstream_failures_.load()};
}

void FlakyProxy::AcceptLoop() {
    while (WaitFor(listen_fd_, POLLIN, stop_fd_)) {
        const int client_fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (client_fd < 0) continue;  // the client gave up already, or EAGAIN: poll again
        SetNoDelay(client_fd);
        const Fate fate = DrawFate();
        JoinFinishedWorkers();
        Worker& worker = workers_.emplace_back();
        try {
            worker.thread = std::thread([this, client_fd, fate, &worker] {
                Serve(client_fd, fate);
                worker.done.store(true);
            });
        } catch (const std::system_error&) {
            // No thread to spare: the connection dies, as it would on an overloaded network.
            Socket(client_fd).Abort();
            workers_.pop_back();
        }
    }
}

FlakyProxy::Fate FlakyProxy::DrawFate() {
    ++connections_;
    if (offline_.load()) {
        ++refused_offline_;
        return Fate::kOffline;
    }
    // 53 random bits as a double in [0, 1): the same on every standard library, unlike
    // std::uniform_real_distribution, so a seed names the same run everywhere.
    const double draw = static_cast<double>(rng_() >> 11U) * 0x1.0p-53;
    double bound = options_.drop_before;
    if (draw < bound) {
        ++dropped_before_;
        return Fate::kDropBefore;
    }
    bound += options_.drop_after;
    if (draw < bound) {
        ++dropped_after_;
        return Fate::kDropAfter;
    }
    bound += options_.drop_midway;
    if (draw < bound) {
        ++dropped_midway_;
        return Fate::kDropMidway;
    }
    ++forwarded_;
    return Fate::kForward;
}

void FlakyProxy::JoinFinishedWorkers() {
    for (auto it = workers_.begin(); it != workers_.end();) {
        if (it->done.load()) {
            it->thread.join();
            it = workers_.erase(it);
        } else {
            ++it;
        }
    }
}

void FlakyProxy::Serve(int client_fd, Fate fate) {
    Socket client(client_fd);
    if (fate == Fate::kOffline) {
        client.Abort();
        return;
    }
    if (fate == Fate::kDropBefore) {
        // Wait for the request to leave the client, so the loss happens in flight and not at
        // connect: the client believes it has sent it.
        WaitFor(client.fd(), POLLIN, stop_fd_);
        client.Abort();
        return;
    }
    Socket upstream(ConnectUpstream());
    if (!upstream.valid()) {
        ++upstream_failures_;
        client.Abort();
        return;
    }
    if (fate == Fate::kDropMidway) {
        // Half of the first chunk is strictly less than the request, whatever the chunk holds,
        // and the orderly close after it makes the server see a request that ends early.
        std::array<char, kChunk> buffer{};
        if (WaitFor(client.fd(), POLLIN, stop_fd_)) {
            const ssize_t received = Receive(client.fd(), buffer);
            if (received > 1) {
                SendAll(
                    upstream.fd(), buffer.data(), static_cast<std::size_t>(received) / 2, stop_fd_);
            }
        }
        upstream.Close();
        client.Abort();
        return;
    }
    // Not after an orderly end: a reset would discard what the client has not read yet.
    if (!Pump(client.fd(), upstream.fd(), fate == Fate::kDropAfter)) client.Abort();
}

int FlakyProxy::ConnectUpstream() const {
    Socket upstream(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!upstream.valid()) return -1;
    const sockaddr_in address = Loopback(upstream_port_);
    if (::connect(upstream.fd(), reinterpret_cast<const sockaddr*>(&address), sizeof address) !=
        0) {
        // Non-blocking, so a full accept backlog cannot hold the destructor up.
        if (errno != EINPROGRESS || !WaitFor(upstream.fd(), POLLOUT, stop_fd_)) return -1;
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(upstream.fd(), SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
            return -1;
        }
    }
    SetNoDelay(upstream.fd());
    return upstream.Release();
}

bool FlakyProxy::Pump(int client_fd, int upstream_fd, bool drop_at_answer) const {
    // A side is dropped from the poll (fd -1) once it has ended its stream, so a hung-up socket
    // does not wake poll() in a loop; its end is passed on as a half-close of the other side.
    bool client_reading = true;
    bool upstream_reading = true;
    std::array<char, kChunk> buffer{};
    while (client_reading || upstream_reading) {
        std::array<pollfd, 3> fds{pollfd{client_reading ? client_fd : -1, POLLIN, 0},
                                  pollfd{upstream_reading ? upstream_fd : -1, POLLIN, 0},
                                  pollfd{stop_fd_, POLLIN, 0}};
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        if (fds[2].revents != 0) return false;
        if (fds[0].revents != 0) {
            const ssize_t received = Receive(client_fd, buffer);
            if (received > 0) {
                if (!SendAll(
                        upstream_fd, buffer.data(), static_cast<std::size_t>(received), stop_fd_)) {
                    return false;
                }
            } else if (received == 0) {
                client_reading = false;
                ::shutdown(upstream_fd, SHUT_WR);
            } else if (errno != EAGAIN) {
                return false;
            }
        }
        if (fds[1].revents != 0) {
            const ssize_t received = Receive(upstream_fd, buffer);
            if (received > 0) {
                // The server has read the whole request, since it answers: drop here and the
                // server has acted while the client never hears of it.
                if (drop_at_answer) return false;
                if (!SendAll(
                        client_fd, buffer.data(), static_cast<std::size_t>(received), stop_fd_)) {
                    return false;
                }
            } else if (received == 0) {
                upstream_reading = false;
                ::shutdown(client_fd, SHUT_WR);
            } else if (errno != EAGAIN) {
                return false;
            }
        }
    }
    return true;
}

}  // namespace kefu::api_tests
