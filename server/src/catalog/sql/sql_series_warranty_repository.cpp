#include "catalog/sql/sql_series_warranty_repository.hpp"

#include "catalog/sql/product_queries.hpp"
#include "db/database.hpp"
#include "db/row_decoder.hpp"

namespace kefu::catalog {

Result<std::vector<SeriesWarranty>> SqlSeriesWarrantyRepository::List(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<SeriesWarranty>> {
        auto& session = db::AsSoci(tx).session();
        long long id = 0;
        int months = 0;
        std::string series, valid_from, content, reason, by_name, at;
        soci::statement st = (session.prepare << std::string(queries::kListSeriesWarranties),
                              soci::into(id),
                              soci::into(series),
                              soci::into(valid_from),
                              soci::into(months),
                              soci::into(content),
                              soci::into(reason),
                              soci::into(by_name),
                              soci::into(at));
        st.execute();
        std::vector<SeriesWarranty> out;
        while (st.fetch()) {
            db::RowDecoder decode("catalog_series_warranties", id);
            SeriesWarranty w;
            w.id = id;
            w.series = series;
            w.valid_from = decode.Take(Date::Parse(valid_from), "valid_from", valid_from);
            w.months = months;
            w.content = content;
            w.reason = reason;
            w.set_by_name = by_name;
            w.set_at = decode.Take(ParseTimestamp(at), "set_at", at);
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(w));
        }
        return out;
    });
}

Result<std::vector<std::string>> SqlSeriesWarrantyRepository::Series(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<std::string>> {
        auto& session = db::AsSoci(tx).session();
        std::string series;
        soci::statement st =
            (session.prepare << std::string(queries::kProductSeries), soci::into(series));
        st.execute();
        std::vector<std::string> out;
        while (st.fetch()) out.push_back(series);
        return out;
    });
}

Result<std::int64_t> SqlSeriesWarrantyRepository::Insert(Tx& tx, const SeriesWarranty& w) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        auto& session = db::AsSoci(tx).session();
        const std::string from = w.valid_from.ToString();
        const std::string at = FormatTimestamp(w.set_at);
        long long id = 0;
        session << std::string(queries::kInsertSeriesWarranty), soci::use(w.series, "series"),
            soci::use(from, "valid_from"), soci::use(w.months, "months"),
            soci::use(w.content, "content"), soci::use(w.reason, "reason"),
            soci::use(w.set_by_name, "by_name"), soci::use(at, "set_at"), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

}  // namespace kefu::catalog
