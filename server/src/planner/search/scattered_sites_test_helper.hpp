// Tests' helpers: random sites around a depot, and the planner tests' instances built on them.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <vector>

#include "planner/matrix/travel_matrix.hpp"
#include "planner/model/problem.hpp"
#include "planner/model/solution.hpp"
#include "planner/search/rng.hpp"

namespace kefu::planner {

/// A problem with no jobs or vehicles yet: the depot (location 0) at (50, 50) and `sites`
/// locations 1..sites drawn from `rng` in the 100 × 100 square, with a Euclidean matrix.
inline Problem ScatteredSites(std::size_t sites, Rng& rng) {
    std::vector<Coordinates> points{{50.0, 50.0}};
    for (std::size_t s = 0; s < sites; ++s) {
        points.push_back({rng.Unit() * 100.0, rng.Unit() * 100.0});
    }
    Problem problem;
    problem.matrix = *EuclideanMatrixProvider{}.Build(points);
    return problem;
}

/// Jobs around a depot with windows from early to late, crews of one to three people, so that
/// windows, crew-dependent times on site and capacities all bind somewhere.
inline Problem CrowdedDay(std::size_t jobs, std::uint64_t seed) {
    Rng rng(seed);
    Problem problem = ScatteredSites(jobs, rng);
    for (std::size_t j = 0; j < jobs; ++j) {
        Job job;
        job.id = static_cast<std::int64_t>(j + 1);
        job.location = j + 1;
        const double start = problem.matrix.duration(0, j + 1) + rng.Unit() * 200.0;
        job.windows = {{start, start + 15.0 + rng.Unit() * 60.0}};
        job.shared_work = 10.0 + rng.Unit() * 40.0;
        job.demand.pieces = 1 + static_cast<std::int64_t>(rng.Below(4));
        problem.jobs.push_back(job);
    }
    for (std::size_t v = 0; v < 6; ++v) {
        Vehicle vehicle;
        vehicle.id = static_cast<std::int64_t>(v + 1);
        vehicle.capacity.pieces = 8 + static_cast<std::int64_t>(v);
        vehicle.workers = 1 + static_cast<int>(v % 3);
        vehicle.shift = {0.0, 330.0};
        problem.vehicles.push_back(vehicle);
    }
    return problem;
}

/// A day-like mixed fleet: crews of one to three, vans of two sizes, some skilled.
inline Problem MixedFleetDay(std::size_t jobs, std::uint64_t seed) {
    Rng rng(seed);
    Problem problem = ScatteredSites(jobs, rng);
    for (std::size_t j = 0; j < jobs; ++j) {
        Job job;
        job.id = static_cast<std::int64_t>(j + 1);
        job.location = j + 1;
        const double start = rng.Unit() * 200.0;
        job.windows = {{start, start + 60.0 + rng.Unit() * 120.0}};
        job.service = 5.0;
        job.shared_work = 20.0 + rng.Unit() * 60.0;
        job.demand.pieces = 1 + static_cast<std::int64_t>(rng.Below(4));
        if (rng.Below(5) == 0) job.skills = {3};
        problem.jobs.push_back(job);
    }
    for (std::size_t v = 0; v < jobs / 3; ++v) {
        Vehicle vehicle;
        vehicle.id = static_cast<std::int64_t>(v + 1);
        vehicle.capacity.pieces = v % 2 == 0 ? 8 : 14;
        vehicle.shift = {0.0, 480.0};
        vehicle.workers = 1 + static_cast<int>(v % 3);
        if (v % 3 == 1) vehicle.skills = {3};
        problem.vehicles.push_back(vehicle);
    }
    return problem;
}

/// MixedFleetDay with every crew made alike (two people, 12 pieces, the skill): a fleet of one
/// type, on which the mixed-fleet moves must change nothing.
inline Problem OneTypeFleetDay(std::size_t jobs, std::uint64_t seed) {
    Problem problem = MixedFleetDay(jobs, seed);
    for (Vehicle& vehicle : problem.vehicles) {
        vehicle.workers = 2;
        vehicle.capacity.pieces = 12;
        vehicle.skills = {3};
    }
    return problem;
}

/// Expects two plans to be the same: the same crews visiting the same jobs in the same order, and
/// bit-for-bit the same distance.
inline void ExpectSamePlan(const Solution& a, const Solution& b) {
    EXPECT_EQ(a.distance, b.distance);
    ASSERT_EQ(a.routes.size(), b.routes.size());
    for (std::size_t r = 0; r < a.routes.size(); ++r) {
        EXPECT_EQ(a.routes[r].vehicle, b.routes[r].vehicle) << "route " << r;
        EXPECT_EQ(a.routes[r].jobs, b.routes[r].jobs) << "route " << r;
    }
}

}  // namespace kefu::planner
