// Ruin: adjacent string removal (SISR, Christiaens & Vanden Berghe 2020).
#pragma once

#include <cstddef>
#include <vector>

#include "planner/search/rng.hpp"
#include "planner/search/working_solution.hpp"

namespace kefu::planner {

/// Tuning of the string removal.
struct RuinOptions {
    double average_removed = 10.0;  // c̄: mean number of removed jobs
    std::size_t max_string = 10;    // L_max: longest string cut from one route
    double split_rate = 0.5;        // chance to cut a string with a kept middle part
    double split_depth = 0.01;      // chance to grow the kept part by one more job
};

/// Removes strings of jobs around a random seed job from nearby routes. The removed jobs are
/// appended to `removed`, the touched routes refreshed and, when `ruined` is given, their
/// indices appended to it.
void RuinStrings(const Instance& instance,
                 WorkingSolution& solution,
                 const RuinOptions& options,
                 Rng& rng,
                 std::vector<std::size_t>& removed,
                 std::vector<std::size_t>* ruined = nullptr);

/// Removes one whole route; its jobs are appended to `removed`.
void RuinRoute(const Instance& instance,
               WorkingSolution& solution,
               std::size_t route,
               std::vector<std::size_t>& removed);

}  // namespace kefu::planner
