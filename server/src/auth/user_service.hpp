// Use cases on login accounts: list, create, change roles, reset a password.
#pragma once

#include "audit/audit_log.hpp"
#include "auth/auth_repository.hpp"
#include "auth/credentials.hpp"
#include "platform/clock.hpp"

namespace kefu::auth {

/// Input of CreateUser as the API receives it (roles by name, validated here).
struct NewUser {
    std::string username;
    std::string password;
    std::string display_name;
    std::vector<std::string> roles;
    std::optional<std::int64_t> staff_id;
    std::optional<std::int64_t> dealer_id;
};

/// Manages accounts. A user can only grant or remove roles they hold themselves.
class UserService {
public:
    UserService(UserRepository& users,
                SessionRepository& sessions,
                TransactionRunner& transactions,
                audit::AuditLog& audit,
                const Clock& clock,
                HashStrength strength = HashStrength::kInteractive)
        : users_(users),
          sessions_(sessions),
          transactions_(transactions),
          audit_(audit),
          clock_(clock),
          strength_(strength) {}

    /// PERMISSION_DENIED without user.read.
    Result<Page<User>> List(const Principal& principal,
                            std::string_view query,
                            const PageRequest& page);
    /// PERMISSION_DENIED without user.write or when granting a role the caller lacks;
    /// INVALID_ARGUMENT with violations; ALREADY_EXISTS for a taken username.
    Result<User> Create(const Principal& principal, const NewUser& input);
    /// Replaces the roles. PERMISSION_DENIED as above; NOT_FOUND for an unknown user; ABORTED
    /// when `version` is not the account's current one.
    Result<User> SetRoles(const Principal& principal,
                          UserId id,
                          const std::vector<std::string>& role_names,
                          int version);
    /// Sets a new password and ends the user's sessions (CLI: kefu user reset-password).
    Result<void> ResetPassword(const Principal& principal,
                               std::string_view username,
                               std::string_view password);

private:
    Result<RoleSet> ParseRoles(const std::vector<std::string>& names, Violations& violations);
    UserRepository& users_;
    SessionRepository& sessions_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
    HashStrength strength_;
};

/// The audit snapshot of a user (no password hash).
audit::Snapshot SnapshotOf(const User& user);

}  // namespace kefu::auth
