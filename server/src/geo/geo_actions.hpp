// What the divisions capability lets users do.
#pragma once

#include "auth/action.hpp"

namespace kefu::geo::actions {
/// Read the administrative divisions (reference data for addresses).
inline constexpr auth::Action kRead{"division.read"};
}  // namespace kefu::geo::actions
