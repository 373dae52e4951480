// HTTP routes of the policy store.
#pragma once

#include "http/router.hpp"
#include "platform/clock.hpp"
#include "policy/policy_service.hpp"

namespace kefu::policy {

/// Registers GET and POST /api/v1/policies.
void RegisterPolicyRoutes(http::Router& router, PolicyService& policy, const Clock& clock);

}  // namespace kefu::policy
