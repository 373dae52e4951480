// HTTP routes of jobs.
#pragma once

#include "http/router.hpp"
#include "jobs/job_service.hpp"

namespace kefu::jobs {

/// Registers /api/v1/jobs*.
void RegisterJobRoutes(http::Router& router, JobService& jobs);

}  // namespace kefu::jobs
