// The life cycle of a job (R-JOB-5): its states, the events that move it, and the transition
// table the state-machine helper runs. Every transition is recorded (who, when, from where).
#pragma once

#include "platform/enum_names.hpp"
#include "platform/state_machine.hpp"

namespace kefu::jobs {

/// Where a job stands. The main line: new → scheduled → loading → en route → on site →
/// installed / delivered → accepted → closed; the side states: rework scheduled, returned to
/// factory, cancelled.
enum class JobStatus {
    kNew,
    kScheduled,
    kLoading,
    kEnRoute,
    kOnSite,
    kInstalled,
    kDelivered,
    kAccepted,
    kClosed,
    kReworkScheduled,
    kReturnedToFactory,
    kCancelled,
};

inline constexpr auto kJobStatusNames =
    MakeEnumNames<JobStatus>({{JobStatus::kNew, "new"},
                              {JobStatus::kScheduled, "scheduled"},
                              {JobStatus::kLoading, "loading"},
                              {JobStatus::kEnRoute, "en_route"},
                              {JobStatus::kOnSite, "on_site"},
                              {JobStatus::kInstalled, "installed"},
                              {JobStatus::kDelivered, "delivered"},
                              {JobStatus::kAccepted, "accepted"},
                              {JobStatus::kClosed, "closed"},
                              {JobStatus::kReworkScheduled, "rework_scheduled"},
                              {JobStatus::kReturnedToFactory, "returned_to_factory"},
                              {JobStatus::kCancelled, "cancelled"}});

/// What happens to a job. Assigning a crew (schedule) has its own use case with the conflict
/// checks and the crew-size gate; the others are fired as they are.
enum class JobEvent {
    kSchedule,
    kUnschedule,
    kStartLoading,
    kDepart,
    kArrive,
    kFinishInstallation,
    kFinishDelivery,
    kAccept,
    kClose,
    kScheduleRework,
    kReturnToFactory,
    kCancel,
};

inline constexpr auto kJobEventNames =
    MakeEnumNames<JobEvent>({{JobEvent::kSchedule, "schedule"},
                             {JobEvent::kUnschedule, "unschedule"},
                             {JobEvent::kStartLoading, "start_loading"},
                             {JobEvent::kDepart, "depart"},
                             {JobEvent::kArrive, "arrive"},
                             {JobEvent::kFinishInstallation, "finish_installation"},
                             {JobEvent::kFinishDelivery, "finish_delivery"},
                             {JobEvent::kAccept, "accept"},
                             {JobEvent::kClose, "close"},
                             {JobEvent::kScheduleRework, "schedule_rework"},
                             {JobEvent::kReturnToFactory, "return_to_factory"},
                             {JobEvent::kCancel, "cancel"}});

/// What the guards of the table look at.
struct TransitionContext {
    bool installs = true;         ///< the job's kind includes installation
    bool has_assignment = false;  ///< a crew, date and window are set
    bool crew_approved = true;    ///< the crew-size gate is passed (or not needed)
    bool has_reason = false;      ///< a cancellation or return reason was given
};

using JobLifecycle = StateMachine<JobStatus,
                                  JobEvent,
                                  TransitionContext,
                                  kJobStatusNames.size(),
                                  kJobEventNames.size()>;

/// The transition table of every job (one instance, built once).
const JobLifecycle& Lifecycle();

/// Whether a status is final (closed or cancelled): nothing moves it any more.
bool IsFinal(JobStatus status);

}  // namespace kefu::jobs
