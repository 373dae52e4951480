#include "auth/sql/sql_auth_repository.hpp"

#include "auth/sql/auth_queries.hpp"
#include "db/database.hpp"
#include "db/like_pattern.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"

namespace kefu::auth {
namespace {

// The columns every user query selects, in order.
struct UserRow {
    long long id = 0;
    std::string username;
    std::string display_name;
    std::string password_hash;
    std::optional<long long> staff_id;
    std::optional<long long> dealer_id;
    int active = 1;
    int version = 1;
    std::optional<std::string> roles;  // comma-separated, aggregated by the query

    template <class Statement>
    void Bind(Statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(username));
        st.exchange(soci::into(display_name));
        st.exchange(soci::into(password_hash));
        st.exchange(soci::into(staff_id));
        st.exchange(soci::into(dealer_id));
        st.exchange(soci::into(active));
        st.exchange(soci::into(version));
        st.exchange(soci::into(roles));
    }

    Result<UserCredentials> ToCredentials() const {
        db::RowDecoder decode("users", id);
        UserCredentials out;
        out.user.id = UserId(id);
        out.user.username = username;
        out.user.display_name = display_name;
        if (staff_id) out.user.staff_id = StaffId(*staff_id);
        if (dealer_id) out.user.dealer_id = DealerId(*dealer_id);
        out.user.active = active != 0;
        out.user.version = version;
        out.password_hash = password_hash;
        const std::string role_list = roles.value_or("");
        std::string_view rest = role_list;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const std::string_view name = rest.substr(0, comma);
            out.user.roles.Add(decode.Take(ParseRole(name), "user_roles.role", name));
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
        KEFU_TRY(decode.Finish());
        return out;
    }
};

template <class Binder>
Result<std::optional<UserCredentials>> FetchOne(soci::session& session,
                                                std::string_view sql,
                                                Binder bind_params) {
    UserRow row;
    soci::statement st(session);
    st.alloc();
    bind_params(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute(true);
    if (!st.got_data()) return std::optional<UserCredentials>();
    KEFU_ASSIGN_OR_RETURN(UserCredentials out, row.ToCredentials());
    return std::optional<UserCredentials>(std::move(out));
}

}  // namespace

Result<std::optional<UserCredentials>> SqlUserRepository::FindByUsername(
    Tx& tx, std::string_view username) {
    return db::Guarded([&]() -> Result<std::optional<UserCredentials>> {
        auto& soci_tx = db::AsSoci(tx);
        const std::string name(username);
        return FetchOne(
            soci_tx.session(),
            db::QueryFor(soci_tx, queries::kFindUserByUsername, queries::kFindUserByUsername_Pg),
            [&](soci::statement& st) { st.exchange(soci::use(name, "username")); });
    });
}

Result<std::optional<User>> SqlUserRepository::FindById(Tx& tx, UserId id) {
    return db::Guarded([&]() -> Result<std::optional<User>> {
        auto& soci_tx = db::AsSoci(tx);
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto found,
            FetchOne(soci_tx.session(),
                     db::QueryFor(soci_tx, queries::kFindUserById, queries::kFindUserById_Pg),
                     [&](soci::statement& st) { st.exchange(soci::use(key, "id")); }));
        if (!found) return std::optional<User>();
        return std::optional<User>(found->user);
    });
}

Result<std::optional<User>> SqlUserRepository::FindByStaff(Tx& tx, StaffId staff) {
    return db::Guarded([&]() -> Result<std::optional<User>> {
        auto& soci_tx = db::AsSoci(tx);
        const long long key = staff.value();
        KEFU_ASSIGN_OR_RETURN(
            auto found,
            FetchOne(soci_tx.session(),
                     db::QueryFor(soci_tx, queries::kFindUserByStaff, queries::kFindUserByStaff_Pg),
                     [&](soci::statement& st) { st.exchange(soci::use(key, "staff_id")); }));
        if (!found) return std::optional<User>();
        return std::optional<User>(found->user);
    });
}

Result<Page<User>> SqlUserRepository::List(Tx& tx,
                                           std::string_view query,
                                           const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<User>> {
        auto& soci_tx = db::AsSoci(tx);
        auto& session = soci_tx.session();
        const int any = query.empty() ? 1 : 0;
        const std::string pattern = db::ContainsPattern(query);
        Page<User> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        session << db::QueryFor(soci_tx, queries::kCountUsers, queries::kCountUsers_Pg),
            soci::use(any, "any"), soci::use(pattern, "pattern"), soci::use(pattern, "pattern2"),
            soci::into(total);
        out.total = total;
        long long limit = page.page_size;
        long long offset = page.offset();
        UserRow row;
        soci::statement st(session);
        st.alloc();
        st.exchange(soci::use(any, "any"));
        st.exchange(soci::use(pattern, "pattern"));
        st.exchange(soci::use(pattern, "pattern2"));
        st.exchange(soci::use(limit, "limit"));
        st.exchange(soci::use(offset, "offset"));
        row.Bind(st);
        st.prepare(db::QueryFor(soci_tx, queries::kListUsers, queries::kListUsers_Pg));
        st.define_and_bind();
        st.execute();
        while (st.fetch()) {
            KEFU_ASSIGN_OR_RETURN(UserCredentials credentials, row.ToCredentials());
            out.items.push_back(std::move(credentials.user));
        }
        return out;
    });
}

Result<User> SqlUserRepository::Insert(Tx& tx,
                                       const User& user,
                                       const std::string& password_hash,
                                       Timestamp at) {
    return db::Guarded([&]() -> Result<User> {
        auto& session = db::AsSoci(tx).session();
        std::optional<long long> staff_id;
        std::optional<long long> dealer_id;
        if (user.staff_id) staff_id = user.staff_id->value();
        if (user.dealer_id) dealer_id = user.dealer_id->value();
        const std::string created_at = FormatTimestamp(at);
        long long id = 0;
        session << std::string(queries::kInsertUser), soci::use(user.username, "username"),
            soci::use(user.display_name, "display_name"), soci::use(password_hash, "password_hash"),
            soci::use(staff_id, "staff_id"), soci::use(dealer_id, "dealer_id"),
            soci::use(created_at, "created_at"), soci::into(id);
        User stored = user;
        stored.id = UserId(id);
        stored.active = true;
        stored.version = 1;
        KEFU_TRY(SetRoles(tx, stored.id, user.roles));
        return stored;
    });
}

Result<void> SqlUserRepository::SetRoles(Tx& tx, UserId id, const RoleSet& roles) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long user_id = id.value();
        session << std::string(queries::kDeleteUserRoles), soci::use(user_id, "user_id");
        for (Role role : roles.ToVector()) {
            const std::string name(RoleName(role));
            session << std::string(queries::kInsertUserRole), soci::use(user_id, "user_id"),
                soci::use(name, "role");
        }
        return {};
    });
}

Result<void> SqlUserRepository::BumpVersion(Tx& tx, UserId id, int version) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long user_id = id.value();
        soci::statement st = (session.prepare << std::string(queries::kBumpUserVersion),
                              soci::use(user_id, "id"),
                              soci::use(version, "version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this account; reload and try again"));
        }
        return {};
    });
}

Result<void> SqlUserRepository::SetActive(Tx& tx, UserId id, bool active) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long user_id = id.value();
        const int flag = active ? 1 : 0;
        session << std::string(queries::kSetUserActive), soci::use(flag, "active"),
            soci::use(user_id, "id");
        return {};
    });
}

Result<void> SqlUserRepository::SetPassword(Tx& tx, UserId id, const std::string& password_hash) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long user_id = id.value();
        session << std::string(queries::kSetPassword), soci::use(password_hash, "password_hash"),
            soci::use(user_id, "id");
        return {};
    });
}

Result<void> SqlSessionRepository::DeleteOthersForUser(Tx& tx, UserId user, std::string_view keep) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long user_id = user.value();
        const std::string kept(keep);
        session << std::string(queries::kDeleteOtherSessions), soci::use(user_id, "user_id"),
            soci::use(kept, "keep");
        return {};
    });
}

Result<void> SqlSessionRepository::Insert(Tx& tx, const SessionRecord& s) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long user_id = s.user_id.value();
        const std::string created = FormatTimestamp(s.created_at);
        const std::string seen = FormatTimestamp(s.last_seen_at);
        const std::string expires = FormatTimestamp(s.expires_at);
        session << std::string(queries::kInsertSession), soci::use(s.token_digest, "token_hash"),
            soci::use(user_id, "user_id"), soci::use(s.csrf_token, "csrf_token"),
            soci::use(created, "created_at"), soci::use(seen, "last_seen_at"),
            soci::use(expires, "expires_at");
        return {};
    });
}

Result<std::optional<SessionRecord>> SqlSessionRepository::Find(Tx& tx,
                                                                std::string_view token_digest) {
    return db::Guarded([&]() -> Result<std::optional<SessionRecord>> {
        auto& session = db::AsSoci(tx).session();
        const std::string digest(token_digest);
        std::string token_hash;
        long long user_id = 0;
        std::string csrf;
        std::string created;
        std::string seen;
        std::string expires;
        session << std::string(queries::kFindSession), soci::use(digest, "token_hash"),
            soci::into(token_hash), soci::into(user_id), soci::into(csrf), soci::into(created),
            soci::into(seen), soci::into(expires);
        if (!session.got_data()) return std::optional<SessionRecord>();
        db::RowDecoder decode("sessions", user_id);
        SessionRecord record{token_hash,
                             UserId(user_id),
                             csrf,
                             decode.Take(ParseTimestamp(created), "created_at", created),
                             decode.Take(ParseTimestamp(seen), "last_seen_at", seen),
                             decode.Take(ParseTimestamp(expires), "expires_at", expires)};
        KEFU_TRY(decode.Finish());
        return std::optional<SessionRecord>(std::move(record));
    });
}

Result<void> SqlSessionRepository::Touch(Tx& tx, std::string_view token_digest, Timestamp at) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const std::string digest(token_digest);
        const std::string at_text = FormatTimestamp(at);
        session << std::string(queries::kTouchSession), soci::use(at_text, "at"),
            soci::use(digest, "token_hash");
        return {};
    });
}

Result<void> SqlSessionRepository::Delete(Tx& tx, std::string_view token_digest) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const std::string digest(token_digest);
        session << std::string(queries::kDeleteSession), soci::use(digest, "token_hash");
        return {};
    });
}

Result<void> SqlSessionRepository::DeleteExpired(Tx& tx, Timestamp now, Timestamp idle_cutoff) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const std::string now_text = FormatTimestamp(now);
        const std::string cutoff = FormatTimestamp(idle_cutoff);
        session << std::string(queries::kDeleteExpiredSessions), soci::use(now_text, "now"),
            soci::use(cutoff, "idle_cutoff");
        return {};
    });
}

Result<void> SqlSessionRepository::DeleteForUser(Tx& tx, UserId user) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long user_id = user.value();
        session << std::string(queries::kDeleteUserSessions), soci::use(user_id, "user_id");
        return {};
    });
}

Result<int> SqlSessionRepository::LockAndCountLoginFailures(Tx& tx,
                                                            std::string_view username,
                                                            Timestamp since) {
    return db::Guarded([&]() -> Result<int> {
        auto& soci_tx = db::AsSoci(tx);
        auto& session = soci_tx.session();
        const std::string name(username);
        // SQLite writers are already serialised by BEGIN IMMEDIATE; PostgreSQL needs a lock.
        if (soci_tx.dialect() == db::Dialect::kPostgresql) {
            session << std::string(queries::kLockLogin_Pg), soci::use(name, "username");
        }
        const std::string since_text = FormatTimestamp(since);
        long long count = 0;
        session << std::string(queries::kCountLoginFailures), soci::use(name, "username"),
            soci::use(since_text, "since"), soci::into(count);
        return static_cast<int>(count);
    });
}

Result<std::int64_t> SqlSessionRepository::AddLoginFailure(Tx& tx,
                                                           std::string_view username,
                                                           std::string_view ip,
                                                           Timestamp at) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        auto& session = db::AsSoci(tx).session();
        const std::string name(username);
        const std::string ip_text(ip);
        const std::string at_text = FormatTimestamp(at);
        long long id = 0;
        session << std::string(queries::kAddLoginFailure), soci::use(name, "username"),
            soci::use(at_text, "at"), soci::use(ip_text, "client_ip"), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

Result<void> SqlSessionRepository::DeleteLoginFailure(Tx& tx, std::int64_t id) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id;
        session << std::string(queries::kDeleteLoginFailure), soci::use(key, "id");
        return {};
    });
}

}  // namespace kefu::auth
