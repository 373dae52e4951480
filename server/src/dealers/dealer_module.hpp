// Dealers (external resellers) as a capability module.
#pragma once

#include <optional>

#include "app/module.hpp"
#include "dealers/dealer.hpp"
#include "dealers/sql/sql_dealer_repository.hpp"

namespace kefu::dealers {

/// Owns the dealer repository and service.
class DealerModule final : public app::Module {
public:
    explicit DealerModule(const app::Core& core);
    std::string_view name() const override { return "dealers"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;

    DealerService& service() { return service_; }
    DealerRepository& repository() { return repository_; }

private:
    SqlDealerRepository repository_;
    DealerService service_;
};

}  // namespace kefu::dealers
