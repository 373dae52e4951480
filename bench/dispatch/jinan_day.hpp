// The generated Jinan-like day of issue 11 (200 jobs, 30 crews), shared by the benchmarks of the
// planning assistant so that the in-process one (dispatch_bench) and the one through the API
// (dispatch_http_bench) plan the same day.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dispatch/day_plan.hpp"

namespace kefu::bench {

inline constexpr int kJobsPerDay = 200;
inline constexpr int kCrews = 30;
inline constexpr planner::Coordinates kJinanCentre{117.1201, 36.6512};  // x = longitude

/// A county town around Jinan (approximate centre, 30–80 km out) and its GB/T 2260 code.
struct CountyTown {
    planner::Coordinates centre;
    std::string_view division;
};

inline constexpr std::array<CountyTown, 6> kCountyTowns{{
    {{117.53, 36.71}, "370114"},  // 章丘 Zhangqiu
    {{116.75, 36.55}, "370113"},  // 长清 Changqing
    {{116.45, 36.29}, "370124"},  // 平阴 Pingyin
    {{117.17, 36.98}, "370115"},  // 济阳 Jiyang
    {{117.16, 37.31}, "370126"},  // 商河 Shanghe
    {{117.68, 36.21}, "370116"},  // 莱芜 Laiwu
}};

/// A generated day: its jobs, the crews formed for it, and where each job is.
struct Day {
    std::vector<dispatch::PlanJob> jobs;
    std::vector<dispatch::PlanCrew> crews;
    /// Per job: its index in kCountyTowns, or -1 for a job in the city (for the site's division).
    std::vector<int> town;
};

/// One day from its own stream of (seed, day), so the days of a week are independent. Job i
/// has id day × 1000 + i + 1; crew c has vehicle id c + 1.
Day GenerateDay(std::uint64_t seed, std::uint64_t day);

/// Migration 0015's policy, but as issue 11 asks: a 15 km zone on the city centre, day to 17:00.
dispatch::PlanSettings JinanSettings(std::uint64_t seed,
                                     double time_limit_seconds,
                                     std::size_t threads);

}  // namespace kefu::bench
