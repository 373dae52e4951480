// A local-search move behind one interface: given a job u and a nearby job v on another route,
// an operator proposes the moves that bring u and v next to each other (granular neighbourhood,
// Toth & Vigo 2003) and keeps the best improving one.
#pragma once

#include <cstddef>

#include "planner/local_search/route_rewrite.hpp"

namespace kefu::planner {

class MoveOperator {
public:
    MoveOperator() = default;
    MoveOperator(const MoveOperator&) = delete;
    MoveOperator& operator=(const MoveOperator&) = delete;
    virtual ~MoveOperator() = default;

    virtual const char* name() const = 0;
    /// Evaluates this operator's moves for the pair (u, v), which lie on distinct routes; replaces
    /// `best` by a feasible move with a larger gain and returns true when it finds one.
    virtual bool Improve(const SearchState& state,
                         std::size_t u,
                         std::size_t v,
                         Move& best) const = 0;

protected:
    /// Evaluates `candidate` and keeps it in `best` when it is feasible and gains more.
    static bool Offer(const SearchState& state, Move candidate, Move& best) {
        if (!Evaluate(state, candidate) || candidate.gain <= best.gain) return false;
        best = candidate;
        return true;
    }
};

}  // namespace kefu::planner
