// SHA-256 as hexadecimal text: session token digests, the hash printed on signed documents, the
// fingerprint of an uploaded file.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

/// SHA-256 of `bytes` as 64 lower-case hexadecimal digits (libsodium).
std::string Sha256Hex(std::string_view bytes);

}  // namespace kefu
