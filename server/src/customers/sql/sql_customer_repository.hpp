// End customers (with contacts) and sites on SQL.
#pragma once

#include "customers/customer_repository.hpp"
#include "customers/site_repository.hpp"

namespace kefu::customers {

/// CustomerRepository over SOCI; a customer and its contacts load in one query.
class SqlCustomerRepository final : public CustomerRepository {
public:
    Result<std::optional<Customer>> FindById(Tx& tx, CustomerId id) override;
    Result<Page<Customer>> List(Tx& tx,
                                const CustomerFilter& filter,
                                const PageRequest& page) override;
    Result<Customer> Insert(Tx& tx, const Customer& customer, Timestamp at) override;
    Result<Customer> Update(Tx& tx, const Customer& customer, Timestamp at) override;
};

/// SiteRepository over SOCI.
class SqlSiteRepository final : public SiteRepository {
public:
    Result<std::optional<Site>> FindById(Tx& tx, SiteId id) override;
    Result<Page<Site>> List(Tx& tx, const SiteFilter& filter, const PageRequest& page) override;
    Result<Site> Insert(Tx& tx, const Site& site, Timestamp at) override;
    Result<Site> Update(Tx& tx, const Site& site, Timestamp at) override;
};

}  // namespace kefu::customers
