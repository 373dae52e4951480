#include "dealers/dealer.hpp"

#include "dealers/dealer_actions.hpp"
#include "platform/phone.hpp"
#include "platform/text.hpp"

namespace kefu::dealers {

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
    const Dealer dealer{DealerId(), input.name, input.contact, input.phone, input.city};
    return transactions_.Run<Dealer>(TxMode::kWrite, [&](Tx& tx) -> Result<Dealer> {
        auto stored = DuplicateAsViolation(
            dealers_.Insert(tx, dealer, clock_.Now()), "name", "a dealer with this name exists");
        if (!stored) return stored;
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kCreate,
                                std::to_string(stored->id.value()),
                                std::nullopt,
                                audit::Snapshot{{"name", stored->name},
                                                {"contact", stored->contact},
                                                {"phone", stored->phone},
                                                {"city", stored->city}}}));
        return stored;
    });
}

Result<std::optional<Dealer>> DealerService::FindByName(std::string_view name) {
    return transactions_.Run<std::optional<Dealer>>(
        TxMode::kRead, [&](Tx& tx) { return dealers_.FindByName(tx, name); });
}

}  // namespace kefu::dealers
