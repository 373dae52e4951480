// A TCP proxy on 127.0.0.1 that loses connections the way a phone on a bad network does, for the
// offline-sync reliability tests (issue 10, R-FLD-10): the client talks to the proxy, the proxy to
// the real server, and each connection is forwarded, dropped before the server sees it, dropped
// after the server answered, or cut in the middle of the request.
#pragma once

#include <atomic>
#include <cstdint>
#include <list>
#include <random>
#include <thread>

namespace kefu::api_tests {

/// Forwards each connection accepted on 127.0.0.1:port() to 127.0.0.1:upstream_port, or drops it
/// as Options say. It assumes one request per connection (cpp-httplib's client without
/// keep-alive, what ApiClient uses): the fate is drawn once per connection, not per request.
class FlakyProxy {
public:
    /// What happens to the connections; the probabilities are per connection and sum to <= 1,
    /// the rest is forwarded whole.
    struct Options {
        /// Seeds the draw: the same seed gives the same fates in the same accept order.
        std::uint64_t seed = 1;
        /// The client's connection is reset once its request starts arriving; the server never
        /// sees a connection (an outbox item that must be sent again).
        double drop_before = 0.0;
        /// The request is forwarded and the server answers, then the client's connection is reset
        /// without a byte of the answer (the server acted and the client cannot know).
        double drop_after = 0.0;
        /// Half of the first bytes of the request reach the server, then both connections close
        /// (a truncated request, on which the server must not act).
        double drop_midway = 0.0;
    };

    /// Counts since construction. Every accepted connection has exactly one fate:
    /// connections == forwarded + dropped_before + dropped_after + dropped_midway +
    /// refused_offline (counted when the fate is drawn, before the client can see it).
    struct Stats {
        std::int64_t connections = 0;
        std::int64_t forwarded = 0;
        std::int64_t dropped_before = 0;
        std::int64_t dropped_after = 0;
        std::int64_t dropped_midway = 0;
        std::int64_t refused_offline = 0;
        /// Forwarded, dropped_after or dropped_midway connections whose connect to the upstream
        /// failed (the client's was reset): a server that is down, not a drop of the proxy.
        std::int64_t upstream_failures = 0;
    };

    /// Listens on an ephemeral port of 127.0.0.1 and starts accepting. Throws
    /// std::invalid_argument for probabilities outside [0, 1] or summing above 1, and
    /// std::runtime_error when no socket can be bound.
    FlakyProxy(int upstream_port, Options options);
    /// Stops accepting, closes every connection (clients and upstream see them closed) and joins
    /// every thread.
    ~FlakyProxy();
    FlakyProxy(const FlakyProxy&) = delete;
    FlakyProxy& operator=(const FlakyProxy&) = delete;

    int port() const { return port_; }
    /// While true, every new connection is reset at once without drawing a fate (the phone is
    /// offline): the draw sequence of the online connections does not depend on it.
    void set_offline(bool offline) { offline_.store(offline); }
    bool offline() const { return offline_.load(); }
    Stats stats() const;

private:
    enum class Fate : std::uint8_t { kForward, kDropBefore, kDropAfter, kDropMidway, kOffline };

    /// One connection's thread; `done` lets the accept thread join it once it has finished.
    struct Worker {
        std::thread thread;
        std::atomic<bool> done{false};
    };

    void AcceptLoop();
    Fate DrawFate();
    void JoinFinishedWorkers();
    void Serve(int client_fd, Fate fate);
    /// A connected socket to the upstream, or -1 (refused, or the proxy is stopping).
    int ConnectUpstream() const;
    /// Copies bytes both ways until both sides have ended their streams (true), or one fails,
    /// the proxy stops, or with `drop_at_answer` the upstream sends its first byte (false: the
    /// caller resets the client).
    bool Pump(int client_fd, int upstream_fd, bool drop_at_answer) const;

    Options options_;
    int upstream_port_;
    int port_ = -1;
    int listen_fd_ = -1;
    // An eventfd written once at shutdown and never read: it stays readable, so every poll() of
    // every thread wakes up and sees it.
    int stop_fd_ = -1;
    std::atomic<bool> offline_{false};
    // Only the accept thread draws, so the draw order is the accept order.
    std::mt19937_64 rng_;
    // Only the accept thread touches the list until the destructor has joined it.
    std::list<Worker> workers_;
    std::thread accept_thread_;

    std::atomic<std::int64_t> connections_{0};
    std::atomic<std::int64_t> forwarded_{0};
    std::atomic<std::int64_t> dropped_before_{0};
    std::atomic<std::int64_t> dropped_after_{0};
    std::atomic<std::int64_t> dropped_midway_{0};
    std::atomic<std::int64_t> refused_offline_{0};
    std::atomic<std::int64_t> upstream_failures_{0};
};

}  // namespace kefu::api_tests
