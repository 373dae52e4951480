// Travel claims as a capability module (R-EXP-1..7): the allowance engine's policy keys, the
// claims service, its documents and routes.
#pragma once

#include "app/module.hpp"
#include "expenses/claim_documents.hpp"
#include "expenses/claim_service.hpp"
#include "expenses/sql/sql_claim_repository.hpp"
#include "fleet/trip_log_repository.hpp"
#include "geo/division_service.hpp"
#include "policy/policy_service.hpp"

namespace kefu::expenses {

/// The expenses capability; it carries out leadership's decisions on lines' requests.
class ExpensesModule final : public app::Module, private approvals::ApprovalHandler {
public:
    ExpensesModule(const app::Core& core,
                   fleet::TripLogRepository& trips,
                   policy::PolicyReader& policy,
                   geo::DivisionService& divisions,
                   approvals::ApprovalService& approvals);
    std::string_view name() const override { return "expenses"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;
    Result<std::vector<app::HomeItem>> HomeItems(const auth::Principal& principal) override;

    ClaimService& service() { return service_; }

private:
    Result<void> OnApproved(Tx& tx,
                            const auth::Principal& decider,
                            const approvals::ApprovalRequest& request) override;
    Result<void> OnRejected(Tx& tx,
                            const auth::Principal& decider,
                            const approvals::ApprovalRequest& request) override;

    app::Core core_;
    geo::DivisionService& divisions_;
    approvals::ApprovalService& approvals_;
    SqlClaimRepository repository_;
    ClaimService service_;
    ClaimDocuments documents_;
};

}  // namespace kefu::expenses
