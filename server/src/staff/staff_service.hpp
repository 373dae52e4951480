// Use cases on staff: records, grade eligibility, promotions, ending internships (R-ORG-1/2).
#pragma once

#include "approvals/approval_service.hpp"
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

/// Told, inside the transaction that records it, that a member of staff left (the accounts
/// module disables the member's login there, so leaving and losing access commit together).
class StaffLeavingListener {
public:
    virtual ~StaffLeavingListener() = default;
    virtual Result<void> OnStaffLeft(Tx& tx, const auth::Principal& principal, StaffId staff) = 0;
};

/// The staff service: every path to staff data goes through its permission checks.
class StaffService {
public:
    StaffService(StaffRepository& staff,
                 TransactionRunner& transactions,
                 policy::PolicyReader& policy,
                 audit::AuditLog& audit,
                 const Clock& clock,
                 approvals::ApprovalService* approvals = nullptr)
        : staff_(staff),
          transactions_(transactions),
          policy_(policy),
          audit_(audit),
          clock_(clock),
          approvals_(approvals) {}

    /// The approval kind of a promotion that breaks the tenure rule (R-ORG-2).
    static constexpr std::string_view kOverrideKind = "promotion_override";

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
    /// Updates the editable fields (skills only when given); ABORTED when `version` is stale.
    Result<StaffMember> Update(const auth::Principal& principal,
                               StaffId id,
                               const StaffFields& fields,
                               std::int64_t version);
    /// Soft delete: status left from `left_on` (today when absent), and every listener told in
    /// the same transaction. INVALID_ARGUMENT (leftOn: date_in_future, before_hire_date);
    /// FAILED_PRECONDITION if already left; ABORTED when `version` is given and stale.
    Result<StaffMember> MarkLeft(const auth::Principal& principal,
                                 StaffId id,
                                 std::optional<std::int64_t> version = std::nullopt,
                                 std::optional<Date> left_on = std::nullopt);
    /// Adds a listener told of every leaving (start-up wiring).
    void AddLeavingListener(StaffLeavingListener* listener) { leaving_.push_back(listener); }
    Result<Page<StaffMember>> List(const auth::Principal& principal,
                                   const StaffFilter& filter,
                                   const PageRequest& page);
    /// Whole months of installation experience today.
    int MonthsOfExperience(const StaffMember& member) const;

    Result<EligibilityView> GetEligibility(const auth::Principal& principal, StaffId id);
    /// Asks leadership to promote one grade although the tenure rule is not met (R-ORG-2): files
    /// a request in the approval inbox. PERMISSION_DENIED without staff.promote; INVALID_ARGUMENT
    /// (toGrade: not_next_grade, reason: required); FAILED_PRECONDITION (toGrade: eligible) when
    /// the rule is met (promote instead); ALREADY_EXISTS when a request is already pending.
    Result<approvals::ApprovalRequest> RequestPromotionOverride(const auth::Principal& principal,
                                                                StaffId id,
                                                                const PromotionInput& input);
    /// Carries out an approved override request inside the decision's transaction.
    /// FAILED_PRECONDITION (grade: changed) when the member's grade moved since the request.
    Result<void> ApplyApprovedOverride(Tx& tx,
                                       const auth::Principal& decider,
                                       const approvals::ApprovalRequest& request);
    /// Active staff eligible for their next grade today, longest eligible first.
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
    /// ALREADY_EXISTS (phone: duplicate) when someone other than `self` holds the phone number.
    Result<void> RefuseTakenPhone(Tx& tx, const std::string& phone, std::optional<StaffId> self);
    /// ALREADY_EXISTS (phone: duplicate) naming the holder when known.
    static Error DuplicatePhone(const std::string& holder);
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
    approvals::ApprovalService* approvals_;
    std::vector<StaffLeavingListener*> leaving_;
};

/// The audit snapshot of a staff member.
audit::Snapshot SnapshotOf(const StaffMember& member);

}  // namespace kefu::staff
