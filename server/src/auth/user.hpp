// Login accounts.
#pragma once

#include <optional>
#include <string>

#include "auth/role.hpp"
#include "platform/date.hpp"
#include "platform/strong_id.hpp"

namespace kefu::auth {

/// A login account, linked to a staff member or a dealer (or neither, e.g. admin).
struct User {
    UserId id;
    std::string username;
    std::string display_name;
    RoleSet roles;
    std::optional<StaffId> staff_id;
    std::optional<DealerId> dealer_id;
    bool active = true;
    int version = 1;
};

/// A user with the stored password hash (never leaves the auth module).
struct UserCredentials {
    User user;
    std::string password_hash;
};

/// A session as stored: only the token's digest, never the token.
struct SessionRecord {
    std::string token_digest;
    UserId user_id;
    std::string csrf_token;
    Timestamp created_at;
    Timestamp last_seen_at;
    Timestamp expires_at;  ///< absolute expiry
};

}  // namespace kefu::auth
