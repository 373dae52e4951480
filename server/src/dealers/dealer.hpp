// Dealers: external resellers whose users see only their own records (R-SEC-2).
#pragma once

#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "platform/clock.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::dealers {

/// One of a dealer's contacts (its coordinator, warehouse, accounts …), in the dealer's order.
struct DealerContact {
    std::int64_t id = 0;  ///< 0 for a contact not stored yet
    std::string name;
    std::string phone;
    std::string title;  ///< what the person does for the dealer, e.g. 仓库; may be empty
    bool operator==(const DealerContact&) const = default;
};

/// A reseller. `contact` and `phone` are its main line; `contacts` the people behind it.
struct Dealer {
    DealerId id;
    std::string name;
    std::string contact;
    std::string phone;
    std::string city;
    std::vector<DealerContact> contacts;
    int version = 1;
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
    /// Makes `contacts` the dealer's list, in that order: a contact with an id of this dealer is
    /// updated, one without an id added, and stored contacts not in the list removed. Bumps the
    /// dealer's version if it is still `version` (ABORTED otherwise). Returns the stored dealer.
    virtual Result<Dealer> ReplaceContacts(Tx& tx,
                                           DealerId dealer,
                                           int version,
                                           const std::vector<DealerContact>& contacts) = 0;
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
    /// One dealer with its contacts. NOT_FOUND when there is none or, for a dealer's account,
    /// when it is another dealer (the same answer, so ids reveal nothing).
    Result<Dealer> Get(const auth::Principal& principal, DealerId id);
    /// The checks of SetContacts on the list alone (see CheckContacts): INVALID_ARGUMENT naming
    /// `contacts[i].field`.
    static Result<void> ValidateContacts(const std::vector<DealerContact>& contacts);
    /// Replaces the dealer's contacts (see DealerRepository::ReplaceContacts). PERMISSION_DENIED
    /// without dealer.write; NOT_FOUND; INVALID_ARGUMENT naming `contacts[i].field` (required,
    /// too_long, invalid_phone, duplicate for a phone listed twice, invalid_value for an id of
    /// another dealer's contact); ABORTED when `version` is stale.
    Result<Dealer> SetContacts(const auth::Principal& principal,
                               DealerId id,
                               int version,
                               const std::vector<DealerContact>& contacts);

private:
    DealerRepository& dealers_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::dealers
