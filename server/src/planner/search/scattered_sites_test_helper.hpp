// Tests' helper: random sites around a depot, the start of the planner tests' random instances.
#pragma once

#include <cstddef>
#include <vector>

#include "planner/matrix/travel_matrix.hpp"
#include "planner/model/problem.hpp"
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

}  // namespace kefu::planner
