// Swap: exchanges job u with v, each taking the other's place.
#pragma once

#include "planner/local_search/move_operator.hpp"

namespace kefu::planner {

class Swap final : public MoveOperator {
public:
    const char* name() const override { return "swap"; }
    bool Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const override;
};

}  // namespace kefu::planner
