#include "jobs/job_status.hpp"

#include "jobs/job_actions.hpp"

namespace kefu::jobs {
namespace {

using S = JobStatus;
using E = JobEvent;
using Ctx = TransitionContext;

Result<void> NeedsAssignment(const Ctx& c) {
    if (!c.has_assignment) {
        return Fail(Error::FailedPrecondition("assign a crew, a date and a time window first",
                                              {{"crew", "required"}}));
    }
    if (!c.crew_approved) {
        return Fail(Error::FailedPrecondition(
            "the crew is larger than policy allows; leadership must approve it first",
            {{"crew", "approval_required"}}));
    }
    return {};
}

Result<void> Installs(const Ctx& c) {
    if (c.installs) return {};
    return Fail(Error::FailedPrecondition("this job delivers only; finish the delivery instead",
                                          {{"event", "delivery_only"}}));
}

Result<void> DeliversOnly(const Ctx& c) {
    if (!c.installs) return {};
    return Fail(Error::FailedPrecondition("this job includes installation; finish it instead",
                                          {{"event", "installation_job"}}));
}

Result<void> NeedsReason(const Ctx& c) {
    if (c.has_reason) return {};
    return Fail(Error::InvalidArgument("give the reason", {{"reason", "required"}}));
}

}  // namespace

const JobLifecycle& Lifecycle() {
    static const JobLifecycle lifecycle(
        {
            {S::kNew, E::kSchedule, S::kScheduled, actions::kAssign.name(), NeedsAssignment},
            {S::kReworkScheduled,
             E::kSchedule,
             S::kScheduled,
             actions::kAssign.name(),
             NeedsAssignment},
            {S::kScheduled, E::kUnschedule, S::kNew, actions::kAssign.name()},
            {S::kScheduled, E::kStartLoading, S::kLoading, actions::kProgress.name()},
            {S::kLoading, E::kDepart, S::kEnRoute, actions::kProgress.name()},
            {S::kEnRoute, E::kArrive, S::kOnSite, actions::kProgress.name()},
            {S::kOnSite,
             E::kFinishInstallation,
             S::kInstalled,
             actions::kProgress.name(),
             Installs},
            {S::kOnSite,
             E::kFinishDelivery,
             S::kDelivered,
             actions::kProgress.name(),
             DeliversOnly},
            {S::kInstalled, E::kAccept, S::kAccepted, actions::kProgress.name()},
            {S::kDelivered, E::kAccept, S::kAccepted, actions::kProgress.name()},
            {S::kAccepted, E::kClose, S::kClosed, actions::kClose.name()},
            {S::kOnSite, E::kScheduleRework, S::kReworkScheduled, actions::kProgress.name()},
            {S::kInstalled, E::kScheduleRework, S::kReworkScheduled, actions::kProgress.name()},
            {S::kDelivered, E::kScheduleRework, S::kReworkScheduled, actions::kProgress.name()},
            {S::kAccepted, E::kScheduleRework, S::kReworkScheduled, actions::kProgress.name()},
            {S::kLoading,
             E::kReturnToFactory,
             S::kReturnedToFactory,
             actions::kProgress.name(),
             NeedsReason},
            {S::kEnRoute,
             E::kReturnToFactory,
             S::kReturnedToFactory,
             actions::kProgress.name(),
             NeedsReason},
            {S::kOnSite,
             E::kReturnToFactory,
             S::kReturnedToFactory,
             actions::kProgress.name(),
             NeedsReason},
            {S::kReturnedToFactory,
             E::kScheduleRework,
             S::kReworkScheduled,
             actions::kProgress.name()},
            {S::kNew, E::kCancel, S::kCancelled, actions::kCancel.name(), NeedsReason},
            {S::kScheduled, E::kCancel, S::kCancelled, actions::kCancel.name(), NeedsReason},
            {S::kReworkScheduled, E::kCancel, S::kCancelled, actions::kCancel.name(), NeedsReason},
            {S::kReturnedToFactory,
             E::kCancel,
             S::kCancelled,
             actions::kCancel.name(),
             NeedsReason},
        },
        kJobStatusNames,
        kJobEventNames,
        "a job");
    return lifecycle;
}

bool IsFinal(JobStatus status) {
    return status == JobStatus::kClosed || status == JobStatus::kCancelled;
}

}  // namespace kefu::jobs
