#include "planner/local_search/or_opt.hpp"

namespace kefu::planner {

bool OrOpt::Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const {
    const std::size_t r1 = state.solution.route_of[u];
    const std::size_t r2 = state.solution.route_of[v];
    const std::size_t p = state.position[u];
    const std::size_t q = state.position[v];
    const std::vector<std::size_t>& jobs = state.solution.routes[r1].jobs;
    bool found = false;
    for (std::size_t length = 2; length <= kMaxLength; ++length) {
        if (p + length <= jobs.size()) {
            Move after{{Rewrite(r1, p, {}, r1, p + length), Rewrite(r2, q + 1, {}, r2, q + 1)}};
            for (std::size_t k = 0; k < length; ++k) {
                after.rewrites[1].sequence[k] = jobs[p + k];
            }
            after.rewrites[1].sequence_size = length;
            found = Offer(state, after, best) || found;
        }
        if (p + 1 >= length) {
            const std::size_t first = p + 1 - length;
            Move before{{Rewrite(r1, first, {}, r1, p + 1), Rewrite(r2, q, {}, r2, q)}};
            for (std::size_t k = 0; k < length; ++k) {
                before.rewrites[1].sequence[k] = jobs[first + k];
            }
            before.rewrites[1].sequence_size = length;
            found = Offer(state, before, best) || found;
        }
    }
    return found;
}

}  // namespace kefu::planner
