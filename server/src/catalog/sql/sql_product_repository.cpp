#include "catalog/sql/sql_product_repository.hpp"

#include "catalog/sql/product_queries.hpp"
#include "db/database.hpp"
#include "db/like_pattern.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"

namespace kefu::catalog {
namespace {

// The columns every product query selects, in order.
struct ProductRow {
    long long id = 0;
    std::string model;
    std::string name;
    std::string series;
    long long pieces_per_unit = 0;
    long long volume_l = 0;
    long long weight_g = 0;
    long long install_minutes_per_unit = 0;
    long long installers_needed = 0;
    std::optional<std::string> skill;
    int active = 0;
    int version = 0;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(model));
        st.exchange(soci::into(name));
        st.exchange(soci::into(series));
        st.exchange(soci::into(pieces_per_unit));
        st.exchange(soci::into(volume_l));
        st.exchange(soci::into(weight_g));
        st.exchange(soci::into(install_minutes_per_unit));
        st.exchange(soci::into(installers_needed));
        st.exchange(soci::into(skill));
        st.exchange(soci::into(active));
        st.exchange(soci::into(version));
    }

    Result<Product> ToProduct() const {
        db::RowDecoder decode("products", id);
        Product p;
        p.id = ProductId(id);
        p.model = model;
        p.name = name;
        p.series = series;
        p.pieces_per_unit = static_cast<int>(pieces_per_unit);
        p.volume_l = volume_l;
        p.weight_g = weight_g;
        p.install_minutes_per_unit = static_cast<int>(install_minutes_per_unit);
        p.installers_needed = static_cast<int>(installers_needed);
        p.skill = skill;
        p.active = decode.Take(active == 0   ? std::optional<bool>(false)
                               : active == 1 ? std::optional<bool>(true)
                                             : std::nullopt,
                               "active",
                               std::to_string(active));
        p.version = version;
        KEFU_TRY(decode.Finish());
        return p;
    }
};

template <class Binder>
Result<std::vector<Product>> FetchProducts(soci::session& session,
                                           std::string_view sql,
                                           Binder bind) {
    ProductRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<Product> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(Product p, row.ToProduct());
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::optional<Product>> First(Result<std::vector<Product>> rows) {
    if (!rows) return Fail(std::move(rows).error());
    if (rows->empty()) return std::optional<Product>();
    return std::optional<Product>(std::move(rows->front()));
}

// The bound values of an insert or update, kept alive for the statement.
struct ProductValues {
    std::string model_key;
    long long pieces_per_unit;
    long long volume_l;
    long long weight_g;
    long long install_minutes_per_unit;
    long long installers_needed;
    int active;
    std::string at;

    ProductValues(const Product& p, Timestamp when)
        : model_key(ModelKey(p.model)),
          pieces_per_unit(p.pieces_per_unit),
          volume_l(p.volume_l),
          weight_g(p.weight_g),
          install_minutes_per_unit(p.install_minutes_per_unit),
          installers_needed(p.installers_needed),
          active(p.active ? 1 : 0),
          at(FormatTimestamp(when)) {}
};

// A clash on the unique model key is the model's duplicate, whatever the engine calls it.
template <class T>
Result<T> ModelIsTheDuplicate(Result<T> result) {
    if (!result && result.error().code() == ErrorCode::kAlreadyExists) {
        return Fail(Error::AlreadyExists("the model is already in the catalogue",
                                         {{"model", "duplicate"}}));
    }
    return result;
}

}  // namespace

Result<std::optional<Product>> SqlProductRepository::FindById(Tx& tx, ProductId id) {
    return db::Guarded([&]() -> Result<std::optional<Product>> {
        const long long key = id.value();
        return First(FetchProducts(
            db::AsSoci(tx).session(), queries::kFindProduct, [&](soci::statement& st) {
                st.exchange(soci::use(key, "id"));
            }));
    });
}

Result<std::optional<Product>> SqlProductRepository::FindByModel(Tx& tx, std::string_view model) {
    return db::Guarded([&]() -> Result<std::optional<Product>> {
        const std::string key = ModelKey(model);
        return First(FetchProducts(
            db::AsSoci(tx).session(), queries::kFindProductByModelKey, [&](soci::statement& st) {
                st.exchange(soci::use(key, "model_key"));
            }));
    });
}

Result<Page<Product>> SqlProductRepository::List(Tx& tx,
                                                 const ProductFilter& filter,
                                                 const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<Product>> {
        auto& soci_tx = db::AsSoci(tx);
        auto& session = soci_tx.session();
        const int any_query = filter.query.empty() ? 1 : 0;
        const std::string pattern = db::ContainsPattern(filter.query);
        const int any_series = filter.series ? 0 : 1;
        const std::string series = filter.series.value_or(std::string());
        const int any_active = filter.active ? 0 : 1;
        const int active = filter.active && *filter.active ? 1 : 0;
        long long limit = page.page_size;
        long long offset = page.offset();
        auto bind_filter = [&](soci::statement& st) {
            st.exchange(soci::use(any_query, "any_query"));
            st.exchange(soci::use(pattern, "pattern"));
            st.exchange(soci::use(pattern, "pattern2"));
            st.exchange(soci::use(any_series, "any_series"));
            st.exchange(soci::use(series, "series"));
            st.exchange(soci::use(any_active, "any_active"));
            st.exchange(soci::use(active, "active"));
        };
        Page<Product> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        {
            soci::statement st(session);
            st.alloc();
            bind_filter(st);
            st.exchange(soci::into(total));
            st.prepare(db::QueryFor(soci_tx, queries::kCountProducts, queries::kCountProducts_Pg));
            st.define_and_bind();
            st.execute(true);
        }
        out.total = total;
        KEFU_ASSIGN_OR_RETURN(
            out.items,
            FetchProducts(session,
                          db::QueryFor(soci_tx, queries::kListProducts, queries::kListProducts_Pg),
                          [&](soci::statement& st) {
                              bind_filter(st);
                              st.exchange(soci::use(limit, "limit"));
                              st.exchange(soci::use(offset, "offset"));
                          }));
        return out;
    });
}

Result<std::vector<Product>> SqlProductRepository::All(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<Product>> {
        return FetchProducts(
            db::AsSoci(tx).session(), queries::kAllProducts, [](soci::statement&) {});
    });
}

Result<Product> SqlProductRepository::Insert(Tx& tx, const Product& p, Timestamp at) {
    return ModelIsTheDuplicate(db::Guarded([&]() -> Result<Product> {
        auto& session = db::AsSoci(tx).session();
        const ProductValues v(p, at);
        long long id = 0;
        session << std::string(queries::kInsertProduct), soci::use(p.model, "model"),
            soci::use(v.model_key, "model_key"), soci::use(p.name, "name"),
            soci::use(p.series, "series"), soci::use(v.pieces_per_unit, "pieces_per_unit"),
            soci::use(v.volume_l, "volume_l"), soci::use(v.weight_g, "weight_g"),
            soci::use(v.install_minutes_per_unit, "install_minutes_per_unit"),
            soci::use(v.installers_needed, "installers_needed"), soci::use(p.skill, "skill"),
            soci::use(v.active, "active"), soci::use(v.at, "at"), soci::use(v.at, "at2"),
            soci::into(id);
        Product stored = p;
        stored.id = ProductId(id);
        stored.version = 1;
        return stored;
    }));
}

Result<Product> SqlProductRepository::Update(Tx& tx, const Product& p, Timestamp at) {
    return ModelIsTheDuplicate(db::Guarded([&]() -> Result<Product> {
        auto& session = db::AsSoci(tx).session();
        const ProductValues v(p, at);
        const long long id = p.id.value();
        const int version = p.version;
        soci::statement st = (session.prepare << std::string(queries::kUpdateProduct),
                              soci::use(p.model, "model"),
                              soci::use(v.model_key, "model_key"),
                              soci::use(p.name, "name"),
                              soci::use(p.series, "series"),
                              soci::use(v.pieces_per_unit, "pieces_per_unit"),
                              soci::use(v.volume_l, "volume_l"),
                              soci::use(v.weight_g, "weight_g"),
                              soci::use(v.install_minutes_per_unit, "install_minutes_per_unit"),
                              soci::use(v.installers_needed, "installers_needed"),
                              soci::use(p.skill, "skill"),
                              soci::use(v.active, "active"),
                              soci::use(v.at, "at"),
                              soci::use(id, "id"),
                              soci::use(version, "version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this product; reload and try again"));
        }
        Product stored = p;
        stored.version = p.version + 1;
        return stored;
    }));
}

}  // namespace kefu::catalog
