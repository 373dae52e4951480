// Password hashing (argon2id) and session tokens (random 256-bit, stored hashed).
#pragma once

#include <string>
#include <string_view>

namespace kefu::auth {

/// How much work a password hash costs. kInteractive in production; kMinimal only for test
/// fixtures, where hundreds of hashes would otherwise dominate the run time.
enum class HashStrength { kInteractive, kMinimal };

/// An argon2id hash string (libsodium crypto_pwhash_str format, salt and parameters included).
std::string HashPassword(std::string_view password, HashStrength strength);
/// True when `password` matches `hash`; false for a malformed hash.
bool VerifyPassword(std::string_view hash, std::string_view password);
/// True when `hash` was not made at `strength` (so checking it costs something else).
bool NeedsRehash(std::string_view hash, HashStrength strength);

/// 32 random bytes, URL-safe base64 without padding.
std::string NewToken();
/// A random 12-character password for a person to type once (no look-alike characters).
std::string NewReadablePassword();
/// SHA-256 of a token, lowercase hex: what the database stores, so a leaked table grants nothing.
std::string TokenDigest(std::string_view token);

}  // namespace kefu::auth
