#include "customers/customer_service.hpp"

#include "customers/customer_actions.hpp"

namespace kefu::customers {
namespace {

using auth::Require;

std::string IdText(CustomerId id) { return std::to_string(id.value()); }

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid customer", std::move(violations)));
}

// Only called on checked fields, so the kind is there.
Customer FromFields(const CustomerFields& f) {
    Customer c;
    c.kind = *f.kind;
    c.name = f.name;
    c.phone = f.phone;
    c.notes = f.notes;
    c.contacts = f.contacts;
    return c;
}

}  // namespace

audit::Snapshot SnapshotOf(const Customer& c) {
    std::vector<std::string> contacts;
    contacts.reserve(c.contacts.size());
    for (const CustomerContact& p : c.contacts) {
        contacts.push_back(p.title.empty() ? p.name + " " + p.phone
                                           : p.name + " " + p.phone + " (" + p.title + ")");
    }
    return {{"kind", std::string(CustomerKindName(c.kind))},
            {"name", c.name},
            {"phone", c.phone ? audit::FieldValue(*c.phone) : audit::FieldValue()},
            {"notes", c.notes},
            {"contacts", std::move(contacts)},
            {"version", static_cast<std::int64_t>(c.version)}};
}

Result<Page<Customer>> CustomerService::List(const auth::Principal& principal,
                                             const CustomerFilter& filter,
                                             const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<Page<Customer>>(
        TxMode::kRead, [&](Tx& tx) { return customers_.List(tx, filter, page); });
}

Result<Customer> CustomerService::Get(const auth::Principal& principal, CustomerId id) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<Customer>(TxMode::kRead, [&](Tx& tx) -> Result<Customer> {
        KEFU_ASSIGN_OR_RETURN(auto found, customers_.FindById(tx, id));
        if (!found) return Fail(Error::NotFound("no such customer"));
        return std::move(*found);
    });
}

Result<void> CustomerService::ValidateFields(const CustomerFields& fields) const {
    return AsInvalid(CheckCustomerFields(fields));
}

Result<Customer> CustomerService::Create(const auth::Principal& principal,
                                         const CustomerFields& fields) {
    KEFU_TRY(Require(principal, actions::kWrite));
    std::vector<FieldViolation> violations = CheckCustomerFields(fields);
    // A new customer has no contacts yet, so any id is one the client made up.
    for (const FieldViolation& v : CheckContactIds(fields.contacts, {})) violations.push_back(v);
    KEFU_TRY(AsInvalid(std::move(violations)));
    const Customer customer = FromFields(fields);
    return transactions_.Run<Customer>(TxMode::kWrite, [&](Tx& tx) -> Result<Customer> {
        KEFU_ASSIGN_OR_RETURN(Customer stored, customers_.Insert(tx, customer, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kCreate, IdText(stored.id), std::nullopt, SnapshotOf(stored)}));
        return stored;
    });
}

Result<Customer> CustomerService::Update(const auth::Principal& principal,
                                         CustomerId id,
                                         const CustomerFields& fields,
                                         int version) {
    KEFU_TRY(Require(principal, actions::kWrite));
    KEFU_TRY(ValidateFields(fields));
    return transactions_.Run<Customer>(TxMode::kWrite, [&](Tx& tx) -> Result<Customer> {
        KEFU_ASSIGN_OR_RETURN(auto before, customers_.FindById(tx, id));
        if (!before) return Fail(Error::NotFound("no such customer"));
        if (before->version != version) {
            return Fail(Error::Aborted("someone else changed this customer; reload and try again"));
        }
        KEFU_TRY(AsInvalid(CheckContactIds(fields.contacts, before->contacts)));
        Customer after = FromFields(fields);
        after.id = id;
        after.version = version;
        KEFU_ASSIGN_OR_RETURN(Customer stored, customers_.Update(tx, after, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kUpdate, IdText(id), SnapshotOf(*before), SnapshotOf(stored)}));
        return stored;
    });
}

}  // namespace kefu::customers
