// Staff, grades and training as a capability module (R-ORG-1..3).
#pragma once

#include <optional>
#include <string>

#include "app/module.hpp"
#include "approvals/approval_service.hpp"
#include "policy/policy_service.hpp"
#include "staff/leave_service.hpp"
#include "staff/sql/sql_leave_repository.hpp"
#include "staff/sql/sql_staff_repository.hpp"
#include "staff/staff_service.hpp"
#include "staff/training_service.hpp"

namespace kefu::staff {

/// Owns the staff and training repositories and services; other modules (accounts, jobs) use
/// the services it exposes.
class StaffModule final : public app::Module, private approvals::ApprovalHandler {
public:
    StaffModule(const app::Core& core,
                policy::PolicyReader& policy,
                approvals::ApprovalService& approvals);
    std::string_view name() const override { return "staff"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;
    Result<std::vector<app::HomeItem>> HomeItems(const auth::Principal& principal) override;

    StaffService& staff() { return staff_; }
    TrainingService& training() { return training_; }
    StaffRepository& repository() { return staff_repository_; }
    /// Leave records: dispatch asks IsOnLeave / OnLeave inside its transaction (R-DSP-2).
    LeaveRepository& leave_repository() { return leave_repository_; }
    LeaveService& leave() { return leave_; }
    /// Finds a member by exact phone number (phones are unique); used by demo steps.
    Result<std::optional<StaffMember>> FindByPhone(const auth::Principal& principal,
                                                   const std::string& phone);

private:
    /// Some people on leave around `today` (demo).
    Result<void> LoadLeaveDemo(app::DemoContext& context);
    /// Gives a demo member created before staff had skills the skill the demo gives them.
    Result<void> GiveDemoSkill(const auth::Principal& system, const StaffMember& member);
    Result<void> OnApproved(Tx& tx,
                            const auth::Principal& decider,
                            const approvals::ApprovalRequest& request) override;

    app::Core core_;
    SqlStaffRepository staff_repository_;
    SqlTrainingRepository training_repository_;
    SqlLeaveRepository leave_repository_;
    StaffService staff_;
    TrainingService training_;
    LeaveService leave_;
};

}  // namespace kefu::staff
