#include "auth/auth_service.hpp"

#include <spdlog/spdlog.h>

#include "auth/account_actions.hpp"
#include "auth/credentials.hpp"

namespace kefu::auth {

const std::string& AuthService::DummyHash() {
    // Made on first use, not at start-up: commands that never log anyone in pay nothing.
    std::call_once(dummy_once_,
                   [this] { dummy_hash_ = HashPassword("kefu-dummy-password", hash_strength_); });
    return dummy_hash_;
}

Principal PrincipalOf(const User& user,
                      std::string csrf_token,
                      const PermissionTable& permissions) {
    Principal p;
    p.permissions = &permissions;
    p.user_id = user.id;
    p.username = user.username;
    p.display_name = user.display_name;
    p.roles = user.roles;
    p.staff_id = user.staff_id;
    p.dealer_id = user.dealer_id;
    p.csrf_token = std::move(csrf_token);
    return p;
}

Result<LoginResult> AuthService::Login(std::string_view username,
                                       std::string_view password,
                                       std::string_view client_ip) {
    Violations violations;
    if (username.empty()) violations.Add("username", "required");
    if (password.empty()) violations.Add("password", "required");
    KEFU_TRY(violations.ToResult());

    const Timestamp now = clock_.Now();
    // The attempt is counted and recorded as a failure in one transaction that holds the user's
    // login lock, before the password is checked: parallel guesses cannot all slip under the
    // limit. A correct password then removes its own record.
    struct Attempt {
        bool throttled = false;
        std::int64_t failure_id = 0;
        std::optional<UserCredentials> credentials;
    };
    KEFU_ASSIGN_OR_RETURN(
        Attempt attempt, transactions_.Run<Attempt>(TxMode::kWrite, [&](Tx& tx) -> Result<Attempt> {
            Attempt out;
            KEFU_ASSIGN_OR_RETURN(
                int failures,
                sessions_.LockAndCountLoginFailures(tx, username, now - settings_.failure_window));
            if (failures >= settings_.max_failed_logins) {
                out.throttled = true;
                return out;
            }
            KEFU_ASSIGN_OR_RETURN(out.failure_id,
                                  sessions_.AddLoginFailure(tx, username, client_ip, now));
            KEFU_ASSIGN_OR_RETURN(out.credentials, users_.FindByUsername(tx, username));
            return out;
        }));
    if (attempt.throttled) {
        spdlog::warn("login throttled for user '{}' from {}", username, client_ip);
        return Fail(Error::ResourceExhausted(
            "too many failed logins; wait a few minutes before trying again"));
    }

    const bool known = attempt.credentials && attempt.credentials->user.active;
    const bool ok =
        VerifyPassword(known ? attempt.credentials->password_hash : DummyHash(), password) && known;
    if (!ok) {
        spdlog::warn("failed login for user '{}' from {}", username, client_ip);
        KEFU_TRY(transactions_.Run(TxMode::kWrite, [&](Tx& tx) -> Result<void> {
            return audit_.RecordAnonymous(tx,
                                          {events::kLoginFailed,
                                           std::string(username),
                                           std::nullopt,
                                           audit::Snapshot{{"username", std::string(username)},
                                                           {"clientIp", std::string(client_ip)}}});
        }));
        return Fail(Error::Unauthenticated("wrong username or password"));
    }

    // A hash made at another strength (an older setting, `kefu demo --fast-hashes`) costs
    // another time to check than DummyHash: bring it to the current strength now.
    std::optional<std::string> rehashed;
    if (NeedsRehash(attempt.credentials->password_hash, hash_strength_)) {
        rehashed = HashPassword(password, hash_strength_);
    }

    LoginResult result;
    result.token = NewToken();
    result.principal = PrincipalOf(attempt.credentials->user, NewToken(), permissions_);
    SessionRecord session{TokenDigest(result.token),
                          result.principal.user_id,
                          result.principal.csrf_token,
                          now,
                          now,
                          now + settings_.absolute_timeout};
    KEFU_TRY(transactions_.Run(TxMode::kWrite, [&](Tx& tx) -> Result<void> {
        KEFU_TRY(sessions_.DeleteLoginFailure(tx, attempt.failure_id));
        if (rehashed) KEFU_TRY(users_.SetPassword(tx, result.principal.user_id, *rehashed));
        KEFU_TRY(sessions_.DeleteExpired(tx, now, now - settings_.idle_timeout));
        KEFU_TRY(sessions_.Insert(tx, session));
        return audit_.Record(tx,
                             result.principal,
                             {events::kLogin,
                              std::to_string(result.principal.user_id.value()),
                              std::nullopt,
                              audit::Snapshot{{"clientIp", std::string(client_ip)}}});
    }));
    return result;
}

Result<void> AuthService::Logout(const Principal& principal, std::string_view token) {
    return transactions_.Run(TxMode::kWrite, [&](Tx& tx) -> Result<void> {
        KEFU_TRY(sessions_.Delete(tx, TokenDigest(token)));
        return audit_.Record(
            tx, principal, {events::kLogout, std::to_string(principal.user_id.value()), {}, {}});
    });
}

Result<Principal> AuthService::LoadPrincipal(Tx& tx, UserId id, const std::string& csrf_token) {
    KEFU_ASSIGN_OR_RETURN(auto user, users_.FindById(tx, id));
    if (!user || !user->active) return Fail(Error::Unauthenticated("the account is disabled"));
    return PrincipalOf(*user, csrf_token, permissions_);
}

Result<Principal> AuthService::Authenticate(std::string_view token) {
    const Timestamp now = clock_.Now();
    const std::string digest = TokenDigest(token);
    struct Resolved {
        Principal principal;
        bool needs_touch = false;
    };
    KEFU_ASSIGN_OR_RETURN(
        Resolved resolved,
        transactions_.Run<Resolved>(TxMode::kRead, [&](Tx& tx) -> Result<Resolved> {
            KEFU_ASSIGN_OR_RETURN(auto session, sessions_.Find(tx, digest));
            if (!session || now >= session->expires_at ||
                now - session->last_seen_at > settings_.idle_timeout) {
                return Fail(Error::Unauthenticated("the session has expired; please log in"));
            }
            Resolved out;
            KEFU_ASSIGN_OR_RETURN(out.principal,
                                  LoadPrincipal(tx, session->user_id, session->csrf_token));
            out.needs_touch = now - session->last_seen_at >= settings_.touch_interval;
            return out;
        }));
    if (resolved.needs_touch) {
        KEFU_TRY(transactions_.Run(TxMode::kWrite,
                                   [&](Tx& tx) { return sessions_.Touch(tx, digest, now); }));
    }
    return resolved.principal;
}

}  // namespace kefu::auth
