// Login, logout and session resolution (R-SEC-1).
#pragma once

#include <chrono>
#include <mutex>
#include <string>

#include "audit/audit_log.hpp"
#include "auth/auth_repository.hpp"
#include "auth/credentials.hpp"
#include "auth/session_authenticator.hpp"
#include "platform/clock.hpp"

namespace kefu::auth {

/// Session and throttling settings (security configuration, not regulation policy).
struct SessionSettings {
    std::chrono::seconds idle_timeout{30 * 60};
    std::chrono::seconds absolute_timeout{12 * 60 * 60};
    int max_failed_logins = 5;                     ///< per username within the window
    std::chrono::seconds failure_window{15 * 60};  ///< throttling window
    std::chrono::seconds touch_interval{60};       ///< how often last-seen is written
};

/// A new session: the raw token goes into the cookie and is never stored.
struct LoginResult {
    std::string token;
    Principal principal;
};

/// Authenticates users and resolves sessions held in the database (any node serves any session).
class AuthService final : public SessionAuthenticator {
public:
    AuthService(UserRepository& users,
                SessionRepository& sessions,
                TransactionRunner& transactions,
                audit::AuditLog& audit,
                const Clock& clock,
                const PermissionTable& permissions,
                HashStrength hash_strength,
                SessionSettings settings = {})
        : users_(users),
          sessions_(sessions),
          transactions_(transactions),
          audit_(audit),
          clock_(clock),
          permissions_(permissions),
          hash_strength_(hash_strength),
          settings_(settings) {}

    /// INVALID_ARGUMENT for empty fields; RESOURCE_EXHAUSTED after too many recent failures
    /// (logged); UNAUTHENTICATED for a wrong username or password (logged and audited). An
    /// unknown username costs what a wrong password costs (one hash check at `hash_strength`),
    /// and a correct password stored at another strength is re-hashed at this one, so the time
    /// of an answer does not tell which usernames exist.
    Result<LoginResult> Login(std::string_view username,
                              std::string_view password,
                              std::string_view client_ip);
    /// Ends the session of `token`.
    Result<void> Logout(const Principal& principal, std::string_view token);
    Result<Principal> Authenticate(std::string_view token) override;

private:
    Result<Principal> LoadPrincipal(Tx& tx, UserId id, const std::string& csrf_token);
    /// The hash unknown usernames are checked against: made at the strength of real passwords.
    const std::string& DummyHash();
    UserRepository& users_;
    SessionRepository& sessions_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
    const PermissionTable& permissions_;
    HashStrength hash_strength_;
    SessionSettings settings_;
    std::once_flag dummy_once_;
    std::string dummy_hash_;
};

/// Builds the principal of a user for a session, reading its roles against `permissions`.
Principal PrincipalOf(const User& user, std::string csrf_token, const PermissionTable& permissions);

}  // namespace kefu::auth
