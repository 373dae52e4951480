// Use cases on staff: records, grade eligibility, promotions, ending internships (R-ORG-1/2).
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "platform/clock.hpp"
#include "policy/policy_service.hpp"
#include "staff/staff_repository.hpp"

namespace kefu::staff {

/// Eligibility of one named staff member, for lists.
struct EligibilityView {
    StaffId staff_id;
    std::string name;
    Eligibility eligibility;
};

/// A promotion request as the API receives it.
struct PromotionInput {
    std::string to_grade;
    bool override_rule = false;  ///< leadership only: promote although the rule is not met
    std::string reason;          ///< required with override_rule
    std::int64_t version = 0;
};

/// The staff service: every path to staff data goes through its permission checks.
class StaffService {
public:
    StaffService(StaffRepository& staff,
                 TransactionRunner& transactions,
                 policy::PolicyReader& policy,
                 audit::AuditLog& audit,
                 const Clock& clock)
        : staff_(staff),
          transactions_(transactions),
          policy_(policy),
          audit_(audit),
          clock_(clock) {}

    /// Adds a member. PERMISSION_DENIED without staff.write; INVALID_ARGUMENT with violations;
    /// FAILED_PRECONDITION (grade: not_eligible) when the grade needs more experience than the
    /// record shows; ALREADY_EXISTS (phone: duplicate).
    Result<StaffMember> Create(const auth::Principal& principal,
                               const StaffFields& fields,
                               std::string_view grade);
    /// The field checks of Create/Update alone (no permission or database): INVALID_ARGUMENT
    /// with every violation. An empty `grade` is not checked (updates carry no grade).
    Result<void> ValidateFields(const StaffFields& fields,
                                std::optional<std::string_view> grade) const;
    /// NOT_FOUND, or PERMISSION_DENIED unless staff.read or the member is the caller.
    Result<StaffMember> Get(const auth::Principal& principal, StaffId id);
    /// Updates the editable fields; ABORTED when `version` is stale.
    Result<StaffMember> Update(const auth::Principal& principal,
                               StaffId id,
                               const StaffFields& fields,
                               std::int64_t version);
    /// Soft delete: status left, left_on today. FAILED_PRECONDITION if already left; ABORTED
    /// when `version` is given and stale.
    Result<StaffMember> MarkLeft(const auth::Principal& principal,
                                 StaffId id,
                                 std::optional<std::int64_t> version = std::nullopt);
    Result<Page<StaffMember>> List(const auth::Principal& principal,
                                   const StaffFilter& filter,
                                   const PageRequest& page);
    /// Whole months of installation experience today.
    int MonthsOfExperience(const StaffMember& member) const;

    Result<EligibilityView> GetEligibility(const auth::Principal& principal, StaffId id);
    /// Active staff eligible for their next grade today, by name.
    Result<Page<EligibilityView>> ListEligible(const auth::Principal& principal,
                                               const PageRequest& page);
    /// One step up. FAILED_PRECONDITION (toGrade: not_eligible) when the tenure rule is not met,
    /// unless a leadership user overrides with a reason (recorded as kind override).
    Result<StaffMember> Promote(const auth::Principal& principal,
                                StaffId id,
                                const PromotionInput& input);
    /// The head ends an intern's internship early (intern → technician), with a reason.
    Result<StaffMember> EndInternship(const auth::Principal& principal,
                                      StaffId id,
                                      std::string_view reason,
                                      std::int64_t version);
    /// Grade history; HR data (head, finance, leadership).
    Result<std::vector<GradeChange>> GradeChanges(const auth::Principal& principal, StaffId id);

private:
    Result<GradeRules> RulesOn(Tx& tx, Date day);
    Result<StaffMember> LoadForChange(Tx& tx, StaffId id, std::int64_t version);
    Result<StaffMember> ChangeGrade(Tx& tx,
                                    const auth::Principal& principal,
                                    const StaffMember& before,
                                    Grade to,
                                    GradeChangeKind kind,
                                    std::optional<std::string> reason);
    StaffRepository& staff_;
    TransactionRunner& transactions_;
    policy::PolicyReader& policy_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

/// The audit snapshot of a staff member.
audit::Snapshot SnapshotOf(const StaffMember& member);

}  // namespace kefu::staff
