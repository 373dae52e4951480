// Or-opt: moves a string of two or three jobs to another route, next to v: the string that
// starts at u goes after v, the string that ends at u goes before v.
#pragma once

#include "planner/local_search/move_operator.hpp"

namespace kefu::planner {

class OrOpt final : public MoveOperator {
public:
    static constexpr std::size_t kMaxLength = 3;
    const char* name() const override { return "or_opt"; }
    bool Improve(const SearchState& state, std::size_t u, std::size_t v, Move& best) const override;
};

}  // namespace kefu::planner
