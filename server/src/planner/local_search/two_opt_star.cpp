#include "planner/local_search/two_opt_star.hpp"

namespace kefu::planner {

bool TwoOptStar::Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const {
    const std::size_t r1 = state.solution.route_of[u];
    const std::size_t r2 = state.solution.route_of[v];
    const std::size_t p = state.position[u];
    const std::size_t q = state.position[v];
    // u -> v: route 1 keeps its head up to u and takes route 2 from v; route 2 the reverse.
    const Move u_to_v{{Rewrite(r1, p + 1, {}, r2, q), Rewrite(r2, q, {}, r1, p + 1)}};
    const Move v_to_u{{Rewrite(r2, q + 1, {}, r1, p), Rewrite(r1, p, {}, r2, q + 1)}};
    bool found = Offer(state, u_to_v, best);
    found = Offer(state, v_to_u, best) || found;
    return found;
}

}  // namespace kefu::planner
