// Department grades and the tenure rules between them (R-ORG-1, R-ORG-2).
#pragma once

#include <optional>
#include <string_view>

#include "platform/date.hpp"
#include "platform/enum_names.hpp"

namespace kefu::staff {

/// A staff member's grade; kNone for staff outside the installation grades (e.g. a clerk).
enum class Grade { kNone, kIntern, kTechnician, kSupervisor, kHead };

inline constexpr auto kGradeNames = MakeEnumNames<Grade>({{Grade::kHead, "head"},
                                                          {Grade::kSupervisor, "supervisor"},
                                                          {Grade::kTechnician, "technician"},
                                                          {Grade::kIntern, "intern"},
                                                          {Grade::kNone, "none"}});

/// The wire/storage name, e.g. "technician".
inline std::string_view GradeName(Grade grade) { return kGradeNames.Name(grade); }
inline std::optional<Grade> ParseGrade(std::string_view name) { return kGradeNames.Parse(name); }

/// The grade a tenure rule leads to next: intern → technician → supervisor. The head is
/// appointed, not reached by tenure, so supervisor, head and none have no next grade.
std::optional<Grade> NextGrade(Grade grade);

/// Whether the grade is one of the installation grades whose staff must be trained.
bool IsInstallationGrade(Grade grade);

/// The tenure thresholds in force on one date (values come from the policy store).
struct GradeRules {
    int technician_min_months = 0;
    int supervisor_min_months = 0;
    int internship_months = 0;
};

/// The promotion outlook of one staff member on one day.
struct Eligibility {
    Grade grade = Grade::kNone;
    std::optional<Grade> next_grade;
    int months_of_experience = 0;
    std::optional<int> required_months;
    std::optional<Date> eligible_on;
    bool eligible = false;
};

/// Months of installation experience are whole calendar months from `experience_start`
/// (Jan 31 + 1 month = Feb 28/29). An intern needs both the technician minimum and the full
/// internship; a technician needs the supervisor minimum.
Eligibility ComputeEligibility(Grade grade,
                               Date experience_start,
                               Date today,
                               const GradeRules& rules);

}  // namespace kefu::staff
