// The policy store as a capability module: effective-dated values, their catalogue and routes.
#pragma once

#include "app/module.hpp"
#include "policy/policy_service.hpp"
#include "policy/sql/sql_policy_repository.hpp"

namespace kefu::policy {

/// Owns the policy repository, the key catalogue (filled from every module's declarations at
/// start-up) and the service other modules read values through.
class PolicyModule final : public app::Module {
public:
    explicit PolicyModule(const app::Core& core);
    std::string_view name() const override { return "policy"; }
    app::ModuleDeclarations Declarations() const override;
    /// Fills the key catalogue from every module's declared keys.
    std::vector<std::string> Assemble(std::span<const app::NamedDeclarations> all) override;
    void RegisterRoutes(http::Router& router) override;
    Result<std::vector<app::HomeItem>> HomeItems(const auth::Principal& principal) override;

    PolicyService& service() { return service_; }

private:
    app::Core core_;
    SqlPolicyRepository repository_;
    PolicyCatalog catalog_;
    PolicyService service_;
};

}  // namespace kefu::policy
