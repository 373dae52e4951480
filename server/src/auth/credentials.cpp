#include "auth/credentials.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

#include "platform/sha256.hpp"

namespace kefu::auth {
namespace {

void EnsureSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium failed to initialise");
}

struct Limits {
    unsigned long long ops;
    std::size_t memory;
};

Limits LimitsOf(HashStrength strength) {
    if (strength == HashStrength::kMinimal) {
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    }
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

}  // namespace

std::string HashPassword(std::string_view password, HashStrength strength) {
    EnsureSodium();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    const Limits limits = LimitsOf(strength);
    if (crypto_pwhash_str_alg(out.data(),
                              password.data(),
                              password.size(),
                              limits.ops,
                              limits.memory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("out of memory while hashing a password");
    }
    return out.data();
}

bool NeedsRehash(std::string_view hash, HashStrength strength) {
    EnsureSodium();
    const std::string hash_text(hash);
    const Limits limits = LimitsOf(strength);
    return crypto_pwhash_str_needs_rehash(hash_text.c_str(), limits.ops, limits.memory) != 0;
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
    EnsureSodium();
    const std::string hash_text(hash);
    return crypto_pwhash_str_verify(hash_text.c_str(), password.data(), password.size()) == 0;
}

std::string NewToken() {
    EnsureSodium();
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, 64> text{};
    sodium_bin2base64(text.data(),
                      text.size(),
                      bytes.data(),
                      bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return text.data();
}

std::string TokenDigest(std::string_view token) { return Sha256Hex(token); }

std::string NewReadablePassword() {
    // 54 symbols without 0/O, 1/l/I: about 69 bits for 12 characters.
    static constexpr std::string_view kAlphabet =
        "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    for (int i = 0; i < 12; ++i) {
        out += kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))];
    }
    return out;
}

}  // namespace kefu::auth
