// Dealers on SQL.
#pragma once

#include "dealers/dealer.hpp"

namespace kefu::dealers {

/// DealerRepository over SOCI.
class SqlDealerRepository final : public DealerRepository {
public:
    Result<Page<Dealer>> List(Tx& tx,
                              std::optional<DealerId> only,
                              const PageRequest& page) override;
    Result<std::optional<Dealer>> FindByName(Tx& tx, std::string_view name) override;
    Result<std::optional<Dealer>> FindById(Tx& tx, DealerId id) override;
    Result<Dealer> Insert(Tx& tx, const Dealer& dealer, Timestamp at) override;
};

}  // namespace kefu::dealers
