// Ports: storage of users, roles, sessions and failed logins.
#pragma once

#include <vector>

#include "auth/user.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::auth {

/// Users and their roles.
class UserRepository {
public:
    virtual ~UserRepository() = default;
    virtual Result<std::optional<UserCredentials>> FindByUsername(Tx& tx,
                                                                  std::string_view username) = 0;
    virtual Result<std::optional<User>> FindById(Tx& tx, UserId id) = 0;
    /// The account linked to a staff member, if any (at most one: a unique index holds it).
    virtual Result<std::optional<User>> FindByStaff(Tx& tx, StaffId staff) = 0;
    /// Users whose username or display name contains `query` (all when empty), by id.
    virtual Result<Page<User>> List(Tx& tx, std::string_view query, const PageRequest& page) = 0;
    /// ALREADY_EXISTS for a taken username.
    virtual Result<User> Insert(Tx& tx,
                                const User& user,
                                const std::string& password_hash,
                                Timestamp at) = 0;
    virtual Result<void> SetRoles(Tx& tx, UserId id, const RoleSet& roles) = 0;
    /// Moves the account to its next version; ABORTED unless it is still at `version`.
    virtual Result<void> BumpVersion(Tx& tx, UserId id, int version) = 0;
    virtual Result<void> SetPassword(Tx& tx, UserId id, const std::string& password_hash) = 0;
    /// Enables or disables the account (the caller bumps its version).
    virtual Result<void> SetActive(Tx& tx, UserId id, bool active) = 0;
};

/// Sessions (shared by every server node) and the failed-login log used for throttling.
class SessionRepository {
public:
    virtual ~SessionRepository() = default;
    virtual Result<void> Insert(Tx& tx, const SessionRecord& session) = 0;
    virtual Result<std::optional<SessionRecord>> Find(Tx& tx, std::string_view token_digest) = 0;
    virtual Result<void> Touch(Tx& tx, std::string_view token_digest, Timestamp at) = 0;
    virtual Result<void> Delete(Tx& tx, std::string_view token_digest) = 0;
    /// Removes sessions past their absolute expiry or idle since before `idle_cutoff`.
    virtual Result<void> DeleteExpired(Tx& tx, Timestamp now, Timestamp idle_cutoff) = 0;
    virtual Result<void> DeleteForUser(Tx& tx, UserId user) = 0;
    /// Ends every session of `user` except the one whose digest is `keep`.
    virtual Result<void> DeleteOthersForUser(Tx& tx, UserId user, std::string_view keep) = 0;
    /// Takes the username's login lock for the rest of the transaction (so concurrent attempts
    /// for one user are counted one after another) and counts its failures since `since`.
    virtual Result<int> LockAndCountLoginFailures(Tx& tx,
                                                  std::string_view username,
                                                  Timestamp since) = 0;
    /// Records a failed (or not yet verified) attempt; returns its id.
    virtual Result<std::int64_t> AddLoginFailure(Tx& tx,
                                                 std::string_view username,
                                                 std::string_view ip,
                                                 Timestamp at) = 0;
    virtual Result<void> DeleteLoginFailure(Tx& tx, std::int64_t id) = 0;
};

}  // namespace kefu::auth
