// R-SEC-1: passwords hashed with argon2id; tokens random and stored hashed.
#include "auth/credentials.hpp"

#include <gtest/gtest.h>

namespace kefu::auth {
namespace {

TEST(Credentials, Argon2idHashVerifiesOnlyTheRightPassword) {
    const std::string hash = HashPassword("Kefu@2026 ", HashStrength::kMinimal);
    EXPECT_TRUE(hash.starts_with("$argon2id$"));
    EXPECT_TRUE(VerifyPassword(hash, "Kefu@2026 "));
    EXPECT_FALSE(VerifyPassword(hash, "Kefu@2026"));
    EXPECT_FALSE(VerifyPassword("not-a-hash", "x"));
    EXPECT_NE(hash, HashPassword("Kefu@2026 ", HashStrength::kMinimal)) << "salted";
}

TEST(Credentials, TokensAre256BitAndDigestIsStable) {
    const std::string a = NewToken();
    const std::string b = NewToken();
    EXPECT_EQ(a.size(), 43u);  // 32 bytes in unpadded base64
    EXPECT_NE(a, b);
    EXPECT_EQ(TokenDigest(a), TokenDigest(a));
    EXPECT_EQ(TokenDigest(a).size(), 64u);
    EXPECT_NE(TokenDigest(a), TokenDigest(b));
}

}  // namespace
}  // namespace kefu::auth
