// FlakyProxy against a tiny counting upstream: what the client sees and what the server saw for
// each fate, and the counters of a seeded mix.
#include "app/api_tests/flaky_proxy.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace kefu::api_tests {
namespace {

constexpr const char* kHost = "127.0.0.1";
// The end of every request body: a request that arrives without it was cut.
constexpr const char* kBody = R"({"item":"outbox-1","marker":"end-of-request"})";

/// An httplib server on an ephemeral port that counts the POST /sync calls it answered.
class CountingUpstream {
public:
    CountingUpstream() {
        server_.Post("/sync", [this](const httplib::Request&, httplib::Response& response) {
            const int call = ++calls_;
            response.set_content(nlohmann::json{{"call", call}}.dump(), "application/json");
        });
        port_ = server_.bind_to_any_port(kHost);
        if (port_ <= 0) throw std::runtime_error("cannot bind the upstream");
        thread_ = std::thread([this] { server_.listen_after_bind(); });
        while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~CountingUpstream() {
        server_.stop();
        thread_.join();
    }
    CountingUpstream(const CountingUpstream&) = delete;
    CountingUpstream& operator=(const CountingUpstream&) = delete;

    int port() const { return port_; }
    int calls() const { return calls_.load(); }

private:
    httplib::Server server_;
    std::atomic<int> calls_{0};
    int port_ = -1;
    std::thread thread_;
};

/// A raw upstream that accepts one connection and keeps every byte it receives until it ends.
class RecordingUpstream {
public:
    RecordingUpstream() : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        auto* generic = reinterpret_cast<sockaddr*>(&address);
        if (fd_ < 0 || ::bind(fd_, generic, sizeof address) != 0 || ::listen(fd_, 4) != 0 ||
            ::getsockname(fd_, generic, &length) != 0) {
            throw std::runtime_error("cannot bind the recording upstream");
        }
        port_ = ntohs(address.sin_port);
        thread_ = std::thread([this] {
            const int connection = ::accept(fd_, nullptr, nullptr);
            if (connection < 0) return;
            std::array<char, 4096> buffer{};
            ssize_t received = 0;
            while ((received = ::recv(connection, buffer.data(), buffer.size(), 0)) > 0) {
                bytes_.append(buffer.data(), static_cast<std::size_t>(received));
            }
            ::close(connection);
            ended_.store(true);
        });
    }
    ~RecordingUpstream() {
        ::shutdown(fd_, SHUT_RDWR);  // wakes accept() when no connection came
        if (thread_.joinable()) thread_.join();
        ::close(fd_);
    }
    RecordingUpstream(const RecordingUpstream&) = delete;
    RecordingUpstream& operator=(const RecordingUpstream&) = delete;

    int port() const { return port_; }
    /// What arrived, once the connection has ended; "" when none ended within 5 s.
    const std::string& Received() {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!ended_.load() && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        if (!ended_.load()) return kNothing;
        thread_.join();
        return bytes_;
    }

private:
    int fd_;
    int port_ = -1;
    inline static const std::string kNothing;
    std::string bytes_;
    std::atomic<bool> ended_{false};
    std::thread thread_;
};

httplib::Client ClientOf(const FlakyProxy& proxy) {
    httplib::Client client(kHost, proxy.port());
    client.set_connection_timeout(std::chrono::seconds(2));
    client.set_read_timeout(std::chrono::seconds(5));
    return client;
}

httplib::Result Sync(httplib::Client& client) {
    return client.Post("/sync", kBody, "application/json");
}

TEST(FlakyProxy, WithoutDropsForwardsEveryRequestAndItsAnswer) {
    CountingUpstream upstream;
    FlakyProxy proxy(upstream.port(), {.seed = 1});
    auto client = ClientOf(proxy);
    for (int i = 1; i <= 50; ++i) {
        const auto result = Sync(client);
        ASSERT_TRUE(result) << "request " << i << ": " << httplib::to_string(result.error());
        EXPECT_EQ(result->status, 200);
        EXPECT_EQ(nlohmann::json::parse(result->body), (nlohmann::json{{"call", i}}));
    }
    EXPECT_EQ(upstream.calls(), 50);
    const auto stats = proxy.stats();
    EXPECT_EQ(stats.connections, 50);
    EXPECT_EQ(stats.forwarded, 50);
    EXPECT_EQ(stats.upstream_failures, 0);
}

TEST(FlakyProxy, DropAfterLetsTheServerActButTheClientGetsNoAnswer) {
    CountingUpstream upstream;
    FlakyProxy proxy(upstream.port(), {.seed = 1, .drop_after = 1.0});
    auto client = ClientOf(proxy);
    for (int i = 1; i <= 20; ++i) {
        const auto result = Sync(client);
        EXPECT_FALSE(result) << "request " << i << " was answered " << result->status;
        EXPECT_EQ(upstream.calls(), i) << "the server must have acted before the drop";
    }
    EXPECT_EQ(proxy.stats().dropped_after, 20);
    EXPECT_EQ(proxy.stats().connections, 20);
}

TEST(FlakyProxy, DropBeforeNeverReachesTheServer) {
    CountingUpstream upstream;
    FlakyProxy proxy(upstream.port(), {.seed = 1, .drop_before = 1.0});
    auto client = ClientOf(proxy);
    for (int i = 1; i <= 20; ++i) {
        const auto result = Sync(client);
        EXPECT_FALSE(result) << "request " << i << " was answered " << result->status;
    }
    EXPECT_EQ(upstream.calls(), 0);
    EXPECT_EQ(proxy.stats().dropped_before, 20);
    EXPECT_EQ(proxy.stats().connections, 20);
}

TEST(FlakyProxy, DropMidwayDeliversOnlyAStartOfTheRequest) {
    RecordingUpstream upstream;
    FlakyProxy proxy(upstream.port(), {.seed = 1, .drop_midway = 1.0});
    auto client = ClientOf(proxy);
    const auto result = Sync(client);
    EXPECT_FALSE(result) << "a cut request was answered " << result->status;
    const std::string& received = upstream.Received();
    EXPECT_FALSE(received.empty()) << "nothing of the request was forwarded";
    EXPECT_EQ(received.find("end-of-request"), std::string::npos) << "the whole request arrived";
    EXPECT_TRUE(std::string("POST /sync HTTP/1.1\r\n").starts_with(received) ||
                received.starts_with("POST /sync HTTP/1.1\r\n"))
        << "not the start of the request: " << received;
    EXPECT_EQ(proxy.stats().dropped_midway, 1);
}

TEST(FlakyProxy, OfflineRefusesEveryConnectionUntilBackOnline) {
    CountingUpstream upstream;
    FlakyProxy proxy(upstream.port(), {.seed = 1});
    auto client = ClientOf(proxy);
    proxy.set_offline(true);
    for (int i = 0; i < 5; ++i) EXPECT_FALSE(Sync(client));
    EXPECT_EQ(upstream.calls(), 0);
    EXPECT_EQ(proxy.stats().refused_offline, 5);

    proxy.set_offline(false);
    const auto result = Sync(client);
    ASSERT_TRUE(result) << httplib::to_string(result.error());
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(upstream.calls(), 1);
    EXPECT_EQ(proxy.stats().connections, 6);
    EXPECT_EQ(proxy.stats().forwarded, 1);
}

// What the client saw, request by request: true when it got an answer.
std::vector<bool> RunMix(CountingUpstream& upstream, FlakyProxy::Stats& stats) {
    FlakyProxy proxy(upstream.port(), {.seed = 42, .drop_before = 0.3, .drop_after = 0.3});
    auto client = ClientOf(proxy);
    std::vector<bool> answered;
    for (int i = 0; i < 200; ++i) {
        const auto result = Sync(client);
        answered.push_back(result && result->status == 200);
    }
    stats = proxy.stats();
    return answered;
}

TEST(FlakyProxy, ASeededMixAddsUpAndRepeatsItself) {
    CountingUpstream upstream;
    FlakyProxy::Stats stats;
    const std::vector<bool> answered = RunMix(upstream, stats);

    EXPECT_EQ(stats.connections, 200);
    EXPECT_EQ(stats.forwarded + stats.dropped_before + stats.dropped_after + stats.dropped_midway +
                  stats.refused_offline,
              stats.connections);
    EXPECT_EQ(stats.dropped_midway, 0);
    EXPECT_EQ(stats.refused_offline, 0);
    // Each fate happened (200 draws at 0.3/0.3/0.4: a miss would be a broken draw).
    EXPECT_GT(stats.forwarded, 40);
    EXPECT_GT(stats.dropped_before, 30);
    EXPECT_GT(stats.dropped_after, 30);
    EXPECT_EQ(upstream.calls(), stats.forwarded + stats.dropped_after);
    EXPECT_EQ(std::count(answered.begin(), answered.end(), true), stats.forwarded);

    // The same seed gives the same run.
    CountingUpstream again;
    FlakyProxy::Stats stats_again;
    EXPECT_EQ(RunMix(again, stats_again), answered);
    EXPECT_EQ(stats_again.dropped_before, stats.dropped_before);
    EXPECT_EQ(again.calls(), upstream.calls());
}

TEST(FlakyProxy, RejectsProbabilitiesThatDoNotAddUp) {
    EXPECT_THROW(FlakyProxy(1, {.drop_before = 0.6, .drop_after = 0.6}), std::invalid_argument);
    EXPECT_THROW(FlakyProxy(1, {.drop_midway = -0.1}), std::invalid_argument);
}

TEST(FlakyProxy, ClosesOpenConnectionsWhenDestroyed) {
    CountingUpstream upstream;
    auto proxy = std::make_unique<FlakyProxy>(upstream.port(), FlakyProxy::Options{.seed = 1});
    // A client connected and silent: its worker waits on it, and the destructor must not.
    const int silent = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(proxy->port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(silent, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    while (proxy->stats().connections == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const auto start = std::chrono::steady_clock::now();
    proxy.reset();
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
    std::array<char, 16> buffer{};
    EXPECT_LE(::recv(silent, buffer.data(), buffer.size(), 0), 0) << "the proxy left it open";
    ::close(silent);
}

}  // namespace
}  // namespace kefu::api_tests
