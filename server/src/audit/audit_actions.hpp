// What the audit capability lets users do.
#pragma once

#include "auth/action.hpp"

namespace kefu::audit::actions {
/// Read the audit trail (R-SEC-3).
inline constexpr auth::Action kRead{"audit.read"};
}  // namespace kefu::audit::actions
