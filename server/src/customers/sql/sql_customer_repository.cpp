#include "customers/sql/sql_customer_repository.hpp"

#include <set>

#include "customers/sql/customer_queries.hpp"
#include "db/database.hpp"
#include "db/like_pattern.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"

namespace kefu::customers {
namespace {

// The columns of every customer query: the customer, then one contact (NULL when none).
struct CustomerRow {
    long long id = 0;
    std::string kind;
    std::string name;
    std::optional<std::string> phone;
    std::string notes;
    int version = 0;
    std::optional<long long> contact_id;
    std::optional<std::string> contact_name;
    std::optional<std::string> contact_phone;
    std::optional<std::string> contact_title;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(kind));
        st.exchange(soci::into(name));
        st.exchange(soci::into(phone));
        st.exchange(soci::into(notes));
        st.exchange(soci::into(version));
        st.exchange(soci::into(contact_id));
        st.exchange(soci::into(contact_name));
        st.exchange(soci::into(contact_phone));
        st.exchange(soci::into(contact_title));
    }
};

// Runs a customer query and folds its rows (one per contact, in order) into customers.
template <class Binder>
Result<std::vector<Customer>> FetchCustomers(soci::session& session,
                                             std::string_view sql,
                                             Binder bind) {
    CustomerRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<Customer> out;
    while (st.fetch()) {
        if (out.empty() || out.back().id.value() != row.id) {
            db::RowDecoder decode("customers", row.id);
            Customer c;
            c.id = CustomerId(row.id);
            c.kind = decode.Take(kCustomerKindNames.Parse(row.kind), "kind", row.kind);
            c.name = row.name;
            c.phone = row.phone;
            c.notes = row.notes;
            c.version = row.version;
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(c));
        }
        if (row.contact_id) {
            // The columns are NOT NULL: a contact row without them is broken, not blank.
            if (!row.contact_name || !row.contact_phone || !row.contact_title) {
                db::RowDecoder decode("customer_contacts", *row.contact_id);
                decode.Take(std::optional<std::string>(), "name/phone/title", "NULL");
                KEFU_TRY(decode.Finish());
            }
            out.back().contacts.push_back(
                {*row.contact_id, *row.contact_name, *row.contact_phone, *row.contact_title});
        }
    }
    return out;
}

// Makes the stored contacts of `customer_id` the list given (kept by id, in order).
void SaveContacts(soci::session& session,
                  long long customer_id,
                  const std::vector<CustomerContact>& contacts) {
    std::vector<long long> stored;
    soci::rowset<long long> ids = (session.prepare << std::string(queries::kListCustomerContactIds),
                                   soci::use(customer_id, "customer_id"));
    for (long long id : ids) stored.push_back(id);
    std::set<long long> kept;
    for (const CustomerContact& c : contacts) {
        if (c.id != 0) kept.insert(c.id);
    }
    for (long long id : stored) {
        if (kept.contains(id)) continue;
        session << std::string(queries::kDeleteCustomerContact), soci::use(id, "id"),
            soci::use(customer_id, "customer_id");
    }
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        const CustomerContact& c = contacts[i];
        const int position = static_cast<int>(i);
        if (c.id != 0) {
            const long long id = c.id;
            session << std::string(queries::kUpdateCustomerContact),
                soci::use(position, "position"), soci::use(c.name, "name"),
                soci::use(c.phone, "phone"), soci::use(c.title, "title"), soci::use(id, "id"),
                soci::use(customer_id, "customer_id");
        } else {
            session << std::string(queries::kInsertCustomerContact),
                soci::use(customer_id, "customer_id"), soci::use(position, "position"),
                soci::use(c.name, "name"), soci::use(c.phone, "phone"), soci::use(c.title, "title");
        }
    }
}

// The columns every site query selects, in order.
struct SiteRow {
    long long id = 0;
    std::optional<long long> customer_id;
    std::optional<long long> dealer_id;
    int division_code = 0;
    std::string street;
    int lat_e6 = 0;
    int lng_e6 = 0;
    int approximate = 0;
    std::optional<int> floor;
    std::optional<int> has_lift;
    std::optional<std::string> access_notes;
    int version = 0;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(customer_id));
        st.exchange(soci::into(dealer_id));
        st.exchange(soci::into(division_code));
        st.exchange(soci::into(street));
        st.exchange(soci::into(lat_e6));
        st.exchange(soci::into(lng_e6));
        st.exchange(soci::into(approximate));
        st.exchange(soci::into(floor));
        st.exchange(soci::into(has_lift));
        st.exchange(soci::into(access_notes));
        st.exchange(soci::into(version));
    }

    Result<Site> ToSite() const {
        db::RowDecoder decode("sites", id);
        auto flag = [](int value) {
            return value == 0   ? std::optional<bool>(false)
                   : value == 1 ? std::optional<bool>(true)
                                : std::nullopt;
        };
        Site s;
        s.id = SiteId(id);
        if (customer_id) s.customer_id = CustomerId(*customer_id);
        if (dealer_id) s.dealer_id = DealerId(*dealer_id);
        s.division_code = division_code;
        s.street = street;
        s.lat_e6 = lat_e6;
        s.lng_e6 = lng_e6;
        s.approximate = decode.Take(flag(approximate), "approximate", std::to_string(approximate));
        s.floor = floor;
        if (has_lift)
            s.has_lift = decode.Take(flag(*has_lift), "has_lift", std::to_string(*has_lift));
        s.access_notes = access_notes;
        s.version = version;
        KEFU_TRY(decode.Finish());
        return s;
    }
};

template <class Binder>
Result<std::vector<Site>> FetchSites(soci::session& session, std::string_view sql, Binder bind) {
    SiteRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<Site> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(Site s, row.ToSite());
        out.push_back(std::move(s));
    }
    return out;
}

// The bound values of a site insert or update, kept alive for the statement.
struct SiteValues {
    std::optional<long long> customer_id;
    std::optional<long long> dealer_id;
    int approximate;
    std::optional<int> has_lift;
    std::string at;

    SiteValues(const Site& s, Timestamp when)
        : approximate(s.approximate ? 1 : 0), at(FormatTimestamp(when)) {
        if (s.customer_id) customer_id = s.customer_id->value();
        if (s.dealer_id) dealer_id = s.dealer_id->value();
        if (s.has_lift) has_lift = *s.has_lift ? 1 : 0;
    }
};

}  // namespace

Result<std::optional<Customer>> SqlCustomerRepository::FindById(Tx& tx, CustomerId id) {
    return db::Guarded([&]() -> Result<std::optional<Customer>> {
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto found,
            FetchCustomers(db::AsSoci(tx).session(),
                           queries::kFindCustomer,
                           [&](soci::statement& st) { st.exchange(soci::use(key, "id")); }));
        if (found.empty()) return std::optional<Customer>();
        return std::optional<Customer>(std::move(found.front()));
    });
}

Result<Page<Customer>> SqlCustomerRepository::List(Tx& tx,
                                                   const CustomerFilter& filter,
                                                   const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<Customer>> {
        auto& soci_tx = db::AsSoci(tx);
        auto& session = soci_tx.session();
        const int any_query = filter.query.empty() ? 1 : 0;
        const std::string pattern = db::ContainsPattern(filter.query);
        const int any_kind = filter.kind ? 0 : 1;
        const std::string kind(filter.kind ? CustomerKindName(*filter.kind) : "");
        long long limit = page.page_size;
        long long offset = page.offset();
        auto bind_filter = [&](soci::statement& st) {
            st.exchange(soci::use(any_query, "any_query"));
            st.exchange(soci::use(pattern, "pattern"));
            st.exchange(soci::use(pattern, "pattern2"));
            st.exchange(soci::use(pattern, "pattern3"));
            st.exchange(soci::use(pattern, "pattern4"));
            st.exchange(soci::use(any_kind, "any_kind"));
            st.exchange(soci::use(kind, "kind"));
        };
        Page<Customer> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        {
            soci::statement st(session);
            st.alloc();
            bind_filter(st);
            st.exchange(soci::into(total));
            st.prepare(
                db::QueryFor(soci_tx, queries::kCountCustomers, queries::kCountCustomers_Pg));
            st.define_and_bind();
            st.execute(true);
        }
        out.total = total;
        KEFU_ASSIGN_OR_RETURN(
            out.items,
            FetchCustomers(
                session,
                db::QueryFor(soci_tx, queries::kListCustomers, queries::kListCustomers_Pg),
                [&](soci::statement& st) {
                    bind_filter(st);
                    st.exchange(soci::use(limit, "limit"));
                    st.exchange(soci::use(offset, "offset"));
                }));
        return out;
    });
}

Result<Customer> SqlCustomerRepository::Insert(Tx& tx, const Customer& c, Timestamp at) {
    KEFU_ASSIGN_OR_RETURN(CustomerId id, db::Guarded([&]() -> Result<CustomerId> {
                              auto& session = db::AsSoci(tx).session();
                              const std::string kind(CustomerKindName(c.kind));
                              const std::string at_text = FormatTimestamp(at);
                              long long new_id = 0;
                              session << std::string(queries::kInsertCustomer),
                                  soci::use(kind, "kind"), soci::use(c.name, "name"),
                                  soci::use(c.phone, "phone"), soci::use(c.notes, "notes"),
                                  soci::use(at_text, "at"), soci::use(at_text, "at2"),
                                  soci::into(new_id);
                              SaveContacts(session, new_id, c.contacts);
                              return CustomerId(new_id);
                          }));
    KEFU_ASSIGN_OR_RETURN(auto stored, FindById(tx, id));
    if (!stored) return Fail(Error::Internal("a customer vanished as it was stored"));
    return std::move(*stored);
}

Result<Customer> SqlCustomerRepository::Update(Tx& tx, const Customer& c, Timestamp at) {
    KEFU_TRY(db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const std::string kind(CustomerKindName(c.kind));
        const std::string at_text = FormatTimestamp(at);
        const long long id = c.id.value();
        const int version = c.version;
        soci::statement st = (session.prepare << std::string(queries::kUpdateCustomer),
                              soci::use(kind, "kind"),
                              soci::use(c.name, "name"),
                              soci::use(c.phone, "phone"),
                              soci::use(c.notes, "notes"),
                              soci::use(at_text, "at"),
                              soci::use(id, "id"),
                              soci::use(version, "version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this customer; reload and try again"));
        }
        SaveContacts(session, id, c.contacts);
        return {};
    }));
    KEFU_ASSIGN_OR_RETURN(auto stored, FindById(tx, c.id));
    if (!stored) return Fail(Error::Internal("a customer vanished as it was stored"));
    return std::move(*stored);
}

Result<std::optional<Site>> SqlSiteRepository::FindById(Tx& tx, SiteId id) {
    return db::Guarded([&]() -> Result<std::optional<Site>> {
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto found,
            FetchSites(db::AsSoci(tx).session(), queries::kFindSite, [&](soci::statement& st) {
                st.exchange(soci::use(key, "id"));
            }));
        if (found.empty()) return std::optional<Site>();
        return std::optional<Site>(std::move(found.front()));
    });
}

Result<Page<Site>> SqlSiteRepository::List(Tx& tx,
                                           const SiteFilter& filter,
                                           const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<Site>> {
        auto& session = db::AsSoci(tx).session();
        const int any_customer = filter.customer_id ? 0 : 1;
        const long long customer_id = filter.customer_id ? filter.customer_id->value() : 0;
        const int any_dealer = filter.dealer_id ? 0 : 1;
        const long long dealer_id = filter.dealer_id ? filter.dealer_id->value() : 0;
        long long limit = page.page_size;
        long long offset = page.offset();
        auto bind_filter = [&](soci::statement& st) {
            st.exchange(soci::use(any_customer, "any_customer"));
            st.exchange(soci::use(customer_id, "customer_id"));
            st.exchange(soci::use(any_dealer, "any_dealer"));
            st.exchange(soci::use(dealer_id, "dealer_id"));
        };
        Page<Site> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        {
            soci::statement st(session);
            st.alloc();
            bind_filter(st);
            st.exchange(soci::into(total));
            st.prepare(std::string(queries::kCountSites));
            st.define_and_bind();
            st.execute(true);
        }
        out.total = total;
        KEFU_ASSIGN_OR_RETURN(out.items,
                              FetchSites(session, queries::kListSites, [&](soci::statement& st) {
                                  bind_filter(st);
                                  st.exchange(soci::use(limit, "limit"));
                                  st.exchange(soci::use(offset, "offset"));
                              }));
        return out;
    });
}

Result<Site> SqlSiteRepository::Insert(Tx& tx, const Site& s, Timestamp at) {
    return db::Guarded([&]() -> Result<Site> {
        auto& session = db::AsSoci(tx).session();
        const SiteValues v(s, at);
        long long id = 0;
        session << std::string(queries::kInsertSite), soci::use(v.customer_id, "customer_id"),
            soci::use(v.dealer_id, "dealer_id"), soci::use(s.division_code, "division_code"),
            soci::use(s.street, "street"), soci::use(s.lat_e6, "lat_e6"),
            soci::use(s.lng_e6, "lng_e6"), soci::use(v.approximate, "approximate"),
            soci::use(s.floor, "floor"), soci::use(v.has_lift, "has_lift"),
            soci::use(s.access_notes, "access_notes"), soci::use(v.at, "at"),
            soci::use(v.at, "at2"), soci::into(id);
        Site stored = s;
        stored.id = SiteId(id);
        stored.version = 1;
        return stored;
    });
}

Result<Site> SqlSiteRepository::Update(Tx& tx, const Site& s, Timestamp at) {
    return db::Guarded([&]() -> Result<Site> {
        auto& session = db::AsSoci(tx).session();
        const SiteValues v(s, at);
        const long long id = s.id.value();
        const int version = s.version;
        soci::statement st = (session.prepare << std::string(queries::kUpdateSite),
                              soci::use(v.customer_id, "customer_id"),
                              soci::use(v.dealer_id, "dealer_id"),
                              soci::use(s.division_code, "division_code"),
                              soci::use(s.street, "street"),
                              soci::use(s.lat_e6, "lat_e6"),
                              soci::use(s.lng_e6, "lng_e6"),
                              soci::use(v.approximate, "approximate"),
                              soci::use(s.floor, "floor"),
                              soci::use(v.has_lift, "has_lift"),
                              soci::use(s.access_notes, "access_notes"),
                              soci::use(v.at, "at"),
                              soci::use(id, "id"),
                              soci::use(version, "version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this site; reload and try again"));
        }
        Site stored = s;
        stored.version = s.version + 1;
        return stored;
    });
}

}  // namespace kefu::customers
