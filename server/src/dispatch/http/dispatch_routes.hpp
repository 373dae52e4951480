// HTTP routes of dispatch: the day's line-up (R-DSP-3) and the planning assistant's proposal
// (R-DSP-4).
#pragma once

#include "dispatch/dispatch_service.hpp"
#include "dispatch/lineup_service.hpp"
#include "http/router.hpp"

namespace kefu::dispatch {

void RegisterDispatchRoutes(http::Router& router, DispatchService& dispatch, LineupService& lineup);

}  // namespace kefu::dispatch
