#include "dealers/sql/sql_dealer_repository.hpp"

#include <set>

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "dealers/sql/dealer_queries.hpp"

namespace kefu::dealers {
namespace {

// The columns of every dealer query: the dealer, then one contact (NULL when it has none).
struct DealerRow {
    long long id = 0;
    std::string name;
    std::string contact;
    std::string phone;
    std::string city;
    int version = 0;
    std::optional<long long> contact_id;
    std::optional<std::string> contact_name;
    std::optional<std::string> contact_phone;
    std::optional<std::string> contact_title;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(name));
        st.exchange(soci::into(contact));
        st.exchange(soci::into(phone));
        st.exchange(soci::into(city));
        st.exchange(soci::into(version));
        st.exchange(soci::into(contact_id));
        st.exchange(soci::into(contact_name));
        st.exchange(soci::into(contact_phone));
        st.exchange(soci::into(contact_title));
    }
};

// Runs a dealer query and folds its rows (one per contact, in order) into dealers.
template <class Binder>
Result<std::vector<Dealer>> FetchDealers(soci::session& session,
                                         std::string_view sql,
                                         Binder bind) {
    DealerRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<Dealer> out;
    while (st.fetch()) {
        if (out.empty() || out.back().id.value() != row.id) {
            Dealer d;
            d.id = DealerId(row.id);
            d.name = row.name;
            d.contact = row.contact;
            d.phone = row.phone;
            d.city = row.city;
            d.version = row.version;
            out.push_back(std::move(d));
        }
        if (row.contact_id) {
            // The columns are NOT NULL: a contact row without them is a broken row, not a blank.
            if (!row.contact_name || !row.contact_phone || !row.contact_title) {
                db::RowDecoder decode("dealer_contacts", *row.contact_id);
                decode.Take(std::optional<std::string>(), "name/phone/title", "NULL");
                KEFU_TRY(decode.Finish());
            }
            out.back().contacts.push_back(
                {*row.contact_id, *row.contact_name, *row.contact_phone, *row.contact_title});
        }
    }
    return out;
}

}  // namespace

Result<Page<Dealer>> SqlDealerRepository::List(Tx& tx,
                                               std::optional<DealerId> only,
                                               const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<Dealer>> {
        auto& session = db::AsSoci(tx).session();
        const int any = only ? 0 : 1;
        const long long id_filter = only ? only->value() : 0;
        Page<Dealer> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        session << std::string(queries::kCountDealers), soci::use(any, "any"),
            soci::use(id_filter, "id"), soci::into(total);
        out.total = total;
        long long limit = page.page_size;
        long long offset = page.offset();
        KEFU_ASSIGN_OR_RETURN(
            out.items, FetchDealers(session, queries::kListDealers, [&](soci::statement& st) {
                st.exchange(soci::use(any, "any"));
                st.exchange(soci::use(id_filter, "id"));
                st.exchange(soci::use(limit, "limit"));
                st.exchange(soci::use(offset, "offset"));
            }));
        return out;
    });
}

Result<std::optional<Dealer>> SqlDealerRepository::FindByName(Tx& tx, std::string_view name) {
    return db::Guarded([&]() -> Result<std::optional<Dealer>> {
        const std::string key(name);
        KEFU_ASSIGN_OR_RETURN(
            auto found,
            FetchDealers(db::AsSoci(tx).session(),
                         queries::kFindDealerByName,
                         [&](soci::statement& st) { st.exchange(soci::use(key, "name")); }));
        if (found.empty()) return std::optional<Dealer>();
        return std::optional<Dealer>(std::move(found.front()));
    });
}

Result<std::optional<Dealer>> SqlDealerRepository::FindById(Tx& tx, DealerId id) {
    return db::Guarded([&]() -> Result<std::optional<Dealer>> {
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto found,
            FetchDealers(db::AsSoci(tx).session(), queries::kFindDealer, [&](soci::statement& st) {
                st.exchange(soci::use(key, "id"));
            }));
        if (found.empty()) return std::optional<Dealer>();
        return std::optional<Dealer>(std::move(found.front()));
    });
}

Result<Dealer> SqlDealerRepository::Insert(Tx& tx, const Dealer& d, Timestamp at) {
    return db::Guarded([&]() -> Result<Dealer> {
        auto& session = db::AsSoci(tx).session();
        const std::string at_text = FormatTimestamp(at);
        long long id = 0;
        session << std::string(queries::kInsertDealer), soci::use(d.name, "name"),
            soci::use(d.contact, "contact"), soci::use(d.phone, "phone"), soci::use(d.city, "city"),
            soci::use(at_text, "created_at"), soci::into(id);
        Dealer stored = d;
        stored.id = DealerId(id);
        stored.version = 1;
        stored.contacts.clear();
        return stored;
    });
}

Result<Dealer> SqlDealerRepository::ReplaceContacts(Tx& tx,
                                                    DealerId dealer,
                                                    int version,
                                                    const std::vector<DealerContact>& contacts) {
    KEFU_TRY(db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long dealer_id = dealer.value();
        {
            soci::statement st = (session.prepare << std::string(queries::kBumpDealerVersion),
                                  soci::use(dealer_id, "id"),
                                  soci::use(version, "version"));
            st.execute(true);
            if (st.get_affected_rows() != 1) {
                return Fail(
                    Error::Aborted("someone else changed this dealer; reload and try again"));
            }
        }
        std::vector<long long> stored;
        soci::rowset<long long> ids =
            (session.prepare << std::string(queries::kListDealerContactIds),
             soci::use(dealer_id, "dealer_id"));
        for (long long id : ids) stored.push_back(id);
        std::set<long long> kept;
        for (const DealerContact& c : contacts) {
            if (c.id != 0) kept.insert(c.id);
        }
        for (long long id : stored) {
            if (kept.contains(id)) continue;
            session << std::string(queries::kDeleteDealerContact), soci::use(id, "id"),
                soci::use(dealer_id, "dealer_id");
        }
        for (std::size_t i = 0; i < contacts.size(); ++i) {
            const DealerContact& c = contacts[i];
            const int position = static_cast<int>(i);
            if (c.id != 0) {
                const long long id = c.id;
                session << std::string(queries::kUpdateDealerContact),
                    soci::use(position, "position"), soci::use(c.name, "name"),
                    soci::use(c.phone, "phone"), soci::use(c.title, "title"), soci::use(id, "id"),
                    soci::use(dealer_id, "dealer_id");
            } else {
                session << std::string(queries::kInsertDealerContact),
                    soci::use(dealer_id, "dealer_id"), soci::use(position, "position"),
                    soci::use(c.name, "name"), soci::use(c.phone, "phone"),
                    soci::use(c.title, "title");
            }
        }
        return {};
    }));
    KEFU_ASSIGN_OR_RETURN(auto found, FindById(tx, dealer));
    if (!found) return Fail(Error::Internal("a dealer vanished while its contacts changed"));
    return std::move(*found);
}

}  // namespace kefu::dealers
