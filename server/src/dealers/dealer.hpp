// Dealers: external resellers whose users see only their own records (R-SEC-2).
#pragma once

#include <string>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "platform/clock.hpp"
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
    virtual Result<std::optional<Dealer>> FindById(Tx& tx, DealerId id) = 0;
    virtual Result<Dealer> Insert(Tx& tx, const Dealer& dealer, Timestamp at) = 0;
};

/// A new dealer as the API receives it.
struct DealerInput {
    std::string name;
    std::string contact;
    std::string phone;
    std::string city;
};

/// Dealers through the record rule: a dealer user sees only its own dealer.
class DealerService {
public:
    DealerService(DealerRepository& dealers,
                  TransactionRunner& transactions,
                  audit::AuditLog& audit,
                  const Clock& clock)
        : dealers_(dealers), transactions_(transactions), audit_(audit), clock_(clock) {}
    /// PERMISSION_DENIED without dealer.read.
    Result<Page<Dealer>> List(const auth::Principal& principal, const PageRequest& page);
    /// Adds a dealer. PERMISSION_DENIED without dealer.write; INVALID_ARGUMENT with every
    /// violation (required, too_long, invalid_phone); ALREADY_EXISTS (name: duplicate).
    Result<Dealer> Create(const auth::Principal& principal, const DealerInput& input);
    /// The dealer with exactly this name, if any (no permission check: for the demo loader).
    Result<std::optional<Dealer>> FindByName(std::string_view name);

private:
    DealerRepository& dealers_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::dealers
