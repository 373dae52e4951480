// 2-opt within a route: reverses a segment so that u and v (same route) become neighbours, the
// earlier one followed by the later one.
#pragma once

#include "planner/local_search/move_operator.hpp"

namespace kefu::planner {

class TwoOpt final : public MoveOperator {
public:
    const char* name() const override { return "two_opt"; }
    bool within_route() const override { return true; }
    bool Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const override;
};

}  // namespace kefu::planner
