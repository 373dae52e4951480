#include "dealers/dealer.hpp"

namespace kefu::dealers {

Result<Page<Dealer>> DealerService::List(const auth::Principal& principal,
                                         const PageRequest& page) {
    KEFU_TRY(auth::Require(principal, auth::Action::kDealerRead));
    std::optional<DealerId> only;
    // A dealer user's rows are limited to its own dealer, whatever else it asks for.
    if (principal.roles.Has(auth::Role::kDealer)) {
        if (!principal.dealer_id) return Page<Dealer>{{}, 0, page.page, page.page_size};
        only = principal.dealer_id;
    }
    return transactions_.Run<Page<Dealer>>(TxMode::kRead,
                                           [&](Tx& tx) { return dealers_.List(tx, only, page); });
}

}  // namespace kefu::dealers
