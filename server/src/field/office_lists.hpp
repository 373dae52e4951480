// What the office's lists of field work share: how they name a crew, and how long a period one
// request may cover.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "jobs/job.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"

namespace kefu::field {

/// A member of staff as a list names them.
struct CrewPerson {
    std::int64_t id = 0;
    std::string name;
};

/// The crew of a job: the lead first, then the members; empty while it has none.
std::vector<CrewPerson> CrewOf(const jobs::Job& job);

/// A list's period: INVALID_ARGUMENT (to: before_from) when it ends before it starts,
/// (to: too_long) when it covers 366 days or more.
Result<void> CheckPeriod(Date from, Date to);

}  // namespace kefu::field
