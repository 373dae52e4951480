// Dealers: external resellers whose users see only their own records (R-SEC-2).
#pragma once

#include <string>

#include "auth/permission.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::dealers {

/// A reseller.
struct Dealer {
    DealerId id;
    std::string name;
    std::string contact;
    std::string phone;
    std::string city;
};

/// Port: dealer storage.
class DealerRepository {
public:
    virtual ~DealerRepository() = default;
    /// All dealers, or only `only` when set, by name.
    virtual Result<Page<Dealer>> List(Tx& tx,
                                      std::optional<DealerId> only,
                                      const PageRequest& page) = 0;
    virtual Result<std::optional<Dealer>> FindByName(Tx& tx, std::string_view name) = 0;
    virtual Result<Dealer> Insert(Tx& tx, const Dealer& dealer, Timestamp at) = 0;
};

/// Lists dealers through the record rule: a dealer user sees only its own dealer.
class DealerService {
public:
    DealerService(DealerRepository& dealers, TransactionRunner& transactions)
        : dealers_(dealers), transactions_(transactions) {}
    /// PERMISSION_DENIED without dealer.read.
    Result<Page<Dealer>> List(const auth::Principal& principal, const PageRequest& page);

private:
    DealerRepository& dealers_;
    TransactionRunner& transactions_;
};

}  // namespace kefu::dealers
