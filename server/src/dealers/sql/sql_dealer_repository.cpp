#include "dealers/sql/sql_dealer_repository.hpp"

#include "db/database.hpp"
#include "dealers/sql/dealer_queries.hpp"

namespace kefu::dealers {

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
        long long id = 0;
        std::string name;
        std::string contact;
        std::string phone;
        std::string city;
        soci::statement st = (session.prepare << std::string(queries::kListDealers),
                              soci::use(any, "any"),
                              soci::use(id_filter, "id"),
                              soci::use(limit, "limit"),
                              soci::use(offset, "offset"),
                              soci::into(id),
                              soci::into(name),
                              soci::into(contact),
                              soci::into(phone),
                              soci::into(city));
        st.execute();
        while (st.fetch()) out.items.push_back({DealerId(id), name, contact, phone, city});
        return out;
    });
}

Result<std::optional<Dealer>> SqlDealerRepository::FindByName(Tx& tx, std::string_view name) {
    return db::Guarded([&]() -> Result<std::optional<Dealer>> {
        auto& session = db::AsSoci(tx).session();
        const std::string key(name);
        long long id = 0;
        std::string found_name;
        std::string contact;
        std::string phone;
        std::string city;
        session << std::string(queries::kFindDealerByName), soci::use(key, "name"), soci::into(id),
            soci::into(found_name), soci::into(contact), soci::into(phone), soci::into(city);
        if (!session.got_data()) return std::optional<Dealer>();
        return std::optional<Dealer>(Dealer{DealerId(id), found_name, contact, phone, city});
    });
}

Result<std::optional<Dealer>> SqlDealerRepository::FindById(Tx& tx, DealerId id) {
    return db::Guarded([&]() -> Result<std::optional<Dealer>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id.value();
        long long found_id = 0;
        std::string name;
        std::string contact;
        std::string phone;
        std::string city;
        session << std::string(queries::kFindDealer), soci::use(key, "id"), soci::into(found_id),
            soci::into(name), soci::into(contact), soci::into(phone), soci::into(city);
        if (!session.got_data()) return std::optional<Dealer>();
        return std::optional<Dealer>(Dealer{DealerId(found_id), name, contact, phone, city});
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
        return stored;
    });
}

}  // namespace kefu::dealers
