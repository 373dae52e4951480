#include "planner/search/ruin.hpp"

#include <algorithm>
#include <cmath>

namespace kefu::planner {

namespace {

/// Removes jobs [begin, end) of the route except the kept block [keep_begin, keep_end).
void CutRange(WorkingSolution& solution,
              Route& route,
              std::size_t begin,
              std::size_t end,
              std::size_t keep_begin,
              std::size_t keep_end,
              std::vector<std::size_t>& removed) {
    std::size_t write = begin;
    for (std::size_t read = begin; read < route.jobs.size(); ++read) {
        const std::size_t job = route.jobs[read];
        if (read < end && (read < keep_begin || read >= keep_end)) {
            removed.push_back(job);
            solution.route_of[job] = kNone;
        } else {
            route.jobs[write++] = job;
        }
    }
    route.jobs.resize(write);
}

}  // namespace

void RuinStrings(const Instance& instance,
                 WorkingSolution& solution,
                 const RuinOptions& options,
                 Rng& rng,
                 std::vector<std::size_t>& removed,
                 std::vector<std::size_t>* ruined_routes) {
    const std::size_t used = UsedRoutes(solution);
    const std::size_t routed = instance.job_count() - solution.unassigned.size();
    if (used == 0 || routed == 0) return;
    const double average_size = static_cast<double>(routed) / static_cast<double>(used);
    const double max_string = std::min(static_cast<double>(options.max_string), average_size);
    const double max_strings = 4.0 * options.average_removed / (1.0 + max_string) - 1.0;
    const auto strings = static_cast<std::size_t>(std::floor(rng.Unit() * max_strings + 1.0));

    // Seed: a random routed job; the strings are cut from the routes of its nearest neighbours.
    std::size_t seed = rng.Below(instance.job_count());
    for (std::size_t tries = 0; solution.route_of[seed] == kNone; ++tries) {
        if (tries > 4 * instance.job_count()) return;
        seed = rng.Below(instance.job_count());
    }
    std::vector<std::size_t> ruined;
    const std::vector<std::size_t>& neighbours = instance.Neighbours(seed);
    for (std::size_t k = 0; k <= neighbours.size() && ruined.size() < strings; ++k) {
        const std::size_t job = k == 0 ? seed : neighbours[k - 1];
        const std::size_t r = solution.route_of[job];
        if (r == kNone || std::find(ruined.begin(), ruined.end(), r) != ruined.end()) continue;
        Route& route = solution.routes[r];
        const std::size_t size = route.jobs.size();
        const std::size_t position = static_cast<std::size_t>(
            std::find(route.jobs.begin(), route.jobs.end(), job) - route.jobs.begin());
        const double limit = std::min(static_cast<double>(size), max_string);
        const std::size_t length =
            std::min(size, static_cast<std::size_t>(std::floor(rng.Unit() * limit + 1.0)));
        std::size_t kept = 0;
        if (length < size && rng.Unit() < options.split_rate) {
            kept = 1;
            while (length + kept < size && rng.Unit() < options.split_depth) ++kept;
        }
        const std::size_t span = length + kept;
        // A window of `span` positions that contains the seed's position, placed at random.
        const std::size_t lowest = position + 1 >= span ? position + 1 - span : 0;
        const std::size_t highest = std::min(position, size - span);
        const std::size_t begin = lowest + rng.Below(highest - lowest + 1);
        std::size_t keep_begin = begin;
        if (kept > 0) keep_begin = begin + 1 + rng.Below(length > 1 ? length - 1 : 1);
        CutRange(solution, route, begin, begin + span, keep_begin, keep_begin + kept, removed);
        UpdateRoute(instance, route);
        ruined.push_back(r);
    }
    if (ruined_routes != nullptr) {
        ruined_routes->insert(ruined_routes->end(), ruined.begin(), ruined.end());
    }
}

void RuinRoute(const Instance& instance,
               WorkingSolution& solution,
               std::size_t route,
               std::vector<std::size_t>& removed) {
    Route& target = solution.routes[route];
    for (std::size_t job : target.jobs) {
        removed.push_back(job);
        solution.route_of[job] = kNone;
    }
    target.jobs.clear();
    UpdateRoute(instance, target);
}

}  // namespace kefu::planner
