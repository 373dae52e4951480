// Use cases of end customers: list and search, read, create, update with contacts.
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "customers/customer_repository.hpp"
#include "platform/clock.hpp"

namespace kefu::customers {

/// The customer service: every path to end customers goes through its permission checks.
class CustomerService {
public:
    CustomerService(CustomerRepository& customers,
                    TransactionRunner& transactions,
                    audit::AuditLog& audit,
                    const Clock& clock)
        : customers_(customers), transactions_(transactions), audit_(audit), clock_(clock) {}

    /// PERMISSION_DENIED without customer.read.
    Result<Page<Customer>> List(const auth::Principal& principal,
                                const CustomerFilter& filter,
                                const PageRequest& page);
    /// PERMISSION_DENIED without customer.read; NOT_FOUND.
    Result<Customer> Get(const auth::Principal& principal, CustomerId id);
    /// The field checks of Create/Update alone: INVALID_ARGUMENT with every violation (see
    /// CheckCustomerFields).
    Result<void> ValidateFields(const CustomerFields& fields) const;
    /// Adds a customer with its contacts. PERMISSION_DENIED without customer.write;
    /// INVALID_ARGUMENT with every violation (contacts[i].id: invalid_value for any id).
    Result<Customer> Create(const auth::Principal& principal, const CustomerFields& fields);
    /// Replaces the customer's fields and contacts (kept by id). As Create, plus NOT_FOUND,
    /// ABORTED (stale version) and contacts[i].id: invalid_value for an id not of this customer.
    Result<Customer> Update(const auth::Principal& principal,
                            CustomerId id,
                            const CustomerFields& fields,
                            int version);

private:
    CustomerRepository& customers_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

/// The audit snapshot of a customer (contacts as "name phone (title)").
audit::Snapshot SnapshotOf(const Customer& customer);

}  // namespace kefu::customers
