#include "dealers/dealer.hpp"

#include "dealers/dealer_actions.hpp"
#include "platform/contact_rules.hpp"
#include "platform/phone.hpp"
#include "platform/text.hpp"

namespace kefu::dealers {
namespace {

audit::Snapshot SnapshotOf(const Dealer& d) {
    std::vector<std::string> contacts;
    contacts.reserve(d.contacts.size());
    for (const DealerContact& c : d.contacts) {
        contacts.push_back(c.title.empty() ? c.name + " " + c.phone
                                           : c.name + " " + c.phone + " (" + c.title + ")");
    }
    return {{"name", d.name},
            {"contact", d.contact},
            {"phone", d.phone},
            {"city", d.city},
            {"contacts", std::move(contacts)},
            {"version", static_cast<std::int64_t>(d.version)}};
}

}  // namespace

Result<Page<Dealer>> DealerService::List(const auth::Principal& principal,
                                         const PageRequest& page) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    std::optional<DealerId> only;
    // A dealer user's rows are limited to its own dealer, whatever else it asks for.
    if (auth::IsExternal(principal)) {
        if (!principal.dealer_id) return Page<Dealer>{{}, 0, page.page, page.page_size};
        only = principal.dealer_id;
    }
    return transactions_.Run<Page<Dealer>>(TxMode::kRead,
                                           [&](Tx& tx) { return dealers_.List(tx, only, page); });
}

Result<Dealer> DealerService::Create(const auth::Principal& principal, const DealerInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kWrite));
    Violations v;
    auto text = [&](std::string_view field, const std::string& value, std::size_t max) {
        if (value.empty()) v.Add(std::string(field), "required");
        if (Utf8Length(value) > max) v.Add(std::string(field), "too_long");
    };
    text("name", input.name, 100);
    text("contact", input.contact, 50);
    if (!IsValidPhone(input.phone))
        v.Add("phone", input.phone.empty() ? "required" : "invalid_phone");
    text("city", input.city, 50);
    KEFU_TRY(v.ToResult());
    Dealer dealer;
    dealer.name = input.name;
    dealer.contact = input.contact;
    dealer.phone = input.phone;
    dealer.city = input.city;
    return transactions_.Run<Dealer>(TxMode::kWrite, [&](Tx& tx) -> Result<Dealer> {
        auto stored = DuplicateAsViolation(
            dealers_.Insert(tx, dealer, clock_.Now()), "name", "a dealer with this name exists");
        if (!stored) return stored;
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kCreate,
                                std::to_string(stored->id.value()),
                                std::nullopt,
                                SnapshotOf(*stored)}));
        return stored;
    });
}

Result<std::optional<Dealer>> DealerService::FindByName(std::string_view name) {
    return transactions_.Run<std::optional<Dealer>>(
        TxMode::kRead, [&](Tx& tx) { return dealers_.FindByName(tx, name); });
}

Result<Dealer> DealerService::Get(const auth::Principal& principal, DealerId id) {
    // Another dealer's record answers as a missing one: its id tells a dealer nothing. The
    // system principal holds every role, the dealer's too, yet is no dealer's account.
    if (!principal.system && !CanSeeDealer(principal, id)) {
        if (auth::IsExternal(principal)) return Fail(Error::NotFound("no such dealer"));
        KEFU_TRY(auth::Require(principal, actions::kRead));
    }
    return transactions_.Run<Dealer>(TxMode::kRead, [&](Tx& tx) -> Result<Dealer> {
        KEFU_ASSIGN_OR_RETURN(auto found, dealers_.FindById(tx, id));
        if (!found) return Fail(Error::NotFound("no such dealer"));
        return std::move(*found);
    });
}

Result<void> DealerService::ValidateContacts(const std::vector<DealerContact>& contacts) {
    Violations v;
    CheckContacts(contacts, "contacts", v);
    return v.ToResult();
}

Result<Dealer> DealerService::SetContacts(const auth::Principal& principal,
                                          DealerId id,
                                          int version,
                                          const std::vector<DealerContact>& contacts) {
    KEFU_TRY(auth::Require(principal, actions::kWrite));
    KEFU_TRY(ValidateContacts(contacts));
    return transactions_.Run<Dealer>(TxMode::kWrite, [&](Tx& tx) -> Result<Dealer> {
        KEFU_ASSIGN_OR_RETURN(auto before, dealers_.FindById(tx, id));
        if (!before) return Fail(Error::NotFound("no such dealer"));
        if (before->version != version) {
            return Fail(Error::Aborted("someone else changed this dealer; reload and try again"));
        }
        // An id names a contact of this dealer; anything else is not one the client read here.
        Violations ids;
        for (std::size_t i = 0; i < contacts.size(); ++i) {
            if (contacts[i].id == 0) continue;
            bool known = false;
            for (const DealerContact& stored : before->contacts)
                known |= stored.id == contacts[i].id;
            if (!known) ids.Add("contacts[" + std::to_string(i) + "].id", "invalid_value");
        }
        KEFU_TRY(ids.ToResult());
        KEFU_ASSIGN_OR_RETURN(Dealer after, dealers_.ReplaceContacts(tx, id, version, contacts));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kUpdate, std::to_string(id.value()), SnapshotOf(*before), SnapshotOf(after)}));
        return after;
    });
}

}  // namespace kefu::dealers
