// Applying what the phone sent exactly once when the same UUID arrives twice at the same time
// (a retry while the first is still on its way, R-FLD-10).
#pragma once

#include "platform/error.hpp"

namespace kefu::field {

/// Runs `attempt` (one transaction) and, when it lost the race for the UUID's row (ALREADY_EXISTS
/// without violations: the insert clashed and rolled back), once more: the second run finds the
/// winner's row and answers a replay.
template <class Attempt>
auto RunOnceMoreAfterRace(Attempt&& attempt) {
    auto result = attempt();
    if (!result && result.error().code() == ErrorCode::kAlreadyExists &&
        result.error().violations().empty()) {
        result = attempt();
    }
    return result;
}

}  // namespace kefu::field
