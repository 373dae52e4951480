#include "staff/grade.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "staff/staff_lifecycle.hpp"

namespace kefu::staff {
std::optional<Grade> NextGrade(Grade grade) {
    // The ladder's promote rows are the one statement of which grade follows which.
    const auto* row = StaffGradeLadder().Find(grade, GradeEvent::kPromote);
    if (row == nullptr) return std::nullopt;
    return row->to;
}

bool IsInstallationGrade(Grade grade) { return grade != Grade::kNone; }

Eligibility ComputeEligibility(Grade grade,
                               Date experience_start,
                               Date today,
                               const GradeRules& rules) {
    Eligibility out;
    out.grade = grade;
    out.months_of_experience = std::max(0, Date::WholeMonthsBetween(experience_start, today));
    out.next_grade = NextGrade(grade);
    if (!out.next_grade) return out;
    const int required = *out.next_grade == Grade::kTechnician
                             ? std::max(rules.technician_min_months, rules.internship_months)
                             : rules.supervisor_min_months;
    out.required_months = required;
    out.eligible_on = experience_start.AddMonths(required);
    out.eligible = today >= *out.eligible_on;
    return out;
}

}  // namespace kefu::staff
