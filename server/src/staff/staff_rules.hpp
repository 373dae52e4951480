// The staff capability's record rules and the policy keys its grade rules read (R-ORG-2, R-SEC-2).
#pragma once

#include <array>

#include "auth/permission.hpp"
#include "policy/policy_key.hpp"
#include "staff/staff_actions.hpp"

namespace kefu::staff {

/// Record rule: HR data (grade history, and later assessments and liabilities) is for the
/// holders of staff.hr_read: head, finance, leadership (R-SEC-2).
inline bool CanSeeHrData(const auth::Principal& principal) {
    return principal.Can(actions::kHrRead);
}

/// Record rule: a member of staff sees their own record; everyone else's needs staff.read.
inline bool CanSeeStaff(const auth::Principal& principal, StaffId staff) {
    return principal.Can(actions::kRead) || principal.staff_id == staff;
}

namespace policy_keys {
inline constexpr std::string_view kTechnicianMinMonths = "grade.technician.min_experience_months";
inline constexpr std::string_view kSupervisorMinMonths = "grade.supervisor.min_experience_months";
inline constexpr std::string_view kInternshipMonths = "grade.intern.internship_months";

/// Tenure rules accept 0–120 months; the administrator (or leadership) sets them.
inline constexpr std::array<policy::PolicyKeySpec, 3> kSpecs = {{
    {kTechnicianMinMonths, policy::Unit::kMonths, 0, 120, policy::PolicyOwner::kSystem},
    {kSupervisorMinMonths, policy::Unit::kMonths, 0, 120, policy::PolicyOwner::kSystem},
    {kInternshipMonths, policy::Unit::kMonths, 0, 120, policy::PolicyOwner::kSystem},
}};
}  // namespace policy_keys

}  // namespace kefu::staff
