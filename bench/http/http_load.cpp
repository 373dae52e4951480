// HTTP load generator for the transport comparison (ADR 0009): hello-world throughput, and the
// latency of normal requests while hundreds of slow or idle connections are held open, then
// after they go away. Talks plain HTTP/1.1 over epoll, one thread per --threads, so it needs no
// outside tool (wrk is not a Debian default here) and measures exactly the attack in issue 8.
//
//   kefu_http_load throughput --port 8080 --path /hello --connections 50 --seconds 10
//   kefu_http_load slow --port 8080 --path /api/v1/health --slow 500 --idle 0 --interval 3
#include <arpa/inet.h>
#include <fcntl.h>
#include <fmt/core.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::duration;
using std::chrono::milliseconds;

struct Target {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string path = "/hello";
};

// A non-blocking TCP connection to the target; -1 when the socket cannot be created (the connect
// itself completes, or fails, later).
int ConnectNonBlocking(const Target& target) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(target.port));
    ::inet_pton(AF_INET, target.host.c_str(), &addr.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 &&
        errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    return fd;
}

std::string RequestText(const Target& target, bool keep_alive) {
    return fmt::format("GET {} HTTP/1.1\r\nHost: {}:{}\r\nAccept: */*\r\n{}\r\n",
                       target.path,
                       target.host,
                       target.port,
                       keep_alive ? "" : "Connection: close\r\n");
}

// How far a buffer holds a complete response: 0 = not yet; otherwise the bytes it takes. A
// response without Content-Length ends when the server closes (`closed`).
std::size_t CompleteResponse(const std::string& in, bool closed, int& status) {
    const auto head_end = in.find("\r\n\r\n");
    if (head_end == std::string::npos) return 0;
    status = std::atoi(in.c_str() + std::min<std::size_t>(9, in.size()));
    std::optional<std::size_t> length;
    std::size_t pos = in.find("\r\n") + 2;
    while (pos < head_end) {
        const auto eol = in.find("\r\n", pos);
        std::string_view line(in.data() + pos, eol - pos);
        const auto colon = line.find(':');
        if (colon != std::string_view::npos) {
            std::string name(line.substr(0, colon));
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
                return static_cast<char>(std::tolower(c));
            });
            if (name == "content-length") {
                length = std::strtoull(std::string(line.substr(colon + 1)).c_str(), nullptr, 10);
            }
        }
        pos = eol + 2;
    }
    if (!length) return closed ? in.size() : 0;
    const std::size_t total = head_end + 4 + *length;
    return in.size() >= total ? total : 0;
}

// Latencies in milliseconds and failures (no complete response in time, or a 5xx).
struct Samples {
    std::vector<double> ms;
    int failures = 0;
    int non_2xx = 0;

    void Add(double value) { ms.push_back(value); }
    double Percentile(double p) const {
        if (ms.empty()) return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1));
        return sorted[index];
    }
    std::string Line() const {
        return fmt::format("n={} p50={:.1f}ms p99={:.1f}ms max={:.1f}ms failed={} non2xx={}",
                           ms.size(),
                           Percentile(0.5),
                           Percentile(0.99),
                           Percentile(1.0),
                           failures,
                           non_2xx);
    }
};

double Ms(Clock::duration d) { return duration<double, std::milli>(d).count(); }

void RaiseFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// ---- throughput: keep-alive connections each sending the next request as soon as the previous
// answer is in.

struct LoadConn {
    int fd = -1;
    std::string in;
    std::size_t sent = 0;
    Clock::time_point started;
};

struct LoadResult {
    std::uint64_t requests = 0;
    std::uint64_t errors = 0;
    Samples latency;
};

void LoadThread(const Target& target,
                int connections,
                Clock::time_point until,
                LoadResult& result) {
    const std::string request = RequestText(target, true);
    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    std::vector<LoadConn> conns(static_cast<std::size_t>(connections));
    auto open = [&](std::size_t i) {
        LoadConn& c = conns[i];
        if (c.fd >= 0) ::close(c.fd);
        c = LoadConn{};
        c.fd = ConnectNonBlocking(target);
        c.started = Clock::now();
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLOUT;
        ev.data.u64 = i;
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, c.fd, &ev);
    };
    for (std::size_t i = 0; i < conns.size(); ++i) open(i);
    std::vector<epoll_event> events(256);
    char buffer[16384];
    // Keep one in ten thousand latencies: enough for p99, small enough to sort.
    std::uint64_t counter = 0;
    while (Clock::now() < until) {
        const int n = ::epoll_wait(epoll, events.data(), static_cast<int>(events.size()), 100);
        for (int k = 0; k < n; ++k) {
            const std::size_t i = events[static_cast<std::size_t>(k)].data.u64;
            LoadConn& c = conns[i];
            if (c.sent < request.size()) {
                const ssize_t w =
                    ::send(c.fd, request.data() + c.sent, request.size() - c.sent, MSG_NOSIGNAL);
                if (w < 0 && errno != EAGAIN) {
                    ++result.errors;
                    open(i);
                    continue;
                }
                if (w > 0) c.sent += static_cast<std::size_t>(w);
                if (c.sent == request.size()) {
                    epoll_event ev{};
                    ev.events = EPOLLIN;
                    ev.data.u64 = i;
                    ::epoll_ctl(epoll, EPOLL_CTL_MOD, c.fd, &ev);
                }
                continue;
            }
            const ssize_t r = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (r < 0 && errno == EAGAIN) continue;
            const bool closed = r <= 0;
            if (r > 0) c.in.append(buffer, static_cast<std::size_t>(r));
            int status = 0;
            const std::size_t used = CompleteResponse(c.in, closed, status);
            if (used == 0) {
                if (closed) {
                    ++result.errors;
                    open(i);
                }
                continue;
            }
            ++result.requests;
            if (status >= 300) ++result.latency.non_2xx;
            if (++counter % 16 == 0) result.latency.Add(Ms(Clock::now() - c.started));
            // The server ends a keep-alive connection after so many requests: open another.
            const bool last = c.in.substr(0, used).find("Connection: close") != std::string::npos;
            c.in.erase(0, used);
            if (closed || last) {
                open(i);
                continue;
            }
            c.sent = 0;
            c.started = Clock::now();
            epoll_event ev{};
            ev.events = EPOLLIN | EPOLLOUT;
            ev.data.u64 = i;
            ::epoll_ctl(epoll, EPOLL_CTL_MOD, c.fd, &ev);
        }
    }
    for (auto& c : conns) {
        if (c.fd >= 0) ::close(c.fd);
    }
    ::close(epoll);
}

int Throughput(const Target& target, int connections, int threads, double seconds) {
    const auto started = Clock::now();
    const auto until = started + duration_cast<Clock::duration>(duration<double>(seconds));
    std::vector<LoadResult> results(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        const int share = connections / threads + (t < connections % threads ? 1 : 0);
        workers.emplace_back([&, t, share] {
            LoadThread(target, share, until, results[static_cast<std::size_t>(t)]);
        });
    }
    for (auto& w : workers) w.join();
    const double elapsed = duration<double>(Clock::now() - started).count();
    LoadResult total;
    for (const auto& r : results) {
        total.requests += r.requests;
        total.errors += r.errors;
        total.latency.non_2xx += r.latency.non_2xx;
        total.latency.ms.insert(total.latency.ms.end(), r.latency.ms.begin(), r.latency.ms.end());
    }
    fmt::print(
        "throughput {} {} connections {}s: {:.0f} req/s p50={:.2f}ms p99={:.2f}ms errors={} "
        "non2xx={}\n",
        target.path,
        connections,
        seconds,
        static_cast<double>(total.requests) / elapsed,
        total.latency.Percentile(0.5),
        total.latency.Percentile(0.99),
        total.errors,
        total.latency.non_2xx);
    return 0;
}

// ---- slow: attackers (slow header senders, idle keep-alive holders) plus probes that measure
// what a normal user sees.

struct SlowOptions {
    int slow = 500;          ///< connections sending one header byte every `interval`
    int idle = 0;            ///< keep-alive connections that send one request, then sit idle
    double interval = 3;     ///< seconds between a slow connection's bytes
    double probe_rate = 20;  ///< normal requests per second, each on a new connection
    double baseline = 5;     ///< seconds of probes before the attack
    double ramp = 5;         ///< seconds to open the attack before measuring under it
    double attack = 20;      ///< seconds of probes under attack
    double recovery = 10;    ///< seconds of probes after the attack stops
    double timeout = 10;     ///< a probe without an answer after this long has failed
};

enum class Kind { kSlow, kIdle, kProbe };

struct Conn {
    Kind kind = Kind::kProbe;
    int fd = -1;
    bool connected = false;
    std::string out;  ///< bytes still to send
    std::string in;
    Clock::time_point started;
    Clock::time_point next_byte;  ///< slow: when the next header byte goes out
    bool answered = false;        ///< idle: its one request was answered
};

class SlowRun {
public:
    SlowRun(Target target, SlowOptions options)
        : target_(std::move(target)), options_(options), epoll_(::epoll_create1(EPOLL_CLOEXEC)) {}
    ~SlowRun() {
        for (auto& [fd, conn] : conns_) ::close(fd);
        ::close(epoll_);
    }

    int Run() {
        const auto t0 = Clock::now();
        const auto attack_start = t0 + Seconds(options_.baseline);
        const auto measure_start = attack_start + Seconds(options_.ramp);
        const auto attack_end = measure_start + Seconds(options_.attack);
        const auto end = attack_end + Seconds(options_.recovery);
        auto next_probe = t0;
        bool attacking = false;
        std::vector<epoll_event> events(512);
        Samples* phase = &baseline_;
        while (true) {
            const auto now = Clock::now();
            if (now >= end && conns_probe_ == 0) break;
            if (!attacking && now >= attack_start && now < attack_end) {
                attacking = true;
                OpenAttack(now);
            }
            if (attacking && now >= attack_end) {
                attacking = false;
                held_at_end_ = CountAttackers();
                CloseAttack();
            }
            phase = now < attack_start    ? &baseline_
                    : now < measure_start ? &ramp_
                    : now < attack_end    ? &attack_
                                          : &recovery_;
            if (now < end && now >= next_probe) {
                OpenProbe(now, phase);
                next_probe += Seconds(1.0 / options_.probe_rate);
            }
            const int n = ::epoll_wait(epoll_, events.data(), static_cast<int>(events.size()), 5);
            for (int k = 0; k < n; ++k) OnEvent(events[static_cast<std::size_t>(k)]);
            Tick(Clock::now(), attacking);
        }
        fmt::print(
            "slow {} slow (one header byte every {}s) + {} idle keep-alive connections, probes "
            "{}/s on new connections to {}\n",
            options_.slow,
            options_.interval,
            options_.idle,
            options_.probe_rate,
            target_.path);
        fmt::print("  before      {}\n", baseline_.Line());
        fmt::print("  ramp-up     {}\n", ramp_.Line());
        fmt::print("  under load  {}\n", attack_.Line());
        fmt::print("  recovery    {}\n", recovery_.Line());
        fmt::print(
            "  attack connections: {} re-opened after the server closed them, {} open at the "
            "end; failed = no answer within {}s, or closed unanswered\n",
            reopened_,
            held_at_end_,
            options_.timeout);
        return 0;
    }

private:
    static Clock::duration Seconds(double s) {
        return duration_cast<Clock::duration>(duration<double>(s));
    }

    void Add(int fd, Conn conn) {
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
        ev.data.fd = fd;
        ::epoll_ctl(epoll_, EPOLL_CTL_ADD, fd, &ev);
        conn.fd = fd;
        conns_[fd] = std::move(conn);
    }

    void Open(Kind kind, Clock::time_point now, Samples* phase = nullptr) {
        const int fd = ConnectNonBlocking(target_);
        if (fd < 0) {
            if (phase) phase->failures++;
            ++refused_;
            return;
        }
        Conn c;
        c.kind = kind;
        c.started = now;
        if (kind == Kind::kSlow) {
            // A request head that never ends: one more byte of a header value every interval.
            c.out =
                fmt::format("GET {} HTTP/1.1\r\nHost: {}\r\nX-Slow: ", target_.path, target_.host);
            c.next_byte = now;
        } else {
            c.out = RequestText(target_, kind == Kind::kIdle);
        }
        if (kind == Kind::kProbe) {
            ++conns_probe_;
            probe_phase_[fd] = phase;
        }
        Add(fd, std::move(c));
    }

    void OpenProbe(Clock::time_point now, Samples* phase) { Open(Kind::kProbe, now, phase); }

    void OpenAttack(Clock::time_point now) {
        for (int i = 0; i < options_.slow; ++i) Open(Kind::kSlow, now);
        // Spread the byte schedule over the interval so the attack is steady, not bursts.
        int index = 0;
        for (auto& [fd, c] : conns_) {
            if (c.kind == Kind::kSlow) {
                c.next_byte = now + Seconds(options_.interval * (index++ % 100) / 100.0);
            }
        }
        for (int i = 0; i < options_.idle; ++i) Open(Kind::kIdle, now);
        attack_open_ = true;
    }

    int CountAttackers() const {
        int n = 0;
        for (const auto& [fd, c] : conns_) n += c.kind != Kind::kProbe ? 1 : 0;
        return n;
    }

    void CloseAttack() {
        attack_open_ = false;
        std::vector<int> fds;
        for (const auto& [fd, c] : conns_) {
            if (c.kind != Kind::kProbe) fds.push_back(fd);
        }
        for (int fd : fds) Drop(fd);
    }

    void Drop(int fd) {
        ::epoll_ctl(epoll_, EPOLL_CTL_DEL, fd, nullptr);
        ::close(fd);
        conns_.erase(fd);
    }

    // The server closed an attack connection: the attacker opens another at once.
    void Reopen(int fd) {
        const Kind kind = conns_[fd].kind;
        Drop(fd);
        if (!attack_open_) return;
        ++reopened_;
        Open(kind, Clock::now());
    }

    void FinishProbe(int fd, bool ok, int status) {
        Conn& c = conns_[fd];
        Samples* phase = probe_phase_[fd];
        const double ms = Ms(Clock::now() - c.started);
        if (ok) {
            phase->Add(ms);
            if (status < 200 || status >= 300) phase->non_2xx++;
        } else {
            phase->failures++;
            phase->Add(ms);
        }
        probe_phase_.erase(fd);
        --conns_probe_;
        Drop(fd);
    }

    void Flush(Conn& c, std::size_t limit) {
        const std::size_t n = std::min(limit, c.out.size());
        if (n == 0) return;
        const ssize_t w = ::send(c.fd, c.out.data(), n, MSG_NOSIGNAL);
        if (w > 0) c.out.erase(0, static_cast<std::size_t>(w));
    }

    void OnEvent(const epoll_event& ev) {
        const int fd = ev.data.fd;
        auto it = conns_.find(fd);
        if (it == conns_.end()) return;
        Conn& c = it->second;
        if (!c.connected && (ev.events & EPOLLOUT)) {
            int error = 0;
            socklen_t len = sizeof error;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len);
            if (error != 0) {
                if (c.kind == Kind::kProbe) return FinishProbe(fd, false, 0);
                return Reopen(fd);
            }
            c.connected = true;
            // Probes and idle connections send their whole request; slow ones dribble (Tick).
            if (c.kind != Kind::kSlow) Flush(c, c.out.size());
            epoll_event mod{};
            mod.events = EPOLLIN | EPOLLRDHUP | (c.out.empty() ? 0u : EPOLLOUT);
            mod.data.fd = fd;
            ::epoll_ctl(epoll_, EPOLL_CTL_MOD, fd, &mod);
        } else if (c.connected && (ev.events & EPOLLOUT) && c.kind != Kind::kSlow) {
            Flush(c, c.out.size());
            if (c.out.empty()) {
                epoll_event mod{};
                mod.events = EPOLLIN | EPOLLRDHUP;
                mod.data.fd = fd;
                ::epoll_ctl(epoll_, EPOLL_CTL_MOD, fd, &mod);
            }
        }
        if (ev.events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
            char buffer[8192];
            bool closed = false;
            while (true) {
                const ssize_t r = ::recv(fd, buffer, sizeof buffer, 0);
                if (r > 0) {
                    c.in.append(buffer, static_cast<std::size_t>(r));
                    continue;
                }
                if (r < 0 && errno == EAGAIN) break;
                closed = true;
                break;
            }
            int status = 0;
            const std::size_t used = CompleteResponse(c.in, closed, status);
            if (c.kind == Kind::kProbe) {
                if (used > 0) return FinishProbe(fd, status < 500, status);
                if (closed) return FinishProbe(fd, false, 0);
                return;
            }
            if (c.kind == Kind::kIdle && used > 0) {
                c.answered = true;
                c.in.erase(0, used);
            }
            if (closed) return Reopen(fd);
        }
    }

    void Tick(Clock::time_point now, bool attacking) {
        std::vector<int> timed_out;
        for (auto& [fd, c] : conns_) {
            if (c.kind == Kind::kProbe) {
                if (now - c.started > Seconds(options_.timeout)) timed_out.push_back(fd);
            } else if (attacking && c.kind == Kind::kSlow && c.connected && now >= c.next_byte) {
                if (c.out.empty()) c.out = "a";
                Flush(c, 1);
                c.next_byte = now + Seconds(options_.interval);
            }
        }
        for (int fd : timed_out) FinishProbe(fd, false, 0);
    }

    Target target_;
    SlowOptions options_;
    int epoll_;
    std::unordered_map<int, Conn> conns_;
    std::unordered_map<int, Samples*> probe_phase_;
    int conns_probe_ = 0;
    bool attack_open_ = false;
    int reopened_ = 0;
    int held_at_end_ = 0;
    int refused_ = 0;
    Samples baseline_, ramp_, attack_, recovery_;
};

}  // namespace

int main(int argc, char** argv) {
    RaiseFileLimit();
    CLI::App cli("kefu HTTP transport benchmark: throughput and slow-client latency");
    cli.require_subcommand(1);
    Target target;
    auto add_target = [&](CLI::App* cmd) {
        cmd->add_option("--host", target.host)->capture_default_str();
        cmd->add_option("--port", target.port)->required();
        cmd->add_option("--path", target.path)->capture_default_str();
    };
    int connections = 50;
    int threads = 1;
    double seconds = 10;
    auto* throughput = cli.add_subcommand("throughput", "keep-alive requests as fast as answered");
    add_target(throughput);
    throughput->add_option("--connections", connections)->capture_default_str();
    throughput->add_option("--threads", threads)->capture_default_str();
    throughput->add_option("--seconds", seconds)->capture_default_str();

    SlowOptions slow;
    auto* slow_cmd = cli.add_subcommand("slow", "normal requests while slow/idle clients attack");
    add_target(slow_cmd);
    slow_cmd->add_option("--slow", slow.slow)->capture_default_str();
    slow_cmd->add_option("--idle", slow.idle)->capture_default_str();
    slow_cmd->add_option("--interval", slow.interval)->capture_default_str();
    slow_cmd->add_option("--probe-rate", slow.probe_rate)->capture_default_str();
    slow_cmd->add_option("--baseline", slow.baseline)->capture_default_str();
    slow_cmd->add_option("--ramp", slow.ramp)->capture_default_str();
    slow_cmd->add_option("--attack", slow.attack)->capture_default_str();
    slow_cmd->add_option("--recovery", slow.recovery)->capture_default_str();
    slow_cmd->add_option("--timeout", slow.timeout)->capture_default_str();
    CLI11_PARSE(cli, argc, argv);

    if (throughput->parsed()) return Throughput(target, connections, std::max(1, threads), seconds);
    SlowRun run(target, slow);
    return run.Run();
}
