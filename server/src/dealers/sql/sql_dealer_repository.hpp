// Dealers and their contacts on SQL.
#pragma once

#include "dealers/dealer.hpp"

namespace kefu::dealers {

/// DealerRepository over SOCI; a dealer and its contacts load in one query.
class SqlDealerRepository final : public DealerRepository {
public:
    Result<Page<Dealer>> List(Tx& tx,
                              std::optional<DealerId> only,
                              const PageRequest& page) override;
    Result<std::optional<Dealer>> FindByName(Tx& tx, std::string_view name) override;
    Result<std::optional<Dealer>> FindById(Tx& tx, DealerId id) override;
    Result<Dealer> Insert(Tx& tx, const Dealer& dealer, Timestamp at) override;
    Result<Dealer> ReplaceContacts(Tx& tx,
                                   DealerId dealer,
                                   int version,
                                   const std::vector<DealerContact>& contacts) override;
};

}  // namespace kefu::dealers
