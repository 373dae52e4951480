#include "planner/local_search/descent.hpp"

#include <algorithm>

#include "planner/local_search/cross_exchange.hpp"
#include "planner/local_search/or_opt.hpp"
#include "planner/local_search/or_opt_within.hpp"
#include "planner/local_search/relocate.hpp"
#include "planner/local_search/swap.hpp"
#include "planner/local_search/two_opt.hpp"
#include "planner/local_search/two_opt_star.hpp"

namespace kefu::planner {

std::vector<std::unique_ptr<MoveOperator>> ClassicOperators() {
    std::vector<std::unique_ptr<MoveOperator>> operators;
    operators.push_back(std::make_unique<Relocate>());
    operators.push_back(std::make_unique<Swap>());
    operators.push_back(std::make_unique<TwoOptStar>());
    operators.push_back(std::make_unique<OrOpt>());
    operators.push_back(std::make_unique<CrossExchange>());
    return operators;
}

std::vector<std::unique_ptr<MoveOperator>> Operators(MoveSet set) {
    std::vector<std::unique_ptr<MoveOperator>> operators = ClassicOperators();
    if (set == MoveSet::kAll) {
        operators.push_back(std::make_unique<TwoOpt>());
        operators.push_back(std::make_unique<OrOptWithin>());
    }
    return operators;
}

Move BestMoveFor(const SearchState& state,
                 const std::vector<std::unique_ptr<MoveOperator>>& operators,
                 std::size_t u,
                 std::size_t neighbours) {
    Move best;
    const std::size_t r1 = state.solution.route_of[u];
    if (r1 == kNone) return best;
    const std::vector<std::size_t>& near = state.instance.Neighbours(u);
    const std::size_t count = std::min(neighbours, near.size());
    for (std::size_t k = 0; k < count; ++k) {
        const std::size_t v = near[k];
        const std::size_t r2 = state.solution.route_of[v];
        if (r2 == kNone) continue;
        const bool same_route = r2 == r1;
        for (const auto& op : operators) {
            if (op->within_route() == same_route) op->Improve(state, u, v, best);
        }
    }
    return best;
}

DescentResult Descend(const Instance& instance,
                      WorkingSolution& solution,
                      std::size_t neighbours,
                      std::chrono::steady_clock::time_point deadline,
                      MoveSet set) {
    DescentResult result;
    const auto operators = Operators(set);
    SearchState state(instance, solution);
    const bool timed = deadline != std::chrono::steady_clock::time_point::max();
    bool improved = true;
    while (improved) {
        improved = false;
        for (std::size_t u = 0; u < instance.job_count(); ++u) {
            if (timed && std::chrono::steady_clock::now() >= deadline) return result;
            const Move best = BestMoveFor(state, operators, u, neighbours);
            if (best.gain <= 0) continue;
            Apply(state, best);
            ++result.moves;
            result.gain += best.gain;
            improved = true;
        }
    }
    result.local_optimum = true;
    return result;
}

}  // namespace kefu::planner
