// The two things about a member of staff that move through states (issue 6 item 6): whether they
// still work here (active → left, R-ORG-1) and the grade ladder with its internship (intern →
// technician by tenure or ended early, technician → supervisor, R-ORG-2). Both are transition
// tables run by the state-machine helper; the refusals keep the reason codes the UI knows.
#pragma once

#include <optional>
#include <string_view>

#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/state_machine.hpp"
#include "staff/grade.hpp"
#include "staff/staff_member.hpp"

namespace kefu::staff {

/// What happens to a member's employment. Leaving is a soft delete; nobody comes back (a
/// returning person is a new record).
enum class StatusEvent { kLeave };

inline constexpr auto kStatusEventNames =
    MakeEnumNames<StatusEvent>({{StatusEvent::kLeave, "leave"}});

/// What the leaving guard looks at.
struct LeavingContext {
    Date hire_date;
    Date left_on;
};

using StatusLifecycle = StateMachine<StaffStatus,
                                     StatusEvent,
                                     LeavingContext,
                                     kStaffStatusNames.size(),
                                     kStatusEventNames.size()>;

/// active → left (staff.write; refused with leftOn before_hire_date). From left, every event is
/// refused with status staff_left.
const StatusLifecycle& StaffStatusLifecycle();

/// What moves a member up the grade ladder. Promotions by tenure (or overridden by leadership)
/// and the early end of an internship are separate events: they need different actions.
enum class GradeEvent { kPromote, kEndInternship };

inline constexpr auto kGradeEventNames = MakeEnumNames<GradeEvent>(
    {{GradeEvent::kPromote, "promote"}, {GradeEvent::kEndInternship, "end_internship"}});

/// What the guards of the grade ladder look at.
struct GradeContext {
    std::string_view name;       ///< the member, for the refusal message
    Eligibility eligibility;     ///< the tenure rule on the day of the change
    bool override_rule = false;  ///< leadership promotes although the rule is not met
    bool has_reason = false;     ///< a reason was given (ending an internship needs one)
};

using GradeLadder =
    StateMachine<Grade, GradeEvent, GradeContext, kGradeNames.size(), kGradeEventNames.size()>;

/// intern → technician and technician → supervisor on promote (staff.promote; the tenure rule
/// or an override), intern → technician on end_internship (staff.end_internship; a reason).
/// Refusals: end_internship from any other grade is grade not_intern; promote from a grade
/// with no next one is toGrade not_next_grade.
const GradeLadder& StaffGradeLadder();

}  // namespace kefu::staff
