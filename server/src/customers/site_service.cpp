#include "customers/site_service.hpp"

#include <map>

#include "customers/customer_actions.hpp"

namespace kefu::customers {
namespace {

using auth::Require;

std::string IdText(SiteId id) { return std::to_string(id.value()); }

// A dealer's account (R-SEC-2). The system principal (CLI, demo) holds every role, the dealer's
// too, yet acts for no dealer.
bool IsDealerAccount(const auth::Principal& principal) {
    return auth::IsExternal(principal) && !principal.system;
}

// A dealer's account sees the sites of its own dealer; internal roles with site.read see all.
bool CanSeeSite(const auth::Principal& principal, const Site& site) {
    if (IsDealerAccount(principal)) {
        return principal.dealer_id && site.dealer_id == principal.dealer_id;
    }
    return principal.Can(actions::kSiteRead);
}

Error NoSuchSite() { return Error::NotFound("no such site"); }

// Divisions of one answer, each looked up once (a page of sites shares a few districts).
class PlaceCache {
public:
    explicit PlaceCache(geo::DivisionService& divisions) : divisions_(divisions) {}

    Result<const geo::DivisionPlace*> Get(Tx& tx, int code) {
        auto it = places_.find(code);
        if (it == places_.end()) {
            const auto parsed = geo::DivisionCode::FromNumber(code);
            if (!parsed) return Fail(Error::Internal("a site's division code is out of range"));
            KEFU_ASSIGN_OR_RETURN(geo::DivisionPlace place, divisions_.Locate(tx, *parsed));
            it = places_.emplace(code, std::move(place)).first;
        }
        return &it->second;
    }

private:
    geo::DivisionService& divisions_;
    std::map<int, geo::DivisionPlace> places_;
};

LocatedSite DescribeSite(Site site, const geo::DivisionPlace& place, std::int64_t local_area) {
    std::vector<std::string> names;
    names.reserve(place.ancestors.size() + 1);
    for (const geo::Division& a : place.ancestors) names.push_back(a.name);
    names.push_back(place.division.name);
    LocatedSite out;
    out.division_name = DivisionNameOf(names);
    out.place_class = place.place_class;
    out.local = IsLocal(place.division.code, local_area);
    out.site = std::move(site);
    return out;
}

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid site", std::move(violations)));
}

}  // namespace

audit::Snapshot SnapshotOf(const Site& s) {
    auto optional_int = [](const auto& v) {
        return v ? audit::FieldValue(static_cast<std::int64_t>(*v)) : audit::FieldValue();
    };
    return {
        {"customerId",
         optional_int(s.customer_id ? std::optional(s.customer_id->value()) : std::nullopt)},
        {"dealerId",
         optional_int(s.dealer_id ? std::optional(s.dealer_id->value()) : std::nullopt)},
        {"divisionCode", static_cast<std::int64_t>(s.division_code)},
        {"street", s.street},
        {"latE6", static_cast<std::int64_t>(s.lat_e6)},
        {"lngE6", static_cast<std::int64_t>(s.lng_e6)},
        {"approximate", s.approximate},
        {"floor", optional_int(s.floor)},
        {"hasLift", s.has_lift ? audit::FieldValue(*s.has_lift) : audit::FieldValue()},
        {"accessNotes", s.access_notes ? audit::FieldValue(*s.access_notes) : audit::FieldValue()},
        {"version", static_cast<std::int64_t>(s.version)}};
}

Result<LocatedSite> SiteService::Describe(Tx& tx, Site site, std::int64_t local_area) {
    PlaceCache places(divisions_);
    KEFU_ASSIGN_OR_RETURN(const geo::DivisionPlace* place, places.Get(tx, site.division_code));
    return DescribeSite(std::move(site), *place, local_area);
}

Result<LocatedSite> SiteService::Locate(Tx& tx, SiteId id) {
    return Locate(tx, id, clock_.Today());
}

Result<LocatedSite> SiteService::Locate(Tx& tx, SiteId id, Date on) {
    KEFU_ASSIGN_OR_RETURN(auto found, sites_.FindById(tx, id));
    if (!found) return Fail(NoSuchSite());
    KEFU_ASSIGN_OR_RETURN(std::int64_t local_area, policy_.ValueOn(tx, kLocalAreaKey, on));
    return Describe(tx, std::move(*found), local_area);
}

Result<Page<LocatedSite>> SiteService::List(const auth::Principal& principal,
                                            const SiteFilter& filter,
                                            const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kSiteRead));
    SiteFilter bounded = filter;
    // A dealer's rows are limited to its own dealer, whatever else it asks for.
    if (IsDealerAccount(principal)) {
        if (!principal.dealer_id) return Page<LocatedSite>{{}, 0, page.page, page.page_size};
        if (bounded.dealer_id && bounded.dealer_id != principal.dealer_id) {
            return Page<LocatedSite>{{}, 0, page.page, page.page_size};
        }
        bounded.dealer_id = principal.dealer_id;
    }
    const Date today = clock_.Today();
    return transactions_.Run<Page<LocatedSite>>(
        TxMode::kRead, [&](Tx& tx) -> Result<Page<LocatedSite>> {
            KEFU_ASSIGN_OR_RETURN(Page<Site> sites, sites_.List(tx, bounded, page));
            KEFU_ASSIGN_OR_RETURN(std::int64_t local_area,
                                  policy_.ValueOn(tx, kLocalAreaKey, today));
            PlaceCache places(divisions_);
            Page<LocatedSite> out;
            out.total = sites.total;
            out.page = sites.page;
            out.page_size = sites.page_size;
            for (Site& s : sites.items) {
                KEFU_ASSIGN_OR_RETURN(const geo::DivisionPlace* place,
                                      places.Get(tx, s.division_code));
                out.items.push_back(DescribeSite(std::move(s), *place, local_area));
            }
            return out;
        });
}

Result<LocatedSite> SiteService::Get(const auth::Principal& principal, SiteId id) {
    KEFU_TRY(Require(principal, actions::kSiteRead));
    return transactions_.Run<LocatedSite>(TxMode::kRead, [&](Tx& tx) -> Result<LocatedSite> {
        KEFU_ASSIGN_OR_RETURN(LocatedSite located, Locate(tx, id));
        if (!CanSeeSite(principal, located.site)) return Fail(NoSuchSite());
        return located;
    });
}

Result<void> SiteService::ValidateFields(const auth::Principal& principal,
                                         const SiteFields& fields) const {
    SiteFields checked = fields;
    if (IsDealerAccount(principal) && !checked.dealer_id) checked.dealer_id = principal.dealer_id;
    return AsInvalid(CheckSiteFields(checked));
}

Result<void> SiteService::Resolve(Tx& tx,
                                  const auth::Principal& principal,
                                  const SiteFields& fields,
                                  Site& site) {
    // The fields' own problems and those found by looking things up go out in one answer.
    SiteFields own = fields;
    if (IsDealerAccount(principal) && !own.dealer_id) own.dealer_id = principal.dealer_id;
    std::vector<FieldViolation> violations = CheckSiteFields(own);
    const bool external = IsDealerAccount(principal);
    site.customer_id = fields.customer_id;
    site.dealer_id = fields.dealer_id;
    if (external && !site.dealer_id) site.dealer_id = principal.dealer_id;
    if (site.customer_id) {
        // End customers are internal records: a dealer cannot name one, so it learns nothing.
        KEFU_ASSIGN_OR_RETURN(auto customer, customers_.FindById(tx, *site.customer_id));
        if (!customer || external) violations.push_back({"customerId", "invalid_value"});
    }
    if (site.dealer_id) {
        KEFU_ASSIGN_OR_RETURN(auto dealer, dealers_.FindById(tx, *site.dealer_id));
        const bool foreign = external && site.dealer_id != principal.dealer_id;
        if (!dealer || foreign) violations.push_back({"dealerId", "invalid_value"});
    }
    const auto code = geo::DivisionCode::Parse(fields.division_code);
    if (code) {
        auto place = divisions_.Locate(tx, *code);
        if (!place && place.error().code() != ErrorCode::kNotFound) return Fail(place.error());
        if (!place) {
            violations.push_back({"divisionCode", "invalid_value"});
        } else if (auto refusal = DivisionRefusal(place->division)) {
            violations.push_back({"divisionCode", std::string(*refusal)});
        } else {
            const SitePoint point = ResolvePoint(fields.lat_e6, fields.lng_e6, place->division);
            site.division_code = code->value();
            site.lat_e6 = point.lat_e6;
            site.lng_e6 = point.lng_e6;
            site.approximate = point.approximate;
        }
    }
    KEFU_TRY(AsInvalid(std::move(violations)));
    site.street = fields.street;
    site.floor = fields.floor ? std::optional<int>(static_cast<int>(*fields.floor)) : std::nullopt;
    site.has_lift = fields.has_lift;
    site.access_notes = fields.access_notes;
    return {};
}

Result<LocatedSite> SiteService::Create(const auth::Principal& principal,
                                        const SiteFields& fields) {
    KEFU_TRY(Require(principal, actions::kSiteWrite));
    const Date today = clock_.Today();
    return transactions_.Run<LocatedSite>(TxMode::kWrite, [&](Tx& tx) -> Result<LocatedSite> {
        Site site;
        KEFU_TRY(Resolve(tx, principal, fields, site));
        KEFU_ASSIGN_OR_RETURN(Site stored, sites_.Insert(tx, site, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kSiteCreate, IdText(stored.id), std::nullopt, SnapshotOf(stored)}));
        KEFU_ASSIGN_OR_RETURN(std::int64_t local_area, policy_.ValueOn(tx, kLocalAreaKey, today));
        return Describe(tx, std::move(stored), local_area);
    });
}

Result<LocatedSite> SiteService::Update(const auth::Principal& principal,
                                        SiteId id,
                                        const SiteFields& fields,
                                        int version) {
    KEFU_TRY(Require(principal, actions::kSiteWrite));
    const Date today = clock_.Today();
    return transactions_.Run<LocatedSite>(TxMode::kWrite, [&](Tx& tx) -> Result<LocatedSite> {
        KEFU_ASSIGN_OR_RETURN(auto before, sites_.FindById(tx, id));
        if (!before || !CanSeeSite(principal, *before)) return Fail(NoSuchSite());
        if (before->version != version) {
            return Fail(Error::Aborted("someone else changed this site; reload and try again"));
        }
        Site after = *before;
        KEFU_TRY(Resolve(tx, principal, fields, after));
        KEFU_ASSIGN_OR_RETURN(Site stored, sites_.Update(tx, after, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kSiteUpdate, IdText(id), SnapshotOf(*before), SnapshotOf(stored)}));
        KEFU_ASSIGN_OR_RETURN(std::int64_t local_area, policy_.ValueOn(tx, kLocalAreaKey, today));
        return Describe(tx, std::move(stored), local_area);
    });
}

}  // namespace kefu::customers
