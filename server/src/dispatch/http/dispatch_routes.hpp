// HTTP routes of dispatch: the planning assistant's proposal (R-DSP-4).
#pragma once

#include "dispatch/dispatch_service.hpp"
#include "http/router.hpp"

namespace kefu::dispatch {

void RegisterDispatchRoutes(http::Router& router, DispatchService& dispatch);

}  // namespace kefu::dispatch
