// Relocate: moves job u next to v (before or after it) on v's route.
#pragma once

#include "planner/local_search/move_operator.hpp"

namespace kefu::planner {

class Relocate final : public MoveOperator {
public:
    const char* name() const override { return "relocate"; }
    bool Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const override;
};

}  // namespace kefu::planner
