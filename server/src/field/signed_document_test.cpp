// The signed paper trail's rules (R-FLD-5..7): which job needs which document, the copies the
// office tracks, the shape of a signature and the hash of a signed version.
#include "field/signed_document.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kefu::field {
namespace {

using jobs::JobKind;

const std::string kPngBytes = std::string("\x89PNG\r\n\x1A\n", 8) + "rest of the image";
const std::string kJpegBytes = std::string("\xFF\xD8\xFF\xE0", 4) + "rest of the photo";

Timestamp At(const char* text) { return *ParseTimestamp(text); }

SignatureInput Drawn() {
    SignatureInput in;
    in.id = "5f0c7a52-6a1e-4d3e-9b55-0a1b2c3d4e01";
    in.job_id = 7;
    in.kind = DocumentKind::kDeliveryNote;
    in.signer_name = "刘经理";
    in.signed_at = At("2026-11-27T02:00:00Z");
    in.method = SignatureMethod::kDrawn;
    in.image_type = std::string(kPng);
    in.image = kPngBytes;
    in.counts = {{3, 6}, {4, 4}};
    return in;
}

bool Has(const std::vector<FieldViolation>& v,
         const std::string& field,
         const std::string& reason) {
    return std::ranges::any_of(
        v, [&](const FieldViolation& x) { return x.field == field && x.reason == reason; });
}

TEST(SignedDocument,
     InstallingJobsNeedTheReceiptAndAcceptanceDealerDeliveriesTheNote) {  // R-FLD-5..7
    EXPECT_TRUE(Needs(JobKind::kInstallation, DocumentKind::kInstallationReceipt));
    EXPECT_TRUE(Needs(JobKind::kInstallation, DocumentKind::kAcceptance));
    EXPECT_FALSE(Needs(JobKind::kInstallation, DocumentKind::kDeliveryNote));
    EXPECT_TRUE(Needs(JobKind::kDealerDelivery, DocumentKind::kDeliveryNote));
    EXPECT_FALSE(Needs(JobKind::kDealerDelivery, DocumentKind::kInstallationReceipt));
    EXPECT_FALSE(Needs(JobKind::kDealerDelivery, DocumentKind::kAcceptance));
}

TEST(SignedDocument, TheOfficeTracksTheReturnedNoteAndBothAcceptanceCopies) {  // R-FLD-6/7
    EXPECT_TRUE(TrackedCopies(DocumentKind::kInstallationReceipt).empty());
    EXPECT_EQ(TrackedCopies(DocumentKind::kDeliveryNote),
              std::vector<CopyName>{CopyName::kReturnedToSupervisor});
    EXPECT_EQ(TrackedCopies(DocumentKind::kAcceptance),
              (std::vector<CopyName>{CopyName::kClerk, CopyName::kSupervisor}));
    EXPECT_TRUE(CopyStateAllowed(CopyName::kReturnedToSupervisor, CopyState::kMissing));
    EXPECT_FALSE(CopyStateAllowed(CopyName::kReturnedToSupervisor, CopyState::kFiled));
    EXPECT_TRUE(CopyStateAllowed(CopyName::kClerk, CopyState::kFiled));
    EXPECT_FALSE(CopyStateAllowed(CopyName::kSupervisor, CopyState::kReturned));
}

TEST(SignedDocument, AGoodSignaturePassesAndABadOneNamesEveryProblem) {
    const Timestamp now = At("2026-11-27T02:05:00Z");
    EXPECT_TRUE(CheckSignatureShape(Drawn(), now).empty());
    SignatureInput bad = Drawn();
    bad.id = "x";
    bad.signer_name = "  ";
    bad.image_type = std::string(kJpeg);  // drawn signatures are PNG
    bad.counts = {{3, -1}, {3, 2}};
    bad.signed_at = now + std::chrono::minutes(11);
    const auto v = CheckSignatureShape(bad, now);
    EXPECT_TRUE(Has(v, "id", "invalid_format"));
    EXPECT_TRUE(Has(v, "signerName", "required"));
    EXPECT_TRUE(Has(v, "image.contentType", "drawn_is_png"));
    EXPECT_TRUE(Has(v, "counts[0].pieces", "negative"));
    EXPECT_TRUE(Has(v, "counts[1].productId", "duplicate"));
    EXPECT_TRUE(Has(v, "signedAt", "in_future"));
}

TEST(SignedDocument, TheImageMustBeWhatItsTypeSaysAndSmallEnough) {
    const Timestamp now = At("2026-11-27T02:05:00Z");
    SignatureInput renamed = Drawn();
    renamed.image = "%PDF-1.7 not an image";
    EXPECT_TRUE(Has(CheckSignatureShape(renamed, now), "image.data", "type_mismatch"));
    SignatureInput paper = Drawn();
    paper.method = SignatureMethod::kPaperPhoto;
    paper.image_type = std::string(kJpeg);
    paper.image = kJpegBytes;
    EXPECT_TRUE(CheckSignatureShape(paper, now).empty());
    paper.image_type = "image/gif";
    EXPECT_TRUE(Has(CheckSignatureShape(paper, now), "image.contentType", "unsupported_type"));
    SignatureInput big = Drawn();
    big.image = kPngBytes + std::string(kMaxSignatureBytes, 'x');
    EXPECT_TRUE(Has(CheckSignatureShape(big, now), "image.data", "too_large"));
    SignatureInput receipt = Drawn();
    receipt.kind = DocumentKind::kInstallationReceipt;
    EXPECT_TRUE(Has(CheckSignatureShape(receipt, now), "counts", "not_counted"));
}

TEST(SignedDocument, AReplayMatchesWhateverTheOrderAndAnyChangeDoesNot) {  // R-FLD-10
    SignatureInput reordered = Drawn();
    std::ranges::reverse(reordered.counts);
    EXPECT_EQ(SignatureFingerprint(reordered), SignatureFingerprint(Drawn()));
    SignatureInput other_image = Drawn();
    other_image.image += "!";
    EXPECT_NE(SignatureFingerprint(other_image), SignatureFingerprint(Drawn()));
    SignatureInput other_name = Drawn();
    other_name.signer_name = "刘经";
    other_name.note = "理";  // the same characters moved to the note: still different
    EXPECT_NE(SignatureFingerprint(other_name), SignatureFingerprint(Drawn()));
}

TEST(SignedDocument, TheHashCoversTheVersionAndItsReason) {
    const std::string first = Sha256Hex(SignedContent("KF-1", Drawn(), 1, ""));
    EXPECT_EQ(first.size(), 64U);
    EXPECT_EQ(first, Sha256Hex(SignedContent("KF-1", Drawn(), 1, "")));
    EXPECT_NE(first, Sha256Hex(SignedContent("KF-1", Drawn(), 2, "签错人")));
    // Another reason of the same length: the reason's text itself is covered.
    EXPECT_NE(Sha256Hex(SignedContent("KF-1", Drawn(), 2, "签错人")),
              Sha256Hex(SignedContent("KF-1", Drawn(), 2, "写错人")));
    EXPECT_NE(first, Sha256Hex(SignedContent("KF-2", Drawn(), 1, "")));
    // The SHA-256 of "abc" (FIPS 180-2), so the hash is the standard one a reader can recompute.
    EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace kefu::field
