// End customers: the companies and people the department delivers to and installs for, with the
// people to call (issue 9 item 1, R-JOB-1).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::customers {

struct CustomerTag {};
using CustomerId = StrongId<CustomerTag>;  ///< an end customer

/// Whether the customer is an organisation or a private person.
enum class CustomerKind { kCompany, kPerson };

inline constexpr auto kCustomerKindNames = MakeEnumNames<CustomerKind>(
    {{CustomerKind::kCompany, "company"}, {CustomerKind::kPerson, "person"}});

/// "company" or "person".
inline std::string_view CustomerKindName(CustomerKind kind) {
    return kCustomerKindNames.Name(kind);
}

/// One person to call at a customer, in the customer's order.
struct CustomerContact {
    std::int64_t id = 0;  ///< 0 for a contact not stored yet
    std::string name;
    std::string phone;
    std::string title;  ///< e.g. 行政主管; may be empty
    bool operator==(const CustomerContact&) const = default;
};

/// An end customer as stored.
struct Customer {
    CustomerId id;
    CustomerKind kind = CustomerKind::kCompany;
    std::string name;
    std::optional<std::string> phone;  ///< the main line, when there is one
    std::string notes;                 ///< free text; may be empty
    std::vector<CustomerContact> contacts;
    int version = 1;
};

/// Limits of a customer's fields, in characters.
namespace limits {
inline constexpr std::size_t kNameMax = 100;
inline constexpr std::size_t kNotesMax = 1000;
}  // namespace limits

/// A customer as the API receives it (create or update); `kind` is nullopt when missing.
struct CustomerFields {
    std::optional<CustomerKind> kind;
    std::string name;
    std::optional<std::string> phone;
    std::string notes;
    std::vector<CustomerContact> contacts;
};

/// The violations of a customer's fields: kind required; name required, too_long; phone
/// invalid_phone; notes too_long; contacts[i].* as CheckContacts.
std::vector<FieldViolation> CheckCustomerFields(const CustomerFields& fields);

/// Which ids of `wanted` are not ids of `stored` (contacts of another customer, or made up):
/// one `contacts[i].id: invalid_value` each.
std::vector<FieldViolation> CheckContactIds(const std::vector<CustomerContact>& wanted,
                                            const std::vector<CustomerContact>& stored);

}  // namespace kefu::customers
