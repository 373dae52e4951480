// Issue 11 (R-DSP-4): travel times from an OSRM-compatible /table service. The client is tested
// against a recorded answer (testdata/jinan_table.json) served on 127.0.0.1 by a server started
// here; nothing else is reached over the network.
#include <fmt/core.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "dispatch/day_plan.hpp"
#include "planner/osrm/osrm_table_provider.hpp"

namespace kefu::planner {
namespace {

using namespace std::chrono_literals;

/// The four points of the recorded answer: the factory on 经十东路, then sites on 泉城路,
/// 齐鲁大道 and 工业南路.
const std::vector<Coordinates> kJinan{
    {117.12, 36.65}, {117.0194, 36.662}, {116.89, 36.67}, {117.2107, 36.68}};

constexpr const char* kJinanTarget =
    "/table/v1/driving/117.120000,36.650000;117.019400,36.662000;116.890000,36.670000;"
    "117.210700,36.680000?annotations=duration,distance";

/// The recorded metres of the answer, row = from, column = to.
constexpr double kMetres[4][4] = {{0, 11804.7, 26391.2, 11236.9},
                                  {12317.4, 0, 14873.5, 21594.8},
                                  {26870.3, 15102.6, 0, 35066.1},
                                  {11502.1, 21288, 35410.7, 0}};

std::string Recorded() {
    std::ifstream in(KEFU_OSRM_TESTDATA_DIR "/jinan_table.json");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/// An OSRM stand-in on 127.0.0.1 and a free port: records every request target and answers
/// with `handler`, until destroyed.
class FakeOsrm {
public:
    using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

    explicit FakeOsrm(Handler handler) : handler_(std::move(handler)) {
        server_.Get(R"(/.*)", [this](const httplib::Request& request, httplib::Response& response) {
            {
                const std::lock_guard lock(mutex_);
                targets_.push_back(request.target);
            }
            handler_(request, response);
        });
        port_ = server_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { server_.listen_after_bind(); });
        // stop() before the accept loop runs would be lost, and the destructor would hang.
        for (int i = 0; i < 5000 && !server_.is_running(); ++i) std::this_thread::sleep_for(1ms);
    }
    ~FakeOsrm() {
        server_.stop();
        thread_.join();
    }
    FakeOsrm(const FakeOsrm&) = delete;
    FakeOsrm& operator=(const FakeOsrm&) = delete;

    bool running() const { return port_ > 0 && server_.is_running(); }
    int port() const { return port_; }
    std::string url() const { return fmt::format("http://127.0.0.1:{}", port_); }
    std::vector<std::string> targets() const {
        const std::lock_guard lock(mutex_);
        return targets_;
    }

private:
    Handler handler_;
    httplib::Server server_;
    int port_ = -1;
    std::thread thread_;
    mutable std::mutex mutex_;
    std::vector<std::string> targets_;
};

/// A server that answers every request with `status` and `body`.
FakeOsrm::Handler Answer(int status, std::string body) {
    return [status, body = std::move(body)](const httplib::Request&, httplib::Response& response) {
        response.status = status;
        response.set_content(body, "application/json");
    };
}

/// A port nobody listens on: one a server listened on until it stopped (a Server that never
/// listened would keep its bound socket open).
int ClosedPort() {
    const FakeOsrm gone(Answer(200, ""));
    return gone.running() ? gone.port() : -1;
}

// ---- pure helpers ------------------------------------------------------------------------------

TEST(OsrmTablePath, ListsEveryPointAsLngLatWithSixDecimalsAndAsksForBothAnnotations) {
    EXPECT_EQ(OsrmTablePath(kJinan, "driving"), kJinanTarget);
    EXPECT_EQ(OsrmTablePath(std::vector<Coordinates>{{-0.1, 51.5}, {2.35, 48.8566667}}, "car"),
              "/table/v1/car/-0.100000,51.500000;2.350000,48.856667"
              "?annotations=duration,distance");
}

TEST(OsrmBaseUrl, SplitsOriginAndPathPrefix) {
    auto plain = ParseOsrmBaseUrl("http://127.0.0.1:5000");
    ASSERT_TRUE(plain) << plain.error().message();
    EXPECT_EQ(plain->origin, "http://127.0.0.1:5000");
    EXPECT_EQ(plain->prefix, "");
    auto proxied = ParseOsrmBaseUrl("https://routing.example.cn/osrm/");
    ASSERT_TRUE(proxied) << proxied.error().message();
    EXPECT_EQ(proxied->origin, "https://routing.example.cn");
    EXPECT_EQ(proxied->prefix, "/osrm");  // the trailing '/' would double the next one
    EXPECT_TRUE(ParseOsrmBaseUrl("http://[::1]:5000"));
}

TEST(OsrmBaseUrl, RefusesWhatIsNotAnHttpBaseUrlNamingIt) {
    for (const char* bad : {"127.0.0.1:5000",
                            "ftp://127.0.0.1",
                            "http://",
                            "http://:5000",
                            "http://host:0",
                            "http://host:65536",
                            "http://host:50a0",
                            "http://host/table?x=1",
                            "http://user@host"}) {
        auto url = ParseOsrmBaseUrl(bad);
        ASSERT_FALSE(url) << bad;
        EXPECT_EQ(url.error().code(), ErrorCode::kFailedPrecondition) << bad;
        EXPECT_NE(url.error().message().find(bad), std::string::npos) << url.error().message();
    }
}

TEST(ReadOsrmTable, TurnsMetresIntoKmAndKeepsSeconds) {
    auto matrix = ReadOsrmTable(Recorded(), kJinan);
    ASSERT_TRUE(matrix) << matrix.error().message();
    ASSERT_EQ(matrix->size(), 4U);
    EXPECT_DOUBLE_EQ(matrix->distance(0, 1), 11.8047);
    EXPECT_DOUBLE_EQ(matrix->duration(0, 1), 1496.3);
    EXPECT_DOUBLE_EQ(matrix->distance(1, 0), 12.3174);  // one-way streets: not symmetric
    EXPECT_DOUBLE_EQ(matrix->duration(1, 0), 1562.9);
    EXPECT_DOUBLE_EQ(matrix->distance(3, 2), 35.4107);
    EXPECT_DOUBLE_EQ(matrix->duration(3, 2), 2441.0);
    EXPECT_DOUBLE_EQ(matrix->distance(2, 2), 0.0);
}

TEST(ReadOsrmTable, ReportsOsrmsCodeAndMessage) {
    auto refused = ReadOsrmTable(
        R"({"code":"NoSegment","message":"Could not find a matching segment for coordinate 2"})",
        kJinan);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_NE(refused.error().message().find("NoSegment"), std::string::npos);
    EXPECT_NE(refused.error().message().find("Could not find a matching segment for coordinate 2"),
              std::string::npos);
}

TEST(ReadOsrmTable, RefusesNullCellsWrongSizesAndBrokenJson) {
    const std::vector<Coordinates> two(kJinan.begin(), kJinan.begin() + 2);
    auto unreachable = ReadOsrmTable(
        R"({"code":"Ok","durations":[[0,1496.3],[null,0]],"distances":[[0,11804.7],[null,0]]})",
        two);
    ASSERT_FALSE(unreachable);
    EXPECT_EQ(unreachable.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_NE(unreachable.error().message().find("from point 1 (117.019400,36.662000) to point 0"),
              std::string::npos)
        << unreachable.error().message();

    auto short_row =
        ReadOsrmTable(R"({"code":"Ok","durations":[[0,1],[1]],"distances":[[0,1],[1,0]]})", two);
    ASSERT_FALSE(short_row);
    EXPECT_EQ(short_row.error().code(), ErrorCode::kUnavailable);

    auto no_distances = ReadOsrmTable(R"({"code":"Ok","durations":[[0,1],[1,0]]})", two);
    ASSERT_FALSE(no_distances);
    EXPECT_EQ(no_distances.error().code(), ErrorCode::kUnavailable);
    EXPECT_NE(no_distances.error().message().find("distances"), std::string::npos);

    auto negative =
        ReadOsrmTable(R"({"code":"Ok","durations":[[0,-1],[1,0]],"distances":[[0,1],[1,0]]})", two);
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().code(), ErrorCode::kUnavailable);

    for (const char* broken : {"", R"({"code":"Ok",)", "[1,2]", R"({"durations":[]})"}) {
        auto read = ReadOsrmTable(broken, two);
        ASSERT_FALSE(read) << broken;
        EXPECT_EQ(read.error().code(), ErrorCode::kUnavailable) << broken;
    }
}

// ---- against a server on 127.0.0.1 -------------------------------------------------------------

TEST(OsrmTableProvider, AsksOnceForTheWholeTableAndReadsTheRecordedAnswer) {
    FakeOsrm osrm(Answer(200, Recorded()));
    ASSERT_TRUE(osrm.running());
    const OsrmTableProvider provider(osrm.url(), "driving", 5s);
    auto matrix = provider.Build(kJinan);
    ASSERT_TRUE(matrix) << matrix.error().message();
    EXPECT_EQ(osrm.targets(), std::vector<std::string>{kJinanTarget});
    ASSERT_EQ(matrix->size(), 4U);
    EXPECT_DOUBLE_EQ(matrix->distance(0, 2), 26.3912);
    EXPECT_DOUBLE_EQ(matrix->duration(0, 2), 1859.8);
    EXPECT_DOUBLE_EQ(matrix->distance(2, 3), 35.0661);
    EXPECT_DOUBLE_EQ(matrix->duration(2, 3), 2398.4);
    EXPECT_DOUBLE_EQ(matrix->distance(3, 1), 21.288);
    EXPECT_DOUBLE_EQ(matrix->duration(3, 1), 2012.3);
}

TEST(OsrmTableProvider, PutsThePathPrefixAndProfileInFrontOfTheTable) {
    FakeOsrm osrm(Answer(200, Recorded()));
    ASSERT_TRUE(osrm.running());
    const OsrmTableProvider provider(osrm.url() + "/osrm/", "car", 5s);
    ASSERT_TRUE(provider.Build(kJinan));
    ASSERT_EQ(osrm.targets().size(), 1U);
    EXPECT_TRUE(osrm.targets()[0].starts_with("/osrm/table/v1/car/117.120000,36.650000;"))
        << osrm.targets()[0];
}

TEST(OsrmTableProvider, OnePointNeedsNoRequest) {
    FakeOsrm osrm(Answer(500, ""));
    ASSERT_TRUE(osrm.running());
    const OsrmTableProvider provider(osrm.url());
    auto matrix = provider.Build(std::vector<Coordinates>{kJinan[0]});
    ASSERT_TRUE(matrix) << matrix.error().message();
    EXPECT_EQ(matrix->size(), 1U);
    EXPECT_TRUE(osrm.targets().empty());
}

TEST(OsrmTableProvider, RefusesCoordinatesOffTheEarthWithoutAsking) {
    FakeOsrm osrm(Answer(200, Recorded()));
    ASSERT_TRUE(osrm.running());
    auto matrix =
        OsrmTableProvider(osrm.url())
            .Build(std::vector<Coordinates>{kJinan[0], {36.65, 117.12}});  // lat and lng swapped
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_TRUE(osrm.targets().empty());
}

TEST(OsrmTableProvider, ServerDownIsUnavailableNamingTheUrl) {
    const int port = ClosedPort();
    ASSERT_GT(port, 0);
    const std::string url = fmt::format("http://127.0.0.1:{}", port);
    auto matrix = OsrmTableProvider(url, "driving", 2s).Build(kJinan);
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kUnavailable);
    EXPECT_NE(matrix.error().message().find(url), std::string::npos) << matrix.error().message();
    EXPECT_NE(matrix.error().message().find("cannot be reached"), std::string::npos)
        << matrix.error().message();
}

TEST(OsrmTableProvider, ServerErrorIsUnavailable) {
    FakeOsrm osrm([](const httplib::Request&, httplib::Response& response) {
        response.status = 500;
        response.set_content("<html>Internal Server Error</html>", "text/html");
    });
    ASSERT_TRUE(osrm.running());
    auto matrix = OsrmTableProvider(osrm.url()).Build(kJinan);
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kUnavailable);
    EXPECT_NE(matrix.error().message().find("HTTP 500"), std::string::npos)
        << matrix.error().message();
    EXPECT_NE(matrix.error().message().find(osrm.url()), std::string::npos);
}

TEST(OsrmTableProvider, OsrmsRefusalCarriesItsCodeAndMessage) {
    FakeOsrm osrm(Answer(200, R"({"code":"NoRoute","message":"Impossible route between points"})"));
    ASSERT_TRUE(osrm.running());
    auto matrix = OsrmTableProvider(osrm.url()).Build(kJinan);
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_EQ(matrix.error().message(),
              fmt::format("OSRM table service {}: the service answered NoRoute: Impossible route "
                          "between points",
                          osrm.url()));
}

TEST(OsrmTableProvider, OsrmsRefusalWithStatus400IsReadToo) {
    // OSRM sends its query errors (e.g. more points than --max-table-size) as 400 with a body.
    FakeOsrm osrm(Answer(400, R"({"code":"TooBig","message":"Too many table coordinates"})"));
    ASSERT_TRUE(osrm.running());
    auto matrix = OsrmTableProvider(osrm.url()).Build(kJinan);
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_NE(matrix.error().message().find("TooBig: Too many table coordinates"),
              std::string::npos)
        << matrix.error().message();
}

TEST(OsrmTableProvider, NullCellIsNoRouteNamingThePoints) {
    std::string body = Recorded();
    // The recorded answer with 齐鲁大道 → 工业南路 cut off (e.g. a closed road, no detour).
    const std::string cell = "35066.1";
    body.replace(body.find(cell), cell.size(), "null");
    FakeOsrm osrm(Answer(200, body));
    ASSERT_TRUE(osrm.running());
    auto matrix = OsrmTableProvider(osrm.url()).Build(kJinan);
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_NE(matrix.error().message().find(
                  "no road route from point 2 (116.890000,36.670000) to point 3 "
                  "(117.210700,36.680000)"),
              std::string::npos)
        << matrix.error().message();
}

TEST(OsrmTableProvider, AnswerOfAnotherSizeIsUnavailable) {
    // The recorded 4×4 answer to a question about 3 points.
    FakeOsrm osrm(Answer(200, Recorded()));
    ASSERT_TRUE(osrm.running());
    auto matrix = OsrmTableProvider(osrm.url())
                      .Build(std::vector<Coordinates>(kJinan.begin(), kJinan.begin() + 3));
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kUnavailable);
    EXPECT_NE(matrix.error().message().find("3 rows"), std::string::npos)
        << matrix.error().message();
}

TEST(OsrmTableProvider, MalformedJsonIsUnavailable) {
    const std::string recorded = Recorded();
    FakeOsrm osrm(Answer(200, recorded.substr(0, recorded.size() / 2)));  // a cut-off answer
    ASSERT_TRUE(osrm.running());
    auto matrix = OsrmTableProvider(osrm.url()).Build(kJinan);
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kUnavailable);
    EXPECT_NE(matrix.error().message().find("not a JSON object"), std::string::npos)
        << matrix.error().message();
}

TEST(OsrmTableProvider, SlowServerTimesOutAsUnavailable) {
    constexpr auto kStall = 1500ms;
    FakeOsrm osrm([&](const httplib::Request&, httplib::Response& response) {
        std::this_thread::sleep_for(kStall);
        response.set_content(Recorded(), "application/json");
    });
    ASSERT_TRUE(osrm.running());
    const auto start = std::chrono::steady_clock::now();
    auto matrix = OsrmTableProvider(osrm.url(), "driving", 200ms).Build(kJinan);
    const auto waited = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(matrix);
    EXPECT_EQ(matrix.error().code(), ErrorCode::kUnavailable);
    EXPECT_NE(matrix.error().message().find("no answer within 200 ms"), std::string::npos)
        << matrix.error().message();
    EXPECT_LT(waited, kStall);  // the client gave up; it did not wait for the answer
}

// ---- a proposal planned on the recorded roads --------------------------------------------------

dispatch::PlanSettings Settings(const MatrixProvider* travel) {
    dispatch::PlanSettings s;
    s.depot = kJinan[0];
    s.day_start = 8 * 60;
    s.day_end = 17 * 60;
    s.overtime_max = 120;
    s.setup_minutes = 15;
    s.outside = {1.3, 50.0};
    s.city = CityZone{kJinan[0], 25.0, {1.4, 30.0}};
    s.time_limit_seconds = 0.2;
    s.travel = travel;
    return s;
}

std::vector<dispatch::PlanJob> ThreeJobs() {
    std::vector<dispatch::PlanJob> jobs;
    for (std::size_t i = 1; i <= 3; ++i) {
        dispatch::PlanJob job;
        job.job_id = static_cast<std::int64_t>(i);  // job i stands at kJinan[i]
        job.site = kJinan[i];
        job.window_start = 8 * 60;
        job.window_end = 17 * 60;
        job.install_minutes = 60;
        job.people_needed = 2;
        job.volume_l = 500;
        job.weight_g = 80'000;
        jobs.push_back(job);
    }
    return jobs;
}

TEST(OsrmProposal, RouteKmIsTheSumOfTheRecordedRoadDistances) {
    FakeOsrm osrm(Answer(200, Recorded()));
    ASSERT_TRUE(osrm.running());
    const OsrmTableProvider provider(osrm.url(), "driving", 5s);
    const std::vector<dispatch::PlanCrew> crews{{1, 2, {}, 8'000, 1'500}};
    auto proposal = dispatch::ProposeDay(ThreeJobs(), crews, Settings(&provider));
    ASSERT_TRUE(proposal) << proposal.error().message();
    EXPECT_EQ(osrm.targets(), std::vector<std::string>{kJinanTarget});  // depot first, then jobs
    ASSERT_EQ(proposal->routes.size(), 1U);
    const dispatch::CrewRoute& route = proposal->routes[0];
    ASSERT_EQ(route.visits.size(), 3U);
    double metres = 0.0;
    std::size_t at = 0;  // the factory
    for (const dispatch::PlannedVisit& visit : route.visits) {
        const auto next = static_cast<std::size_t>(visit.job_id);
        metres += kMetres[at][next];
        at = next;
    }
    metres += kMetres[at][0];
    EXPECT_NEAR(route.km, metres / 1000.0, 1e-9);
    EXPECT_NEAR(proposal->km, metres / 1000.0, 1e-9);
    // The straight-line model gives another figure, so the km above are the road service's.
    auto straight = dispatch::ProposeDay(ThreeJobs(), crews, Settings(nullptr));
    ASSERT_TRUE(straight) << straight.error().message();
    EXPECT_GT(std::abs(straight->km - proposal->km), 1.0);
}

TEST(OsrmProposal, FailingServiceFailsTheProposalInsteadOfFallingBack) {
    const int port = ClosedPort();
    ASSERT_GT(port, 0);
    const OsrmTableProvider provider(fmt::format("http://127.0.0.1:{}", port), "driving", 2s);
    const std::vector<dispatch::PlanCrew> crews{{1, 2, {}, 8'000, 1'500}};
    auto proposal = dispatch::ProposeDay(ThreeJobs(), crews, Settings(&provider));
    ASSERT_FALSE(proposal);
    EXPECT_EQ(proposal.error().code(), ErrorCode::kUnavailable);
    EXPECT_NE(proposal.error().message().find("OSRM table service"), std::string::npos);
}

}  // namespace
}  // namespace kefu::planner
