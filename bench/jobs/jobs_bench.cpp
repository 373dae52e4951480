// The jobs workload of issue 9 against a running `kefu serve`: first the ceiling (GET
// /api/v1/health with the same clients), then the mix — filtered list 50 %, detail 30 %, create
// 10 %, transition 10 % — for a fixed time. Prints throughput (and its ratio to the ceiling) and
// p50/p99 per kind of request. bench/jobs/run.sh prepares a database of a million jobs first.
//
//   kefu_jobs_bench --port 18100 --clients 8 --seconds 60 --max-id 1000000
#include <fmt/core.h>
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using nlohmann::json;
using SteadyClock = std::chrono::steady_clock;

struct Options {
    int port = 18100;
    int clients = 8;
    int seconds = 60;
    int health_seconds = 10;
    long long max_id = 1'000'000;
    std::string user = "head";
    std::string password = "Kefu@2026";
    std::string future_day = "2030-06-03";
};

// What a new job of the mix is made of: a demo installation's customer, site and product.
struct Template {
    long long customer = 0;
    long long site = 0;
    long long product = 0;
};

// One logged-in client, like a browser tab: the session cookie and the CSRF token.
class Session {
public:
    Session(const Options& o) : client_("127.0.0.1", o.port) {
        client_.set_keep_alive(true);
        // A login costs a full password hash, slow on a loaded machine: allow for it.
        client_.set_read_timeout(30, 0);
        auto r = client_.Post("/api/v1/auth/login",
                              json{{"username", o.user}, {"password", o.password}}.dump(),
                              "application/json");
        if (!r || r->status != 200) {
            throw std::runtime_error(
                r ? fmt::format("login failed: HTTP {} {}", r->status, r->body)
                  : fmt::format("login failed: {}", httplib::to_string(r.error())));
        }
        csrf_ = json::parse(r->body).at("csrfToken").get<std::string>();
        const std::string cookie = r->get_header_value("Set-Cookie");
        cookie_ = cookie.substr(0, cookie.find(';'));
    }

    // Status of a GET (0 when the connection failed); the body goes to `body`.
    int Get(const std::string& path, std::string* body = nullptr) {
        auto r = client_.Get(path, {{"Cookie", cookie_}});
        if (!r) return 0;
        if (body) *body = r->body;
        return r->status;
    }

    int Post(const std::string& path, const json& payload, std::string* body = nullptr) {
        auto r = client_.Post(path,
                              {{"Cookie", cookie_}, {"X-CSRF-Token", csrf_}},
                              payload.dump(),
                              "application/json");
        if (!r) return 0;
        if (body) *body = r->body;
        return r->status;
    }

private:
    httplib::Client client_;
    std::string cookie_;
    std::string csrf_;
};

enum Kind { kList, kDetail, kCreate, kTransition, kHealth, kKinds };
constexpr const char* kNames[] = {"list", "detail", "create", "transition", "health"};

struct Samples {
    std::vector<double> ms[kKinds];
    long long errors[kKinds] = {};
};

double Percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

Template FindTemplate(Session& s) {
    std::string body;
    if (s.Get("/api/v1/jobs?kind=installation&pageSize=1", &body) != 200) {
        throw std::runtime_error("cannot list installations");
    }
    const json job = json::parse(body).at("items").at(0);
    // The generated jobs carry no items, so the product comes from the catalogue.
    if (s.Get("/api/v1/products?pageSize=1", &body) != 200) {
        throw std::runtime_error("cannot list products");
    }
    const json product = json::parse(body).at("items").at(0);
    return {job.at("customerId").get<long long>(),
            job.at("siteId").get<long long>(),
            product.at("id").get<long long>()};
}

// One client's share of the mix until `until`.
void RunMix(Session& s,
            const Options& o,
            const Template& t,
            SteadyClock::time_point until,
            unsigned seed,
            Samples& out) {
    std::mt19937_64 rng(seed);
    const char* statuses[] = {"new", "scheduled", "closed", "accepted", "cancelled"};
    const int divisions[] = {370102, 370103, 370104, 370105, 370112, 370100};
    std::deque<std::pair<long long, int>> mine;  // created here: id, version
    while (SteadyClock::now() < until) {
        const int roll = static_cast<int>(rng() % 100);
        Kind kind = roll < 50 ? kList : roll < 80 ? kDetail : roll < 90 ? kCreate : kTransition;
        if (kind == kTransition && mine.empty()) kind = kCreate;
        const auto start = SteadyClock::now();
        int status = 0;
        std::string body;
        switch (kind) {
            case kList: {
                const int day = static_cast<int>(rng() % 1000);
                std::string path = fmt::format("/api/v1/jobs?page={}&pageSize=20", 1 + rng() % 3);
                switch (rng() % 3) {
                    case 0:
                        path += fmt::format("&status={}", statuses[rng() % 5]);
                        break;
                    case 1:
                        path += fmt::format("&division={}", divisions[rng() % 6]);
                        break;
                    default:
                        path += fmt::format(
                            "&from=2024-{:02}-01&to=2024-{:02}-28", 1 + day % 12, 1 + day % 12);
                }
                status = s.Get(path);
                break;
            }
            case kDetail:
                status = s.Get(fmt::format("/api/v1/jobs/{}",
                                           1 + rng() % static_cast<std::uint64_t>(o.max_id)));
                if (status == 404) status = 200;  // a gap in the ids is an answer too
                break;
            case kCreate: {
                json job = {{"kind", "installation"},
                            {"customerId", t.customer},
                            {"siteId", t.site},
                            {"contactName", "压测"},
                            {"contactPhone", "13800000000"},
                            {"requestedDate", o.future_day},
                            {"windowStart", "09:00"},
                            {"windowEnd", "12:00"},
                            {"items", {{{"productId", t.product}, {"quantity", 2}}}}};
                status = s.Post("/api/v1/jobs", job, &body);
                if (status == 201) {
                    const json j = json::parse(body);
                    mine.emplace_back(j.at("id").get<long long>(), j.at("version").get<int>());
                }
                break;
            }
            case kTransition: {
                const auto [id, version] = mine.front();
                mine.pop_front();
                status = s.Post(fmt::format("/api/v1/jobs/{}/events", id),
                                {{"event", "cancel"}, {"reason", "压测"}, {"version", version}});
                break;
            }
            default:
                break;
        }
        const double ms =
            std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
        if (status >= 200 && status < 300) {
            out.ms[kind].push_back(ms);
        } else {
            ++out.errors[kind];
        }
    }
}

void RunHealth(Session& s, SteadyClock::time_point until, Samples& out) {
    while (SteadyClock::now() < until) {
        const auto start = SteadyClock::now();
        const int status = s.Get("/api/v1/health");
        const double ms =
            std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
        if (status == 200) {
            out.ms[kHealth].push_back(ms);
        } else {
            ++out.errors[kHealth];
        }
    }
}

template <class F>
Samples InParallel(const Options& o, int seconds, F body) {
    std::vector<Samples> per(static_cast<std::size_t>(o.clients));
    const auto until = SteadyClock::now() + std::chrono::seconds(seconds);
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(o.clients));
    std::atomic<bool> failed{false};
    for (int c = 0; c < o.clients; ++c) {
        threads.emplace_back([&, c] {
            try {
                body(until, static_cast<unsigned>(c), per[static_cast<std::size_t>(c)]);
            } catch (const std::exception& e) {
                // An exception leaving a thread would end the process without a word.
                fmt::print(stderr, "client {}: {}\n", c, e.what());
                failed = true;
            }
        });
    }
    for (auto& t : threads) t.join();
    if (failed) throw std::runtime_error("a client failed; see above");
    Samples all;
    for (const Samples& s : per) {
        for (int k = 0; k < kKinds; ++k) {
            all.ms[k].insert(all.ms[k].end(), s.ms[k].begin(), s.ms[k].end());
            all.errors[k] += s.errors[k];
        }
    }
    return all;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    CLI::App app("kefu jobs workload");
    app.add_option("--port", o.port);
    app.add_option("--clients", o.clients);
    app.add_option("--seconds", o.seconds);
    app.add_option("--health-seconds", o.health_seconds);
    app.add_option("--max-id", o.max_id, "largest job id to ask for in details");
    app.add_option("--user", o.user);
    app.add_option("--password", o.password);
    CLI11_PARSE(app, argc, argv);

    Session probe(o);
    const Template t = FindTemplate(probe);

    // One session per client, logged in one after another: a login is counted as a failure
    // until its password checks out, so eight at once for one user would trip the throttle.
    std::vector<std::unique_ptr<Session>> sessions;
    sessions.reserve(static_cast<std::size_t>(o.clients));
    for (int c = 0; c < o.clients; ++c) sessions.push_back(std::make_unique<Session>(o));

    const Samples health = InParallel(o, o.health_seconds, [&](auto until, unsigned c, Samples& s) {
        RunHealth(*sessions[c], until, s);
    });
    const double ceiling =
        static_cast<double>(health.ms[kHealth].size()) / static_cast<double>(o.health_seconds);

    const Samples mix = InParallel(o, o.seconds, [&](auto until, unsigned c, Samples& s) {
        RunMix(*sessions[c], o, t, until, 1000 + c, s);
    });
    std::size_t done = 0;
    std::vector<double> every;
    for (int k = 0; k < kHealth; ++k) {
        done += mix.ms[k].size();
        every.insert(every.end(), mix.ms[k].begin(), mix.ms[k].end());
    }
    const double rate = static_cast<double>(done) / static_cast<double>(o.seconds);

    fmt::print("health ceiling: {:.0f} req/s with {} clients (p50 {:.2f} ms, p99 {:.2f} ms)\n",
               ceiling,
               o.clients,
               Percentile(health.ms[kHealth], 0.5),
               Percentile(health.ms[kHealth], 0.99));
    fmt::print(
        "jobs mix:       {:.0f} req/s = {:.0f} % of the ceiling; p50 {:.2f} ms, p99 {:.2f} ms\n",
        rate,
        100.0 * rate / ceiling,
        Percentile(every, 0.5),
        Percentile(every, 0.99));
    for (int k = 0; k < kHealth; ++k) {
        fmt::print("  {:<10} {:>7} requests, {:>3} errors, p50 {:7.2f} ms, p99 {:7.2f} ms\n",
                   kNames[k],
                   mix.ms[k].size(),
                   mix.errors[k],
                   Percentile(mix.ms[k], 0.5),
                   Percentile(mix.ms[k], 0.99));
    }
    long long errors = 0;
    for (long long e : mix.errors) errors += e;
    return errors == 0 ? 0 : 1;
}
