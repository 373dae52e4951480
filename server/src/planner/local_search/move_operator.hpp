// A local-search move behind one interface: given a job u and a nearby job v on another route
// (or, for a within-route operator, on the same route), an operator proposes the moves that bring
// u and v next to each other (granular neighbourhood, Toth & Vigo 2003) and keeps the best
// improving one.
#pragma once

#include <cstddef>
#include <cstdint>

#include "planner/local_search/route_reorder.hpp"
#include "planner/local_search/route_rewrite.hpp"

namespace kefu::planner {

class MoveOperator {
public:
    MoveOperator() = default;
    MoveOperator(const MoveOperator&) = delete;
    MoveOperator& operator=(const MoveOperator&) = delete;
    virtual ~MoveOperator() = default;

    virtual const char* name() const = 0;
    /// True when the operator reorders one route: it is then offered pairs on the same route.
    virtual bool within_route() const { return false; }
    /// Evaluates this operator's moves for the pair (u, v), which lie on distinct routes (on the
    /// same route when within_route()); replaces `best` by a feasible move with a larger gain and
    /// returns true when it finds one.
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
    /// Keeps `reorder` in `best` when it gains more and is feasible; the gain is O(1) and the
    /// window replay is not, so the replay runs only for a move that would be kept.
    static bool Offer(const SearchState& state, const RouteReorder& reorder, Move& best) {
        const std::int64_t gain = ReorderGain(state, reorder);
        if (gain <= best.gain || !ReorderFeasible(state, reorder)) return false;
        best = Move{};
        best.reorder = reorder;
        best.gain = gain;
        return true;
    }
};

}  // namespace kefu::planner
