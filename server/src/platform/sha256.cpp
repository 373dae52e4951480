#include "platform/sha256.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace kefu {

std::string Sha256Hex(std::string_view bytes) {
    // libsodium's hash needs no initialisation, but its helpers are only documented after it.
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium failed to initialise");
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(
        digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

}  // namespace kefu
