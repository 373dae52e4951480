#include "planner/local_search/or_opt_within.hpp"

namespace kefu::planner {

bool OrOptWithin::Improve(const SearchState& state,
                          std::size_t u,
                          std::size_t v,
                          Move& best) const {
    const std::size_t route = state.solution.route_of[u];
    const std::size_t p = state.position[u];
    const std::size_t q = state.position[v];
    const std::size_t size = state.solution.routes[route].jobs.size();
    bool found = false;
    // Each move is an exchange of the chain with the block between it and its new place.
    for (std::size_t length = 1; length <= kMaxLength; ++length) {
        // [p, p + length) goes right after v.
        if (p + length <= size) {
            if (q >= p + length) {
                found = Offer(state, Exchange(route, p, p + length, q + 1), best) || found;
            } else if (q + 1 < p) {
                found = Offer(state, Exchange(route, q + 1, p, p + length), best) || found;
            }
        }
        // [p + 1 - length, p + 1) goes right before v.
        if (p + 1 >= length) {
            const std::size_t first = p + 1 - length;
            if (q > p + 1) {
                found = Offer(state, Exchange(route, first, p + 1, q), best) || found;
            } else if (q < first) {
                found = Offer(state, Exchange(route, q, first, p + 1), best) || found;
            }
        }
    }
    return found;
}

}  // namespace kefu::planner
