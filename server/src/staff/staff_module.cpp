#include "staff/staff_module.hpp"

#include "staff/http/leave_routes.hpp"
#include "staff/http/staff_routes.hpp"
#include "staff/staff_actions.hpp"
#include "staff/staff_rules.hpp"

namespace kefu::staff {

using R = auth::Role;

StaffModule::StaffModule(const app::Core& core,
                         policy::PolicyReader& policy,
                         approvals::ApprovalService& approvals)
    : core_(core),
      staff_(staff_repository_, core.transactions, policy, core.audit, core.clock, &approvals),
      training_(staff_repository_, training_repository_, core.transactions, core.audit, core.clock),
      leave_(staff_repository_, leave_repository_, core.transactions, core.audit, core.clock) {
    approvals.RegisterHandler(std::string(StaffService::kOverrideKind), this);
}

Result<void> StaffModule::OnApproved(Tx& tx,
                                     const auth::Principal& decider,
                                     const approvals::ApprovalRequest& request) {
    return staff_.ApplyApprovedOverride(tx, decider, request);
}

Result<std::vector<app::HomeItem>> StaffModule::HomeItems(const auth::Principal& principal) {
    std::vector<app::HomeItem> items;
    if (principal.Can(actions::kRead)) {
        KEFU_ASSIGN_OR_RETURN(auto eligible, staff_.ListEligible(principal, PageRequest{1, 1}));
        items.push_back({"eligibleForPromotion", eligible.total, "/eligible"});
    }
    if (principal.Can(actions::kTrainingRead)) {
        KEFU_ASSIGN_OR_RETURN(auto gaps, training_.Gaps(principal, PageRequest{1, 1}));
        items.push_back({"trainingGaps", gaps.total, "/training"});
    }
    return items;
}

app::ModuleDeclarations StaffModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRead,
         {R::kHead, R::kSupervisor, R::kClerk, R::kFinance, R::kLeadership, R::kAdmin},
         "R-ORG-1: the office keeps the staff records; supervisors pick their crews"},
        {actions::kReadOwn,
         {R::kHead,
          R::kSupervisor,
          R::kTechnician,
          R::kIntern,
          R::kDriver,
          R::kWarehouse,
          R::kSales,
          R::kClerk,
          R::kFinance,
          R::kLeadership,
          R::kAdmin},
         "R-ORG-5: every member of staff sees their own record (dealers are not staff)"},
        {actions::kWrite, {R::kHead, R::kAdmin}, "R-ORG-1: the head keeps the staff records"},
        {actions::kPromote, {R::kHead, R::kLeadership}, "R-ORG-2: the head promotes"},
        {actions::kPromoteOverride,
         {R::kLeadership},
         "R-ORG-2: only leadership overrides the tenure rule"},
        {actions::kEndInternship,
         {R::kHead},
         "R-ORG-2: the head ends an internship early for excellence"},
        {actions::kHrRead,
         {R::kHead, R::kFinance, R::kLeadership},
         "R-SEC-2: HR data only for head, finance, leadership"},
        {actions::kTrainingRead,
         {R::kHead, R::kSupervisor, R::kLeadership, R::kAdmin},
         "R-ORG-3: the head sees who is not yet trained; supervisors train"},
        {actions::kTrainingWrite,
         {R::kHead, R::kSupervisor},
         "R-ORG-3: the head and supervisors record training"},
        {actions::kLeaveRead,
         {R::kHead, R::kSupervisor, R::kClerk, R::kLeadership},
         "R-DSP-1/2: who assigns crews must see who is away"},
        {actions::kLeaveWrite, {R::kHead}, "R-DSP-2: the head grants and records leave"},
    };
    d.audit_events = {events::kCreate,
                      events::kUpdate,
                      events::kLeave,
                      events::kPromote,
                      events::kEndInternship,
                      events::kTrainingRecorded,
                      events::kTopicCreated,
                      events::kLeaveRecorded,
                      events::kLeaveDeleted};
    d.enums = {
        {"Grade", kGradeNames.Names(), {{"staff", "grade"}}},
        {"StaffStatus", kStaffStatusNames.Names(), {{"staff", "status"}}},
        {"GradeChangeKind", kGradeChangeKindNames.Names(), {{"grade_changes", "kind"}}},
        {"TrainingResult", kTrainingResultNames.Names(), {{"training_records", "result"}}},
        {"LeaveKind", kLeaveKindNames.Names(), {{"leave_records", "kind"}}},
    };
    d.policy_keys.assign(policy_keys::kSpecs.begin(), policy_keys::kSpecs.end());
    return d;
}

void StaffModule::RegisterRoutes(http::Router& router) {
    RegisterStaffRoutes(router, staff_, training_);
    RegisterLeaveRoutes(router, leave_, core_.clock);
}

Result<std::optional<StaffMember>> StaffModule::FindByPhone(const auth::Principal& principal,
                                                            const std::string& phone) {
    StaffFilter filter;
    filter.query = phone;
    KEFU_ASSIGN_OR_RETURN(auto page, staff_.List(principal, filter, PageRequest{1, 50}));
    for (auto& m : page.items) {
        if (m.phone == phone) return std::optional<StaffMember>(m);
    }
    return std::optional<StaffMember>();
}

}  // namespace kefu::staff
