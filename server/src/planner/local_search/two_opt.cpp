#include "planner/local_search/two_opt.hpp"

#include <algorithm>

namespace kefu::planner {

bool TwoOpt::Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const {
    const std::size_t route = state.solution.route_of[u];
    const std::size_t s = std::min(state.position[u], state.position[v]);
    const std::size_t t = std::max(state.position[u], state.position[v]);
    // Both reversals put the job at s right before the job at t; they differ in the other arc
    // they create. Shorter segments are or-opt's (a reversed pair is a one-job move).
    if (t < s + 2) return false;
    bool found = Offer(state, Reversal(route, s + 1, t + 1), best);
    found = Offer(state, Reversal(route, s, t), best) || found;
    return found;
}

}  // namespace kefu::planner
