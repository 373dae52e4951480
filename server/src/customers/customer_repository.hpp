// Port: storage of end customers with their contacts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "customers/customer.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::customers {

/// Filters of the customer list; empty fields match everything.
struct CustomerFilter {
    std::string query;  ///< part of the name or phone, of the customer or one of its contacts
    std::optional<CustomerKind> kind;
};

/// End customers; a customer and its contacts load in one query.
class CustomerRepository {
public:
    virtual ~CustomerRepository() = default;
    virtual Result<std::optional<Customer>> FindById(Tx& tx, CustomerId id) = 0;
    /// By name, then id.
    virtual Result<Page<Customer>> List(Tx& tx,
                                        const CustomerFilter& filter,
                                        const PageRequest& page) = 0;
    /// Stores a new customer with its contacts (their ids are assigned).
    virtual Result<Customer> Insert(Tx& tx, const Customer& customer, Timestamp at) = 0;
    /// Writes every field if the version is still `customer.version` (ABORTED otherwise). The
    /// contacts become the list given: those with an id of this customer are updated, those
    /// without added, stored ones not listed removed. Returns the stored customer.
    virtual Result<Customer> Update(Tx& tx, const Customer& customer, Timestamp at) = 0;
};

}  // namespace kefu::customers
