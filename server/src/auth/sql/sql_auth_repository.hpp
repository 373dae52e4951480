// Users, roles, sessions and failed logins on SQL.
#pragma once

#include "auth/auth_repository.hpp"

namespace kefu::auth {

/// UserRepository over SOCI.
class SqlUserRepository final : public UserRepository {
public:
    Result<std::optional<UserCredentials>> FindByUsername(Tx& tx,
                                                          std::string_view username) override;
    Result<std::optional<User>> FindById(Tx& tx, UserId id) override;
    Result<std::optional<User>> FindByStaff(Tx& tx, StaffId staff) override;
    Result<Page<User>> List(Tx& tx, std::string_view query, const PageRequest& page) override;
    Result<User> Insert(Tx& tx,
                        const User& user,
                        const std::string& password_hash,
                        Timestamp at) override;
    Result<void> SetRoles(Tx& tx, UserId id, const RoleSet& roles) override;
    Result<void> BumpVersion(Tx& tx, UserId id, int version) override;
    Result<void> SetActive(Tx& tx, UserId id, bool active) override;
    Result<void> SetPassword(Tx& tx, UserId id, const std::string& password_hash) override;
};

/// SessionRepository over SOCI.
class SqlSessionRepository final : public SessionRepository {
public:
    Result<void> Insert(Tx& tx, const SessionRecord& session) override;
    Result<std::optional<SessionRecord>> Find(Tx& tx, std::string_view token_digest) override;
    Result<void> Touch(Tx& tx, std::string_view token_digest, Timestamp at) override;
    Result<void> Delete(Tx& tx, std::string_view token_digest) override;
    Result<void> DeleteExpired(Tx& tx, Timestamp now, Timestamp idle_cutoff) override;
    Result<void> DeleteForUser(Tx& tx, UserId user) override;
    Result<void> DeleteOthersForUser(Tx& tx, UserId user, std::string_view keep) override;
    Result<int> LockAndCountLoginFailures(Tx& tx,
                                          std::string_view username,
                                          Timestamp since) override;
    Result<std::int64_t> AddLoginFailure(Tx& tx,
                                         std::string_view username,
                                         std::string_view ip,
                                         Timestamp at) override;
    Result<void> DeleteLoginFailure(Tx& tx, std::int64_t id) override;
};

}  // namespace kefu::auth
