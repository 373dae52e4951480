// CROSS exchange (Taillard et al. 1997): swaps a string of one to three jobs that follows u with
// a string of one to three jobs that starts at v, so that u is followed by v.
#pragma once

#include "planner/local_search/move_operator.hpp"

namespace kefu::planner {

class CrossExchange final : public MoveOperator {
public:
    static constexpr std::size_t kMaxLength = 3;
    const char* name() const override { return "cross_exchange"; }
    bool Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const override;
};

}  // namespace kefu::planner
