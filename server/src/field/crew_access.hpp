// Who may act for a job in the field: the people who go out on it, or the office with
// job.progress (for a crew that lost its phone). Shared by steps, photos and signatures.
#pragma once

#include <algorithm>

#include "auth/permission.hpp"
#include "jobs/job.hpp"
#include "jobs/job_actions.hpp"
#include "platform/error.hpp"

namespace kefu::field {

/// Whether the principal goes out on the job: its lead, a member or its driver.
inline bool OnCrew(const auth::Principal& principal, const jobs::Job& job) {
    if (!principal.staff_id || !job.assignment) return false;
    const auto people = job.assignment->People();
    return std::ranges::find(people, *principal.staff_id) != people.end();
}

/// PERMISSION_DENIED (with `message`) unless the principal is on the job's crew or may move jobs
/// on in the office.
inline Result<void> RequireCrewOrOffice(const auth::Principal& principal,
                                        const jobs::Job& job,
                                        const char* message) {
    if (OnCrew(principal, job) || principal.Can(jobs::actions::kProgress)) return {};
    return Fail(Error::PermissionDenied(message));
}

}  // namespace kefu::field
