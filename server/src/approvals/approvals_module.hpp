// The approval inbox as a capability module; other modules register the kinds they file.
#pragma once

#include "app/module.hpp"
#include "approvals/approval_service.hpp"
#include "approvals/sql/sql_approval_repository.hpp"

namespace kefu::approvals {

/// Owns the inbox; leadership decides, the capability behind each kind carries it out.
class ApprovalsModule final : public app::Module {
public:
    explicit ApprovalsModule(const app::Core& core);
    std::string_view name() const override { return "approvals"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<std::vector<app::HomeItem>> HomeItems(const auth::Principal& principal) override;

    ApprovalService& service() { return service_; }

private:
    SqlApprovalRepository repository_;
    ApprovalService service_;
};

}  // namespace kefu::approvals
