// HTTP routes of jobs.
#pragma once

#include "http/router.hpp"
#include "jobs/job_service.hpp"

namespace kefu::jobs {

/// Where a printed QR code leads: this server's page of a job, without the job's id (the Host
/// the request came to, or 127.0.0.1).
std::string JobPageUrlPrefix(const http::RequestContext& ctx);

/// Registers /api/v1/jobs*.
void RegisterJobRoutes(http::Router& router, JobService& jobs);

}  // namespace kefu::jobs
