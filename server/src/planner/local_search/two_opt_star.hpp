// 2-opt*: exchanges the tails of two routes so that u is followed by v (or v by u).
#pragma once

#include "planner/local_search/move_operator.hpp"

namespace kefu::planner {

class TwoOptStar final : public MoveOperator {
public:
    const char* name() const override { return "two_opt_star"; }
    bool Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const override;
};

}  // namespace kefu::planner
