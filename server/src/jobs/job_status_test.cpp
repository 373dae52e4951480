// R-JOB-5: the life cycle, every (state, event) cell: the legal ones move where the table says
// and the rest are refused naming the state and the event.
#include "jobs/job_status.hpp"

#include <gtest/gtest.h>

#include <map>

namespace kefu::jobs {
namespace {

using S = JobStatus;
using E = JobEvent;

// Written from the requirement, not from the code: (from, event) → to.
const std::map<std::pair<S, E>, S>& Expected() {
    static const std::map<std::pair<S, E>, S> table = {
        {{S::kNew, E::kSchedule}, S::kScheduled},
        {{S::kReworkScheduled, E::kSchedule}, S::kScheduled},
        {{S::kScheduled, E::kUnschedule}, S::kNew},
        {{S::kScheduled, E::kStartLoading}, S::kLoading},
        {{S::kLoading, E::kDepart}, S::kEnRoute},
        {{S::kEnRoute, E::kArrive}, S::kOnSite},
        {{S::kOnSite, E::kFinishInstallation}, S::kInstalled},
        {{S::kOnSite, E::kFinishDelivery}, S::kDelivered},
        {{S::kInstalled, E::kAccept}, S::kAccepted},
        {{S::kDelivered, E::kAccept}, S::kAccepted},
        {{S::kAccepted, E::kClose}, S::kClosed},
        {{S::kOnSite, E::kScheduleRework}, S::kReworkScheduled},
        {{S::kInstalled, E::kScheduleRework}, S::kReworkScheduled},
        {{S::kDelivered, E::kScheduleRework}, S::kReworkScheduled},
        {{S::kAccepted, E::kScheduleRework}, S::kReworkScheduled},
        {{S::kReturnedToFactory, E::kScheduleRework}, S::kReworkScheduled},
        {{S::kLoading, E::kReturnToFactory}, S::kReturnedToFactory},
        {{S::kEnRoute, E::kReturnToFactory}, S::kReturnedToFactory},
        {{S::kOnSite, E::kReturnToFactory}, S::kReturnedToFactory},
        {{S::kNew, E::kCancel}, S::kCancelled},
        {{S::kScheduled, E::kCancel}, S::kCancelled},
        {{S::kReworkScheduled, E::kCancel}, S::kCancelled},
        {{S::kReturnedToFactory, E::kCancel}, S::kCancelled},
    };
    return table;
}

const auto kEveryone = [](std::string_view) { return true; };

TEST(JobLifecycle, EveryStateTimesEveryEvent) {
    TransitionContext ready;
    ready.has_assignment = true;
    ready.has_reason = true;
    int legal = 0;
    for (S from : kJobStatusNames.Values()) {
        for (E event : kJobEventNames.Values()) {
            TransitionContext ctx = ready;
            // Finishing depends on the kind: try the kind each finishing event belongs to.
            ctx.installs = event != E::kFinishDelivery;
            auto to = Lifecycle().Fire(from, event, kEveryone, ctx);
            const auto expected = Expected().find({from, event});
            const std::string cell = std::string(kJobStatusNames.Name(from)) + " + " +
                                     std::string(kJobEventNames.Name(event));
            if (expected == Expected().end()) {
                ASSERT_FALSE(to) << cell << " should be refused";
                EXPECT_EQ(to.error().violations().at(0).reason, "illegal_transition") << cell;
                EXPECT_NE(to.error().message().find(kJobStatusNames.Name(from)), std::string::npos);
                EXPECT_NE(to.error().message().find(kJobEventNames.Name(event)), std::string::npos);
            } else {
                ++legal;
                ASSERT_TRUE(to) << cell << ": " << to.error().message();
                EXPECT_EQ(*to, expected->second) << cell;
            }
        }
    }
    EXPECT_EQ(legal, static_cast<int>(Expected().size()));
}

TEST(JobLifecycle, FinalStatesTakeNoEvent) {
    for (S final_state : {S::kClosed, S::kCancelled}) {
        EXPECT_TRUE(IsFinal(final_state));
        EXPECT_TRUE(Lifecycle().EventsFrom(final_state).empty());
    }
}

TEST(JobLifecycle, GuardsSayWhatIsMissing) {
    TransitionContext ctx;
    EXPECT_EQ(Lifecycle().Fire(S::kNew, E::kSchedule, kEveryone, ctx).error().violations()[0].field,
              "crew");
    ctx.has_assignment = true;
    ctx.crew_approved = false;
    EXPECT_EQ(
        Lifecycle().Fire(S::kNew, E::kSchedule, kEveryone, ctx).error().violations()[0].reason,
        "approval_required");
    ctx.installs = false;
    EXPECT_EQ(Lifecycle()
                  .Fire(S::kOnSite, E::kFinishInstallation, kEveryone, ctx)
                  .error()
                  .violations()[0]
                  .reason,
              "delivery_only");
    EXPECT_EQ(Lifecycle().Fire(S::kNew, E::kCancel, kEveryone, ctx).error().violations()[0].field,
              "reason");
}

TEST(JobLifecycle, EachEventNeedsItsAction) {
    TransitionContext ctx;
    ctx.has_reason = true;
    auto only_progress = [](std::string_view a) { return a == "job.progress"; };
    EXPECT_EQ(Lifecycle().Fire(S::kNew, E::kCancel, only_progress, ctx).error().code(),
              ErrorCode::kPermissionDenied);
    EXPECT_TRUE(Lifecycle().Fire(S::kScheduled, E::kStartLoading, only_progress, ctx));
}

}  // namespace
}  // namespace kefu::jobs
