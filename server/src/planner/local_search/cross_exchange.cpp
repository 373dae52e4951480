#include "planner/local_search/cross_exchange.hpp"

namespace kefu::planner {

bool CrossExchange::Improve(const SearchState& state,
                            std::size_t u,
                            std::size_t v,
                            Move& best) const {
    const std::size_t r1 = state.solution.route_of[u];
    const std::size_t r2 = state.solution.route_of[v];
    const std::size_t p = state.position[u];
    const std::size_t q = state.position[v];
    const std::vector<std::size_t>& jobs1 = state.solution.routes[r1].jobs;
    const std::vector<std::size_t>& jobs2 = state.solution.routes[r2].jobs;
    bool found = false;
    for (std::size_t length1 = 1; length1 <= kMaxLength && p + 1 + length1 <= jobs1.size();
         ++length1) {
        for (std::size_t length2 = 1; length2 <= kMaxLength && q + length2 <= jobs2.size();
             ++length2) {
            Move move{
                {Rewrite(r1, p + 1, {}, r1, p + 1 + length1), Rewrite(r2, q, {}, r2, q + length2)}};
            for (std::size_t k = 0; k < length2; ++k) move.rewrites[0].sequence[k] = jobs2[q + k];
            move.rewrites[0].sequence_size = length2;
            for (std::size_t k = 0; k < length1; ++k) {
                move.rewrites[1].sequence[k] = jobs1[p + 1 + k];
            }
            move.rewrites[1].sequence_size = length1;
            found = Offer(state, move, best) || found;
        }
    }
    return found;
}

}  // namespace kefu::planner
