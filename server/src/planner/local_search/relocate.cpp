#include "planner/local_search/relocate.hpp"

namespace kefu::planner {

bool Relocate::Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const {
    const std::size_t r1 = state.solution.route_of[u];
    const std::size_t r2 = state.solution.route_of[v];
    const std::size_t p = state.position[u];
    const std::size_t q = state.position[v];
    const Move before{{Rewrite(r1, p, {}, r1, p + 1), Rewrite(r2, q, {u}, r2, q)}};
    const Move after{{Rewrite(r1, p, {}, r1, p + 1), Rewrite(r2, q + 1, {u}, r2, q + 1)}};
    bool found = Offer(state, before, best);
    found = Offer(state, after, best) || found;
    return found;
}

}  // namespace kefu::planner
