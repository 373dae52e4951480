// The signed paper trail of a job (R-FLD-5..7): the installation receipt the end customer signs,
// the delivery note a dealer signs in duplicate, the acceptance document. A signed version never
// changes; a correction is a new version with a reason. The paper copies are tracked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "field/piece_count.hpp"
#include "jobs/job.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/sha256.hpp"
#include "platform/strong_id.hpp"

namespace kefu::field {

/// The documents of the chain after the feedback form.
enum class DocumentKind { kInstallationReceipt, kDeliveryNote, kAcceptance };

inline constexpr auto kDocumentKindNames =
    MakeEnumNames<DocumentKind>({{DocumentKind::kInstallationReceipt, "installation_receipt"},
                                 {DocumentKind::kDeliveryNote, "delivery_note"},
                                 {DocumentKind::kAcceptance, "acceptance"}});

/// How the signature came: drawn on the phone, or a photo of a paper copy signed by hand.
enum class SignatureMethod { kDrawn, kPaperPhoto };

inline constexpr auto kSignatureMethodNames = MakeEnumNames<SignatureMethod>(
    {{SignatureMethod::kDrawn, "drawn"}, {SignatureMethod::kPaperPhoto, "paper_photo"}});

/// A paper copy the office follows: the delivery note's signed copy going back to the
/// supervisor (R-FLD-6), the acceptance document's clerk and supervisor copies (R-FLD-7).
enum class CopyName { kReturnedToSupervisor, kClerk, kSupervisor };

inline constexpr auto kCopyNameNames =
    MakeEnumNames<CopyName>({{CopyName::kReturnedToSupervisor, "returned_to_supervisor"},
                             {CopyName::kClerk, "clerk"},
                             {CopyName::kSupervisor, "supervisor"}});

/// Where a tracked copy is. pending until someone says otherwise.
enum class CopyState { kPending, kReturned, kMissing, kHandedOver, kFiled };

inline constexpr auto kCopyStateNames =
    MakeEnumNames<CopyState>({{CopyState::kPending, "pending"},
                              {CopyState::kReturned, "returned"},
                              {CopyState::kMissing, "missing"},
                              {CopyState::kHandedOver, "handed_over"},
                              {CopyState::kFiled, "filed"}});

/// The image types a signature may come as (the pad exports PNG; a paper copy is a photo).
inline constexpr std::string_view kPng = "image/png";
inline constexpr std::string_view kJpeg = "image/jpeg";

/// The largest signature image: a drawn one is ~20 KB, a shrunk photo of paper ~300 KB.
inline constexpr std::size_t kMaxSignatureBytes = std::size_t{700} * 1024;

/// A signature as the phone sends it, under its own UUID (offline first, R-FLD-10).
struct SignatureInput {
    std::string id;  ///< the phone's UUID: identity and idempotency key
    std::int64_t job_id = 0;
    DocumentKind kind = DocumentKind::kInstallationReceipt;
    std::string signer_name;
    Timestamp signed_at;
    SignatureMethod method = SignatureMethod::kDrawn;
    std::string image_type;         ///< image/png or image/jpeg
    std::string image;              ///< the image's bytes
    std::vector<ItemCount> counts;  ///< delivery note and acceptance: the pieces counted
    std::string note;
};

/// One signed version as stored.
struct SignedVersion {
    int version = 1;
    SignatureInput input;
    std::string fingerprint;   ///< SignatureFingerprint(input): a replay must match it
    std::string reason;        ///< why this version replaced the one before; empty for the first
    std::string content_hash;  ///< SHA-256 (hex) of SignedContent: printed on the PDF
    std::optional<UserId> recorded_by;
    std::string recorded_by_name;
    Timestamp received_at;
};

/// A tracked paper copy.
struct DocumentCopy {
    CopyName name = CopyName::kClerk;
    CopyState state = CopyState::kPending;
    std::optional<Timestamp> changed_at = std::nullopt;
    std::string changed_by_name = {};
};

/// A job's document with every version, oldest first, and its tracked copies.
struct SignedDocument {
    std::int64_t id = 0;
    std::int64_t job_id = 0;
    std::string job_number;  ///< read with it, for the office's lists
    DocumentKind kind = DocumentKind::kInstallationReceipt;
    int current_version = 1;
    int version = 1;  ///< of the row, for the copies' optimistic updates
    std::vector<SignedVersion> versions;
    std::vector<DocumentCopy> copies;

    const SignedVersion& current() const { return versions.back(); }
};

/// Whether a job of `kind` needs the document: installing jobs the receipt and the acceptance,
/// dealer deliveries the delivery note.
bool Needs(jobs::JobKind job_kind, DocumentKind document);

/// The copies the office tracks for a document, in print order.
std::vector<CopyName> TrackedCopies(DocumentKind kind);

/// Whether a copy may be put in `state`: the delivery note's returned copy is returned or
/// missing, the acceptance copies are handed over or filed (pending for an undo).
bool CopyStateAllowed(CopyName copy, CopyState state);

/// Whether the document's signing counts pieces with the dealer or the customer.
bool CountsPieces(DocumentKind kind);

/// A canonical text of what the phone sent (counts sorted, the image by its hash), so a replay
/// matches however its lists were ordered and another signature under a reused UUID does not.
std::string SignatureFingerprint(const SignatureInput& input);

/// The text a version's hash covers: the job, the document, the version and its reason, who
/// signed when and how, the counts, the note and the image's SHA-256.
std::string SignedContent(std::string_view job_number,
                          const SignatureInput& input,
                          int version,
                          std::string_view reason);

/// The checks of a signature that need no database, each as {field, reason}: the UUID, a signer's
/// name (1..50 characters), an image of an allowed type whose first bytes agree and at most
/// kMaxSignatureBytes (a drawn signature is PNG), counts only for a counting document and none
/// negative or twice, a note of at most 500 bytes, and a signing time not after `now` plus a few
/// minutes of clock skew.
std::vector<FieldViolation> CheckSignatureShape(const SignatureInput& input, Timestamp now);

}  // namespace kefu::field
