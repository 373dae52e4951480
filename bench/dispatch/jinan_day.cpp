#include "bench/dispatch/jinan_day.hpp"

#include <cmath>
#include <initializer_list>
#include <numbers>
#include <random>
#include <utility>

namespace kefu::bench {

namespace {

constexpr double kKmPerDegreeLat = 111.2;

/// The point `km` from `from` towards `bearing` (radians from east); flat earth is fine at 80 km.
planner::Coordinates Offset(planner::Coordinates from, double km, double bearing) {
    const double km_per_degree_lng = kKmPerDegreeLat * std::cos(from.y * std::numbers::pi / 180.0);
    return {from.x + km * std::cos(bearing) / km_per_degree_lng,
            from.y + km * std::sin(bearing) / kKmPerDegreeLat};
}

/// The county town `site` lies by (a town's jobs are within 4 km of its centre, the city's
/// within 25 km of the city centre, and every town is 30 km or more out), or -1.
int TownOf(planner::Coordinates site) {
    for (std::size_t t = 0; t < kCountyTowns.size(); ++t) {
        const planner::Coordinates c = kCountyTowns[t].centre;
        const double dx =
            (site.x - c.x) * kKmPerDegreeLat * std::cos(c.y * std::numbers::pi / 180.0);
        const double dy = (site.y - c.y) * kKmPerDegreeLat;
        if (std::hypot(dx, dy) < 5.0) return static_cast<int>(t);
    }
    return -1;
}

}  // namespace

dispatch::PlanSettings JinanSettings(std::uint64_t seed,
                                     double time_limit_seconds,
                                     std::size_t threads) {
    dispatch::PlanSettings s;
    s.depot = dispatch::FromMicrodegrees(36'682'000, 117'130'000);
    s.day_start = 8 * 60;
    s.day_end = 17 * 60;
    s.overtime_max = 120;
    s.setup_minutes = 15;
    s.outside = {1.25, 60.0};
    s.city = planner::CityZone{kJinanCentre, 15.0, {1.4, 30.0}};
    s.time_limit_seconds = time_limit_seconds;
    s.seed = seed;
    s.threads = threads;
    return s;
}

Day GenerateDay(std::uint64_t seed, std::uint64_t day) {
    std::seed_seq seq{seed, day};
    std::mt19937_64 rng(seq);
    auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution(lo, hi)(rng);
    };
    auto pick = [&](std::initializer_list<double> weights) {
        return static_cast<std::size_t>(std::discrete_distribution<int>(weights)(rng));
    };
    Day out;
    for (int i = 0; i < kJobsPerDay; ++i) {
        dispatch::PlanJob job;
        job.job_id = static_cast<std::int64_t>(day) * 1000 + i + 1;
        const double bearing = uniform(0.0, 2.0 * std::numbers::pi);
        if (chance(0.10)) {  // a county town: its centre plus a few km of scatter
            job.site =
                Offset(kCountyTowns[pick({3, 2, 1, 2, 1, 2})].centre, uniform(0.0, 4.0), bearing);
        } else {  // offices thin out from the centre: radius uniform, so density ~ 1/r
            job.site = Offset(kJinanCentre, uniform(0.5, 25.0), bearing);
        }
        // Full day, morning, afternoon, or two hours starting on the hour from 08:00 to 15:00.
        constexpr std::array<std::array<int, 2>, 3> kWide{{{8, 17}, {8, 12}, {13, 17}}};
        const std::size_t kind = pick({40, 20, 20, 20});
        const int from = kind < 3 ? kWide[kind][0] : std::uniform_int_distribution(8, 15)(rng);
        const int to = kind < 3 ? kWide[kind][1] : from + 2;
        job.window_start = from * 60;
        job.window_end = to * 60;
        // 15 % deliveries; installations mostly one or two hours, a few half or whole days.
        constexpr std::array<int, 8> kInstall{20, 30, 45, 60, 90, 120, 180, 240};
        const bool delivery = chance(0.15);
        job.install_minutes = delivery ? 0 : kInstall[pick({8, 12, 15, 18, 15, 14, 10, 8})];
        job.people_needed = delivery ? 1 + static_cast<int>(pick({2, 1}))
                                     : 1 + static_cast<int>(pick({35, 50, 15}));
        // Packed office furniture: 0.2–5 m³ a job (mostly small), about 70–160 kg per m³.
        const double m3 = 0.2 + 4.8 * std::pow(uniform(0.0, 1.0), 2.0);
        job.volume_l = std::llround(m3 * 1000.0);
        job.weight_g = std::llround(m3 * uniform(70.0, 160.0) * 1000.0);
        if (!delivery && chance(0.10)) job.skills.emplace_back("electric_desk");
        job.urgent = chance(0.05);
        out.town.push_back(TownOf(job.site));
        out.jobs.push_back(std::move(job));
    }
    // Vans of 10 m³ / 1 t and 15 m³ / 1.5 t, trucks of 20 m³ / 3 t; a third of the crews can
    // install electric desks.
    constexpr std::array<std::array<std::int64_t, 2>, 3> kVehicles{
        {{10'000, 1'000}, {15'000, 1'500}, {20'000, 3'000}}};
    for (int c = 0; c < kCrews; ++c) {
        const auto& vehicle = kVehicles[pick({4, 4, 2})];
        dispatch::PlanCrew crew{
            c + 1, 1 + static_cast<int>(pick({15, 60, 25})), {}, vehicle[0], vehicle[1]};
        if (c % 3 == 0) crew.skills.emplace_back("electric_desk");
        out.crews.push_back(std::move(crew));
    }
    return out;
}

}  // namespace kefu::bench
