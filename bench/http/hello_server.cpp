// Hello-world servers for the HTTP transport comparison (ADR 0009): the same tiny JSON answer
// behind each candidate, so kefu_http_load measures the transport and nothing else.
//
//   kefu_http_hello --transport httplib           httplib 0.11 as kefu served before: a 64-thread
//                                                  pool, no deadline for a request head, backlog 5
//   kefu_http_hello --transport httplib-deadline  httplib with a whole-request deadline, a cap on
//                                                  waiting connections and backlog 4096
//   kefu_http_hello --transport event             kefu's http::ApiServer (Boost.Asio transport,
//                                                  httplib parser and router behind it)
#include <fmt/core.h>
#include <httplib.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "http/api_server.hpp"

namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

constexpr const char* kHello = R"({"hello":"world"})";

std::atomic<httplib::Server*> g_httplib{nullptr};
std::atomic<kefu::http::ApiServer*> g_event{nullptr};

void OnSignal(int) {
    if (auto* server = g_httplib.load()) server->stop();
    if (auto* server = g_event.load()) server->Stop();
}

void RaiseFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// The settings kefu's ApiServer used before ADR 0009.
void ApplyKefuSettings(httplib::Server& server, std::size_t threads) {
    server.set_tcp_nodelay(true);
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_keep_alive_max_count(100);
    server.set_keep_alive_timeout(5);
    server.set_socket_options([](socket_t sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    server.Get("/hello", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(kHello, "application/json");
    });
}

int RunHttplib(int port, std::size_t threads) {
    httplib::Server server;
    ApplyKefuSettings(server, threads);
    g_httplib = &server;
    fmt::print("httplib: {} threads, no head deadline, backlog 5, port {}\n", threads, port);
    std::fflush(stdout);
    return server.listen("127.0.0.1", port) ? 0 : 1;
}

// ---- httplib with a deadline and a cap

// Set while a connection beyond the cap is being turned away.
thread_local bool t_refuse = false;

// A fixed pool whose queue of waiting connections is capped: beyond it, the accept thread closes
// the connection at once (the task runs inline with t_refuse set).
class CappedQueue final : public httplib::TaskQueue {
public:
    CappedQueue(std::size_t threads, std::size_t max_waiting) : max_waiting_(max_waiting) {
        for (std::size_t i = 0; i < threads; ++i) {
            threads_.emplace_back([this] { Work(); });
        }
    }
    void enqueue(std::function<void()> fn) override {
        {
            std::unique_lock lock(mutex_);
            if (jobs_.size() < max_waiting_) {
                jobs_.push_back(std::move(fn));
                cond_.notify_one();
                return;
            }
        }
        t_refuse = true;
        fn();
        t_refuse = false;
    }
    void shutdown() override {
        {
            std::unique_lock lock(mutex_);
            stopping_ = true;
        }
        cond_.notify_all();
        for (auto& t : threads_) {
            if (t.joinable()) t.join();
        }
    }

private:
    void Work() {
        while (true) {
            std::function<void()> fn;
            {
                std::unique_lock lock(mutex_);
                cond_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
                if (jobs_.empty()) return;
                fn = std::move(jobs_.front());
                jobs_.pop_front();
            }
            fn();
        }
    }

    std::size_t max_waiting_;
    std::mutex mutex_;
    std::condition_variable cond_;
    std::deque<std::function<void()>> jobs_;
    std::vector<std::thread> threads_;
    bool stopping_ = false;
};

// A socket stream whose reads fail once the request's deadline has passed, however steadily the
// bytes trickle in (httplib's own read timeout restarts with every byte).
class DeadlineStream final : public httplib::Stream {
public:
    DeadlineStream(socket_t sock, steady_clock::time_point deadline)
        : sock_(sock), deadline_(deadline) {}
    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, size_t size) override {
        const auto left =
            std::chrono::duration_cast<milliseconds>(deadline_ - steady_clock::now()).count();
        if (left <= 0) return -1;
        pollfd p{sock_, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left)) <= 0) return -1;
        return ::recv(sock_, ptr, size, 0);
    }
    ssize_t write(const char* ptr, size_t size) override {
        std::size_t sent = 0;
        while (sent < size) {
            pollfd p{sock_, POLLOUT, 0};
            if (::poll(&p, 1, 5000) <= 0) return -1;
            const ssize_t n = ::send(sock_, ptr + sent, size - sent, MSG_NOSIGNAL);
            if (n <= 0) return -1;
            sent += static_cast<std::size_t>(n);
        }
        return static_cast<ssize_t>(size);
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 0;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 0;
    }
    socket_t socket() const override { return sock_; }

private:
    socket_t sock_;
    steady_clock::time_point deadline_;
};

class DeadlineServer final : public httplib::Server {
public:
    explicit DeadlineServer(milliseconds deadline) : deadline_(deadline) {}

    bool BindWithBacklog(const std::string& host, int port, int backlog) {
        if (!bind_to_port(host, port)) return false;
        return ::listen(svr_sock_, backlog) == 0;  // listen() again only changes the backlog
    }

private:
    // httplib's per-connection loop, with a deadline for each whole request.
    bool process_and_close_socket(socket_t sock) override {
        if (!t_refuse) {
            for (std::size_t count = keep_alive_max_count_;
                 count > 0 && svr_sock_ != INVALID_SOCKET;
                 --count) {
                pollfd p{sock, POLLIN, 0};
                if (::poll(&p, 1, static_cast<int>(keep_alive_timeout_sec_ * 1000)) <= 0) break;
                DeadlineStream stream(sock, steady_clock::now() + deadline_);
                bool closed = false;
                if (!process_request(stream, count == 1, closed, nullptr) || closed) break;
            }
        }
        ::shutdown(sock, SHUT_RDWR);
        ::close(sock);
        return true;
    }

    milliseconds deadline_;
};

int RunHttplibDeadline(int port, std::size_t threads, std::size_t cap, milliseconds deadline) {
    DeadlineServer server(deadline);
    ApplyKefuSettings(server, threads);
    server.new_task_queue = [threads, cap] { return new CappedQueue(threads, cap); };
    if (!server.BindWithBacklog("127.0.0.1", port, 4096)) return 1;
    g_httplib = &server;
    fmt::print(
        "httplib-deadline: {} threads, {} waiting at most, {} ms per request, backlog "
        "4096, port {}\n",
        threads,
        cap,
        deadline.count(),
        port);
    std::fflush(stdout);
    return server.listen_after_bind() ? 0 : 1;
}

// ---- kefu's transport

class NoSessions final : public kefu::auth::SessionAuthenticator {
public:
    kefu::Result<kefu::auth::Principal> Authenticate(std::string_view) override {
        return kefu::Fail(kefu::Error::Unauthenticated("no sessions here"));
    }
};

int RunEvent(int port, std::size_t threads) {
    NoSessions sessions;
    kefu::http::ServerOptions options;
    options.port = port;
    options.threads = threads;
    kefu::http::ApiServer server(options, sessions);
    server.router().Get("/hello",
                        kefu::http::RouteAccess::Public(),
                        [](kefu::http::RequestContext&) -> kefu::Result<kefu::http::HttpResponse> {
                            return kefu::http::HttpResponse::Ok({{"hello", "world"}});
                        });
    g_event = &server;
    fmt::print("event: Boost.Asio transport, {} worker threads, port {}\n", threads, port);
    std::fflush(stdout);
    return server.Listen() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli("Hello-world HTTP servers for the transport comparison (ADR 0009)");
    std::string transport = "event";
    int port = 18090;
    std::size_t threads = 64;
    std::size_t cap = 64;
    int deadline_ms = 10'000;
    cli.add_option("--transport", transport, "httplib | httplib-deadline | event")
        ->check(CLI::IsMember({"httplib", "httplib-deadline", "event"}))
        ->capture_default_str();
    cli.add_option("--port", port)->capture_default_str();
    cli.add_option("--threads", threads)->capture_default_str();
    cli.add_option("--cap", cap, "httplib-deadline: connections waiting for a thread at most")
        ->capture_default_str();
    cli.add_option("--deadline-ms", deadline_ms, "httplib-deadline: time for a whole request")
        ->capture_default_str();
    CLI11_PARSE(cli, argc, argv);

    RaiseFileLimit();
    ::signal(SIGTERM, OnSignal);
    ::signal(SIGINT, OnSignal);
    ::signal(SIGPIPE, SIG_IGN);
    if (transport == "httplib") return RunHttplib(port, threads);
    if (transport == "httplib-deadline") {
        return RunHttplibDeadline(port, threads, cap, milliseconds(deadline_ms));
    }
    return RunEvent(port, threads);
}
