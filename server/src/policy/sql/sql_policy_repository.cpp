#include "policy/sql/sql_policy_repository.hpp"

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "policy/sql/policy_queries.hpp"

namespace kefu::policy {

Result<std::optional<std::int64_t>> SqlPolicyRepository::ValueOn(Tx& tx,
                                                                 std::string_view key,
                                                                 Date on) {
    return db::Guarded([&]() -> Result<std::optional<std::int64_t>> {
        auto& session = db::AsSoci(tx).session();
        const std::string key_text(key);
        const std::string on_text = on.ToString();
        std::optional<long long> value;
        session << std::string(queries::kValueOn), soci::use(key_text, "key"),
            soci::use(on_text, "on"), soci::into(value);
        if (!session.got_data() || !value) return std::optional<std::int64_t>();
        return std::optional<std::int64_t>(*value);
    });
}

Result<std::vector<PolicyValue>> SqlPolicyRepository::ListAll(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<PolicyValue>> {
        auto& session = db::AsSoci(tx).session();
        std::vector<PolicyValue> out;
        long long id = 0;
        std::string key;
        long long value = 0;
        std::string unit;
        std::string valid_from;
        std::string set_by;
        std::string reason;
        soci::statement st = (session.prepare << std::string(queries::kListAll),
                              soci::into(id),
                              soci::into(key),
                              soci::into(value),
                              soci::into(unit),
                              soci::into(valid_from),
                              soci::into(set_by),
                              soci::into(reason));
        st.execute();
        while (st.fetch()) {
            db::RowDecoder decode("policy_values", id);
            out.push_back(
                PolicyValue{id,
                            key,
                            value,
                            decode.Take(ParseUnit(unit), "unit", unit),
                            decode.Take(Date::Parse(valid_from), "valid_from", valid_from),
                            set_by,
                            reason});
            KEFU_TRY(decode.Finish());
        }
        return out;
    });
}

Result<PolicyValue> SqlPolicyRepository::Insert(Tx& tx, const PolicyValue& value, Timestamp at) {
    return db::Guarded([&]() -> Result<PolicyValue> {
        auto& session = db::AsSoci(tx).session();
        const std::string unit(UnitName(value.unit));
        const std::string valid_from = value.valid_from.ToString();
        const std::string created_at = FormatTimestamp(at);
        const long long number = value.value;
        long long id = 0;
        session << std::string(queries::kInsert), soci::use(value.key, "key"),
            soci::use(number, "value"), soci::use(unit, "unit"),
            soci::use(valid_from, "valid_from"), soci::use(value.set_by, "set_by"),
            soci::use(value.reason, "reason"), soci::use(created_at, "created_at"), soci::into(id);
        PolicyValue stored = value;
        stored.id = id;
        return stored;
    });
}

}  // namespace kefu::policy
