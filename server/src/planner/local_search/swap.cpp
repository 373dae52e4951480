#include "planner/local_search/swap.hpp"

namespace kefu::planner {

bool Swap::Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const {
    const std::size_t r1 = state.solution.route_of[u];
    const std::size_t r2 = state.solution.route_of[v];
    const std::size_t p = state.position[u];
    const std::size_t q = state.position[v];
    const Move move{{Rewrite(r1, p, {v}, r1, p + 1), Rewrite(r2, q, {u}, r2, q + 1)}};
    return Offer(state, move, best);
}

}  // namespace kefu::planner
