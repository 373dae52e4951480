// The rules of a list of contacts (a dealer's, an end customer's): the same fields, limits and
// reasons wherever a capability keeps people to call.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "platform/error.hpp"
#include "platform/phone.hpp"
#include "platform/text.hpp"

namespace kefu {

/// Limits of a contact list, in characters (what a user counts) and entries.
inline constexpr std::size_t kContactNameMax = 50;
inline constexpr std::size_t kContactTitleMax = 30;
inline constexpr std::size_t kMaxContacts = 20;

/// Checks a list of contacts named `field` in the request ("contacts"): each needs a name (at
/// most 50 characters) and a valid phone, a title of at most 30 characters, and no phone may be
/// listed twice (the later entry gets `duplicate`). More than 20 entries: too_many_items.
/// `Contact` has `name`, `phone` and `title` strings.
template <class Contact>
void CheckContacts(const std::vector<Contact>& contacts, std::string_view field, Violations& v) {
    const std::string list(field);
    if (contacts.size() > kMaxContacts) {
        v.Add(list, "too_many_items");
        return;
    }
    std::map<std::string, std::size_t, std::less<>> phones;
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        const Contact& c = contacts[i];
        const std::string at = list + "[" + std::to_string(i) + "].";
        if (c.name.empty()) v.Add(at + "name", "required");
        if (Utf8Length(c.name) > kContactNameMax) v.Add(at + "name", "too_long");
        if (c.phone.empty()) {
            v.Add(at + "phone", "required");
        } else if (!IsValidPhone(c.phone)) {
            v.Add(at + "phone", "invalid_phone");
        } else if (!phones.emplace(c.phone, i).second) {
            v.Add(at + "phone", "duplicate");
        }
        if (Utf8Length(c.title) > kContactTitleMax) v.Add(at + "title", "too_long");
    }
}

}  // namespace kefu
