// Port the HTTP layer uses to turn a session cookie into a principal.
#pragma once

#include <string_view>

#include "auth/permission.hpp"

namespace kefu::auth {

/// Resolves session tokens. UNAUTHENTICATED for unknown, idle-expired or absolutely expired
/// sessions; a successful call extends the idle window.
class SessionAuthenticator {
public:
    virtual ~SessionAuthenticator() = default;
    virtual Result<Principal> Authenticate(std::string_view token) = 0;
};

}  // namespace kefu::auth
