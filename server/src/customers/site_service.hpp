// Use cases of sites: create, read, update and list them under the dealer record rule, and
// locate one for other capabilities (jobs, expenses): its division, place class and whether it
// lies in the local area (R-JOB-1, R-EXP-2, R-EXP-5, R-SEC-2).
#pragma once

#include <string>
#include <string_view>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "customers/customer_repository.hpp"
#include "customers/site_repository.hpp"
#include "dealers/dealer.hpp"
#include "geo/division_service.hpp"
#include "platform/clock.hpp"
#include "policy/policy_key.hpp"
#include "policy/policy_service.hpp"

namespace kefu::customers {

/// The policy key naming the local area (R-EXP-2): a division code, 370100 济南市 by default.
inline constexpr std::string_view kLocalAreaKey = "geo.local_area_division";

/// Its declaration: a division code anywhere in mainland China, set by the department head.
inline constexpr policy::PolicyKeySpec kLocalAreaSpec{
    kLocalAreaKey, policy::Unit::kDivisionCode, 110000, 829999, policy::PolicyOwner::kDepartment};

/// A site with what its division says about it.
struct LocatedSite {
    Site site;
    std::string division_name;  ///< "山东省 济南市 历下区"
    geo::PlaceClass place_class = geo::PlaceClass::kOther;
    bool local = false;  ///< within the policy's local area on the day asked about
};

/// The site service. Record rule (R-SEC-2): a dealer's account reads, creates and edits only
/// its own dealer's sites; another dealer's site answers NOT_FOUND, as a missing id does.
class SiteService {
public:
    SiteService(SiteRepository& sites,
                CustomerRepository& customers,
                dealers::DealerRepository& dealers,
                geo::DivisionService& divisions,
                policy::PolicyReader& policy,
                TransactionRunner& transactions,
                audit::AuditLog& audit,
                const Clock& clock)
        : sites_(sites),
          customers_(customers),
          dealers_(dealers),
          divisions_(divisions),
          policy_(policy),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// The site, its division's name, place class and local flag by today's policy, inside the
    /// caller's transaction (no permission check: the caller applies its own record rules).
    /// NOT_FOUND for an unknown id.
    Result<LocatedSite> Locate(Tx& tx, SiteId id);
    /// The same with the local area in force on `on` (the date of the job or the claim).
    Result<LocatedSite> Locate(Tx& tx, SiteId id, Date on);

    /// PERMISSION_DENIED without site.read; a dealer's account gets its own dealer's sites only.
    Result<Page<LocatedSite>> List(const auth::Principal& principal,
                                   const SiteFilter& filter,
                                   const PageRequest& page);
    /// PERMISSION_DENIED without site.read; NOT_FOUND (also for another dealer's site).
    Result<LocatedSite> Get(const auth::Principal& principal, SiteId id);
    /// The field checks alone: INVALID_ARGUMENT with every violation (see CheckSiteFields); a
    /// dealer's account needs to name no dealer (its own is meant).
    Result<void> ValidateFields(const auth::Principal& principal, const SiteFields& fields) const;
    /// Adds a site. PERMISSION_DENIED without site.write; INVALID_ARGUMENT with every violation,
    /// including customerId / dealerId invalid_value (unknown, or not the caller's own dealer)
    /// and divisionCode invalid_value, has_children or inactive. A dealer's account that names
    /// no dealer gets its own.
    Result<LocatedSite> Create(const auth::Principal& principal, const SiteFields& fields);
    /// Replaces the site's fields. As Create, plus NOT_FOUND and ABORTED (stale version).
    Result<LocatedSite> Update(const auth::Principal& principal,
                               SiteId id,
                               const SiteFields& fields,
                               int version);

private:
    /// Checks the fields and resolves references and the division into `site`; INVALID_ARGUMENT
    /// naming every bad field, those the lookups found included.
    Result<void> Resolve(Tx& tx,
                         const auth::Principal& principal,
                         const SiteFields& fields,
                         Site& site);
    Result<LocatedSite> Describe(Tx& tx, Site site, std::int64_t local_area);

    SiteRepository& sites_;
    CustomerRepository& customers_;
    dealers::DealerRepository& dealers_;
    geo::DivisionService& divisions_;
    policy::PolicyReader& policy_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

/// The audit snapshot of a site.
audit::Snapshot SnapshotOf(const Site& site);

}  // namespace kefu::customers
