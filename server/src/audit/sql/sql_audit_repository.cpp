#include "audit/sql/sql_audit_repository.hpp"

#include "audit/sql/audit_queries.hpp"
#include "audit/sql/snapshot_json.hpp"
#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"

namespace kefu::audit {
namespace {

// The bind values shared by the page and the count query.
struct FilterBinds {
    int entity_any = 1;
    std::string entity;
    int action_any = 1;
    std::string action;
    int entity_id_any = 1;
    std::string entity_id;
    int user_any = 1;
    long long user_id = 0;
    std::string from_at = "0001-01-01T00:00:00Z";
    std::string to_at = "9999-12-31T23:59:59Z";
    std::string allowed = ",";  // ",staff.hr_read," — searched with instr/strpos

    explicit FilterBinds(const AuditFilter& filter) {
        if (filter.entity) {
            entity_any = 0;
            entity = *filter.entity;
        }
        if (filter.action) {
            action_any = 0;
            action = *filter.action;
        }
        for (const std::string& name : filter.readable_restrictions) allowed += name + ",";
        if (filter.entity_id) {
            entity_id_any = 0;
            entity_id = *filter.entity_id;
        }
        if (filter.user_id) {
            user_any = 0;
            user_id = filter.user_id->value();
        }
        // Days are China days: 00:00 in Shanghai is 16:00 UTC the day before.
        if (filter.from) {
            from_at = FormatTimestamp(Timestamp(filter.from->days()) - std::chrono::hours(8));
        }
        if (filter.to) {
            to_at =
                FormatTimestamp(Timestamp(filter.to->AddDays(1).days()) - std::chrono::hours(8));
        }
    }
};

}  // namespace

Result<void> SqlAuditRepository::Append(Tx& tx,
                                        const AuditRecord& record,
                                        const Actor& actor,
                                        Timestamp at) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const std::string at_text = FormatTimestamp(at);
        std::optional<long long> user_id;
        if (actor.user_id) user_id = actor.user_id->value();
        std::optional<std::string> before;
        std::optional<std::string> after;
        if (record.before) before = SnapshotToJson(*record.before);
        if (record.after) after = SnapshotToJson(*record.after);
        const std::string entity(record.event.entity);
        const std::string action(record.event.action);
        std::optional<std::string> restricted_to;
        if (!record.event.read_action.empty())
            restricted_to = std::string(record.event.read_action);
        session << std::string(queries::kAppend), soci::use(at_text, "at"),
            soci::use(user_id, "user_id"), soci::use(actor.username, "username"),
            soci::use(entity, "entity"), soci::use(record.entity_id, "entity_id"),
            soci::use(action, "action"), soci::use(before, "before_json"),
            soci::use(after, "after_json"), soci::use(restricted_to, "restricted_to");
        return {};
    });
}

Result<Page<AuditEntry>> SqlAuditRepository::List(Tx& tx,
                                                  const AuditFilter& filter,
                                                  const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<AuditEntry>> {
        auto& soci_tx = db::AsSoci(tx);
        auto& session = soci_tx.session();
        FilterBinds b(filter);
        Page<AuditEntry> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        session << db::QueryFor(soci_tx, queries::kCount, queries::kCount_Pg),
            soci::use(b.entity_any, "entity_any"), soci::use(b.entity, "entity"),
            soci::use(b.action_any, "action_any"), soci::use(b.action, "action"),
            soci::use(b.entity_id_any, "entity_id_any"), soci::use(b.entity_id, "entity_id"),
            soci::use(b.user_any, "user_any"), soci::use(b.user_id, "user_id"),
            soci::use(b.from_at, "from_at"), soci::use(b.to_at, "to_at"),
            soci::use(b.allowed, "allowed"), soci::into(total);
        out.total = total;

        long long limit = page.page_size;
        long long offset = page.offset();
        long long id = 0;
        std::string at;
        std::optional<long long> user_id;
        std::optional<std::string> username;
        std::optional<std::string> display_name;
        std::string entity;
        std::string entity_id;
        std::string action;
        std::optional<std::string> before;
        std::optional<std::string> after;
        soci::statement st =
            (session.prepare << db::QueryFor(soci_tx, queries::kListPage, queries::kListPage_Pg),
             soci::use(b.entity_any, "entity_any"),
             soci::use(b.entity, "entity"),
             soci::use(b.action_any, "action_any"),
             soci::use(b.action, "action"),
             soci::use(b.entity_id_any, "entity_id_any"),
             soci::use(b.entity_id, "entity_id"),
             soci::use(b.user_any, "user_any"),
             soci::use(b.user_id, "user_id"),
             soci::use(b.from_at, "from_at"),
             soci::use(b.to_at, "to_at"),
             soci::use(b.allowed, "allowed"),
             soci::use(limit, "limit"),
             soci::use(offset, "offset"),
             soci::into(id),
             soci::into(at),
             soci::into(user_id),
             soci::into(username),
             soci::into(display_name),
             soci::into(entity),
             soci::into(entity_id),
             soci::into(action),
             soci::into(before),
             soci::into(after));
        st.execute();
        while (st.fetch()) {
            db::RowDecoder decode("audit_log", id);
            AuditEntry entry;
            entry.id = id;
            entry.at = decode.Take(ParseTimestamp(at), "at", at);
            KEFU_TRY(decode.Finish());
            if (user_id) entry.user_id = UserId(*user_id);
            entry.username = username;
            entry.display_name = display_name;
            entry.entity = entity;
            entry.entity_id = entity_id;
            entry.action = action;
            entry.before_json = before;
            entry.after_json = after;
            out.items.push_back(std::move(entry));
        }
        return out;
    });
}

}  // namespace kefu::audit
