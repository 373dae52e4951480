// Or-opt within a route: moves a chain of one to three jobs to another place in its own route,
// next to v: the chain that starts at u goes after v, the chain that ends at u goes before v.
#pragma once

#include "planner/local_search/move_operator.hpp"

namespace kefu::planner {

class OrOptWithin final : public MoveOperator {
public:
    static constexpr std::size_t kMaxLength = 3;
    const char* name() const override { return "or_opt_within"; }
    bool within_route() const override { return true; }
    bool Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const override;
};

}  // namespace kefu::planner
