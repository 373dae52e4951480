#include "staff/staff_lifecycle.hpp"

#include <fmt/core.h>

#include "staff/staff_actions.hpp"

namespace kefu::staff {
namespace {

Result<void> NotBeforeHire(const LeavingContext& c) {
    if (c.left_on >= c.hire_date) return {};
    return Fail(Error::InvalidArgument("the leaving date is before the hire date",
                                       {{"leftOn", "before_hire_date"}}));
}

Result<void> TenureRuleMet(const GradeContext& c) {
    if (c.eligibility.eligible || c.override_rule) return {};
    const Eligibility& e = c.eligibility;
    return Fail(Error::FailedPrecondition(
        fmt::format("{} has {} of the {} months of installation experience {} needs "
                    "(eligible from {}); leadership can override with a reason",
                    c.name,
                    e.months_of_experience,
                    e.required_months.value_or(0),
                    e.next_grade ? GradeName(*e.next_grade) : "-",
                    e.eligible_on ? e.eligible_on->ToString() : "-"),
        {{"toGrade", "not_eligible"}}));
}

Result<void> NeedsReason(const GradeContext& c) {
    if (c.has_reason) return {};
    return Fail(Error::InvalidArgument("ending an internship early needs a reason",
                                       {{"reason", "reason_required"}}));
}

}  // namespace

const StatusLifecycle& StaffStatusLifecycle() {
    static const StatusLifecycle lifecycle(
        {
            {StaffStatus::kActive,
             StatusEvent::kLeave,
             StaffStatus::kLeft,
             actions::kWrite.name(),
             NotBeforeHire},
        },
        kStaffStatusNames,
        kStatusEventNames,
        "a staff member",
        // The only refused cell is a second leaving; the UI knows it as staff_left.
        [](StaffStatus, StatusEvent) {
            return FieldViolation{"status", "staff_left"};
        });
    return lifecycle;
}

const GradeLadder& StaffGradeLadder() {
    static const GradeLadder ladder(
        {
            {Grade::kIntern,
             GradeEvent::kPromote,
             Grade::kTechnician,
             actions::kPromote.name(),
             TenureRuleMet},
            {Grade::kTechnician,
             GradeEvent::kPromote,
             Grade::kSupervisor,
             actions::kPromote.name(),
             TenureRuleMet},
            {Grade::kIntern,
             GradeEvent::kEndInternship,
             Grade::kTechnician,
             actions::kEndInternship.name(),
             NeedsReason},
        },
        kGradeNames,
        kGradeEventNames,
        "a staff member",
        [](Grade, GradeEvent event) {
            return event == GradeEvent::kEndInternship
                       ? FieldViolation{"grade", "not_intern"}
                       : FieldViolation{"toGrade", "not_next_grade"};
        });
    return ladder;
}

}  // namespace kefu::staff
