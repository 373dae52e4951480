#include "customers/customer.hpp"

#include <set>

#include "platform/contact_rules.hpp"
#include "platform/phone.hpp"
#include "platform/text.hpp"

namespace kefu::customers {

std::vector<FieldViolation> CheckCustomerFields(const CustomerFields& f) {
    Violations v;
    if (!f.kind) v.Add("kind", "required");
    if (f.name.empty()) v.Add("name", "required");
    if (Utf8Length(f.name) > limits::kNameMax) v.Add("name", "too_long");
    if (f.phone && !IsValidPhone(*f.phone)) v.Add("phone", "invalid_phone");
    if (Utf8Length(f.notes) > limits::kNotesMax) v.Add("notes", "too_long");
    CheckContacts(f.contacts, "contacts", v);
    return v.items();
}

std::vector<FieldViolation> CheckContactIds(const std::vector<CustomerContact>& wanted,
                                            const std::vector<CustomerContact>& stored) {
    std::set<std::int64_t> known;
    for (const CustomerContact& c : stored) known.insert(c.id);
    std::vector<FieldViolation> out;
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const std::int64_t id = wanted[i].id;
        if (id == 0) continue;
        // An id listed twice would make one stored contact two entries.
        if (!known.contains(id) || !seen.insert(id).second) {
            out.push_back({"contacts[" + std::to_string(i) + "].id", "invalid_value"});
        }
    }
    return out;
}

}  // namespace kefu::customers
