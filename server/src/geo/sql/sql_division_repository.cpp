#include "geo/sql/sql_division_repository.hpp"

#include "db/database.hpp"
#include "db/like_pattern.hpp"
#include "db/soci_optional.hpp"
#include "geo/sql/division_queries.hpp"

namespace kefu::geo {
namespace {

// One row of the shared select list (code … has_children); SOCI writes into it on each fetch.
struct DivisionRow {
    int code = 0;
    std::optional<int> parent_code;
    std::string level;
    std::string kind;
    std::string name;
    int lat_e6 = 0;
    int lng_e6 = 0;
    int approximate = 0;
    int active = 0;
    int has_children = 0;

    Result<Division> ToDivision() const {
        const auto division_code = DivisionCode::FromNumber(code);
        const auto parsed_level = ParseDivisionLevel(level);
        const auto parsed_kind = ParseDivisionKind(kind);
        std::optional<DivisionCode> parent;
        if (parent_code) parent = DivisionCode::FromNumber(*parent_code);
        if (!division_code || !parsed_level || !parsed_kind ||
            parent_code.has_value() != parent.has_value()) {
            return Fail(Error::Internal("a stored division breaks the schema's rules"));
        }
        return Division{*division_code,
                        parent,
                        *parsed_level,
                        *parsed_kind,
                        name,
                        {lat_e6, lng_e6},
                        approximate == 1,
                        active == 1,
                        has_children == 1};
    }
};

// Runs a query whose select list is the shared one, after `bind_uses` has bound its parameters
// (SOCI wants every into and use exchanged before the statement is prepared).
template <class BindUses>
Result<std::vector<Division>> SelectDivisions(soci::session& session,
                                              std::string_view sql,
                                              BindUses bind_uses) {
    DivisionRow row;
    soci::statement st(session);
    bind_uses(st);
    st.exchange(soci::into(row.code));
    st.exchange(soci::into(row.parent_code));
    st.exchange(soci::into(row.level));
    st.exchange(soci::into(row.kind));
    st.exchange(soci::into(row.name));
    st.exchange(soci::into(row.lat_e6));
    st.exchange(soci::into(row.lng_e6));
    st.exchange(soci::into(row.approximate));
    st.exchange(soci::into(row.active));
    st.exchange(soci::into(row.has_children));
    st.alloc();
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<Division> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(Division d, row.ToDivision());
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace

Result<std::optional<Division>> SqlDivisionRepository::Find(Tx& tx, DivisionCode code) {
    return db::Guarded([&]() -> Result<std::optional<Division>> {
        auto& session = db::AsSoci(tx).session();
        const int key = code.value();
        KEFU_ASSIGN_OR_RETURN(auto found,
                              SelectDivisions(session, queries::kFindDivision, [&](auto& st) {
                                  st.exchange(soci::use(key, "code"));
                              }));
        if (found.empty()) return std::optional<Division>();
        return std::optional<Division>(std::move(found.front()));
    });
}

Result<std::vector<Division>> SqlDivisionRepository::Provinces(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<Division>> {
        auto& session = db::AsSoci(tx).session();
        return SelectDivisions(session, queries::kListProvinces, [](auto&) {});
    });
}

Result<std::vector<Division>> SqlDivisionRepository::Children(Tx& tx, DivisionCode parent) {
    return db::Guarded([&]() -> Result<std::vector<Division>> {
        auto& session = db::AsSoci(tx).session();
        const int key = parent.value();
        return SelectDivisions(session, queries::kListDivisionChildren, [&](auto& st) {
            st.exchange(soci::use(key, "parent"));
        });
    });
}

Result<std::vector<Division>> SqlDivisionRepository::Search(Tx& tx, const DivisionSearch& search) {
    return db::Guarded([&]() -> Result<std::vector<Division>> {
        auto& session = db::AsSoci(tx).session();
        const std::string pattern = db::ContainsPattern(search.text);
        // "text%": the contains pattern without its leading %.
        const std::string prefix = pattern.substr(1);
        const std::string exact = search.text;
        const CodeRange range = search.within ? RangeOf(*search.within) : CodeRange{110000, 829999};
        const int low = range.low;
        const int high = range.high;
        const int limit = search.limit;
        return SelectDivisions(session, queries::kSearchDivisions, [&](auto& st) {
            st.exchange(soci::use(pattern, "pattern"));
            st.exchange(soci::use(low, "low"));
            st.exchange(soci::use(high, "high"));
            st.exchange(soci::use(exact, "exact"));
            st.exchange(soci::use(prefix, "prefix"));
            st.exchange(soci::use(limit, "limit"));
        });
    });
}

Result<std::optional<std::string>> SqlDivisionRepository::StoredVersion(Tx& tx) {
    return db::Guarded([&]() -> Result<std::optional<std::string>> {
        auto& session = db::AsSoci(tx).session();
        std::string version;
        session << std::string(queries::kStoredDivisionVersion), soci::into(version);
        if (!session.got_data()) return std::optional<std::string>();
        return std::optional<std::string>(version);
    });
}

Result<std::vector<Division>> SqlDivisionRepository::All(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<Division>> {
        auto& session = db::AsSoci(tx).session();
        return SelectDivisions(session, queries::kListAllDivisions, [](auto&) {});
    });
}

Result<void> SqlDivisionRepository::Upsert(Tx& tx, std::span<const Division> divisions) {
    if (divisions.empty()) return {};
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        // One prepared statement executed per division: the SQL is parsed once.
        int code = 0;
        std::optional<int> parent_code;
        std::string level;
        std::string kind;
        std::string name;
        int lat_e6 = 0;
        int lng_e6 = 0;
        int approximate = 0;
        soci::statement st = (session.prepare << std::string(queries::kUpsertDivision),
                              soci::use(code, "code"),
                              soci::use(parent_code, "parent_code"),
                              soci::use(level, "level"),
                              soci::use(kind, "kind"),
                              soci::use(name, "name"),
                              soci::use(lat_e6, "lat_e6"),
                              soci::use(lng_e6, "lng_e6"),
                              soci::use(approximate, "approximate"));
        for (const Division& d : divisions) {
            code = d.code.value();
            parent_code = d.parent ? std::optional<int>(d.parent->value()) : std::nullopt;
            level = std::string(DivisionLevelName(d.level));
            kind = std::string(DivisionKindName(d.kind));
            name = d.name;
            lat_e6 = d.point.lat_e6;
            lng_e6 = d.point.lng_e6;
            approximate = d.approximate ? 1 : 0;
            st.execute(true);
        }
        return {};
    });
}

Result<void> SqlDivisionRepository::Retire(Tx& tx, std::span<const DivisionCode> codes) {
    if (codes.empty()) return {};
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        int code = 0;
        soci::statement st =
            (session.prepare << std::string(queries::kRetireDivision), soci::use(code, "code"));
        for (DivisionCode c : codes) {
            code = c.value();
            st.execute(true);
        }
        return {};
    });
}

Result<void> SqlDivisionRepository::RecordVersion(Tx& tx,
                                                  const DivisionDataset& dataset,
                                                  Timestamp at) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const auto row_count = static_cast<long long>(dataset.divisions.size());
        const std::string loaded_at = FormatTimestamp(at);
        session << std::string(queries::kRecordDivisionVersion),
            soci::use(dataset.version, "version"), soci::use(dataset.source, "source"),
            soci::use(row_count, "row_count"), soci::use(loaded_at, "loaded_at");
        return {};
    });
}

}  // namespace kefu::geo
