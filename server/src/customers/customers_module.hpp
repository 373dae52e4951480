// End customers and sites as a capability module (issue 9 item 1).
#pragma once

#include "app/module.hpp"
#include "customers/customer_service.hpp"
#include "customers/site_service.hpp"
#include "customers/sql/sql_customer_repository.hpp"
#include "dealers/dealer.hpp"
#include "geo/division_service.hpp"
#include "policy/policy_service.hpp"

namespace kefu::customers {

/// Owns the customer and site repositories and services; jobs and expenses locate sites through
/// sites().
class CustomersModule final : public app::Module {
public:
    CustomersModule(const app::Core& core,
                    geo::DivisionService& divisions,
                    policy::PolicyReader& policy,
                    dealers::DealerService& dealer_service,
                    dealers::DealerRepository& dealer_repository);
    std::string_view name() const override { return "customers"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;

    CustomerService& customers() { return customers_; }
    SiteService& sites() { return sites_; }
    CustomerRepository& customer_repository() { return customer_repository_; }
    SiteRepository& site_repository() { return site_repository_; }

private:
    app::Core core_;
    geo::DivisionService& divisions_;
    dealers::DealerService& dealer_service_;
    SqlCustomerRepository customer_repository_;
    SqlSiteRepository site_repository_;
    CustomerService customers_;
    SiteService sites_;
};

}  // namespace kefu::customers
