// JSON of jobs (camelCase; times of day as "HH:MM").
#pragma once

#include <nlohmann/json.hpp>

#include "jobs/job_service.hpp"

namespace kefu::jobs {

nlohmann::json JobToJson(const Job& job);
nlohmann::json JobDetailToJson(const JobDetail& detail);
nlohmann::json CallToJson(const JobCall& call);

}  // namespace kefu::jobs
