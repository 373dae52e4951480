#include "field/signed_document.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <set>

#include "field/field_record.hpp"
#include "platform/text.hpp"

namespace kefu::field {
namespace {

constexpr std::size_t kMaxSignerChars = 50;
constexpr std::size_t kMaxNoteBytes = 500;

bool StartsAsPng(std::string_view bytes) {
    return bytes.starts_with(std::string_view("\x89PNG\r\n\x1A\n", 8));
}

bool StartsAsJpeg(std::string_view bytes) {
    return bytes.starts_with(std::string_view("\xFF\xD8\xFF", 3));
}

std::string CountsText(std::vector<ItemCount> counts) {
    std::ranges::sort(counts, {}, &ItemCount::item_id);
    std::string text;
    for (const ItemCount& c : counts) text += fmt::format("{}:{},", c.item_id, c.pieces);
    return text;
}

}  // namespace

bool Needs(jobs::JobKind job_kind, DocumentKind document) {
    switch (document) {
        case DocumentKind::kInstallationReceipt:
        case DocumentKind::kAcceptance:
            return jobs::Installs(job_kind);
        case DocumentKind::kDeliveryNote:
            return job_kind == jobs::JobKind::kDealerDelivery;
    }
    return false;
}

std::vector<CopyName> TrackedCopies(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::kInstallationReceipt:
            return {};
        case DocumentKind::kDeliveryNote:
            return {CopyName::kReturnedToSupervisor};
        case DocumentKind::kAcceptance:
            return {CopyName::kClerk, CopyName::kSupervisor};
    }
    return {};
}

bool CopyStateAllowed(CopyName copy, CopyState state) {
    if (state == CopyState::kPending) return true;
    if (copy == CopyName::kReturnedToSupervisor) {
        return state == CopyState::kReturned || state == CopyState::kMissing;
    }
    return state == CopyState::kHandedOver || state == CopyState::kFiled;
}

bool CountsPieces(DocumentKind kind) { return kind != DocumentKind::kInstallationReceipt; }

std::string SignatureFingerprint(const SignatureInput& in) {
    // Lengths before free text, so no name or note can imitate the fields after it.
    return fmt::format(
        "job={};kind={};signer={}:{};at={};method={};image={}:{};counts={};note={}:{}",
        in.job_id,
        kDocumentKindNames.Name(in.kind),
        in.signer_name.size(),
        in.signer_name,
        FormatTimestamp(in.signed_at),
        kSignatureMethodNames.Name(in.method),
        in.image_type,
        Sha256Hex(in.image),
        CountsText(in.counts),
        in.note.size(),
        in.note);
}

std::string SignedContent(std::string_view job_number,
                          const SignatureInput& in,
                          int version,
                          std::string_view reason) {
    return fmt::format("kefu signed document\njob={}\ndocument={}\nversion={}\nreason={}:{}\n{}",
                       job_number,
                       kDocumentKindNames.Name(in.kind),
                       version,
                       reason.size(),
                       reason,
                       SignatureFingerprint(in));
}

std::vector<FieldViolation> CheckSignatureShape(const SignatureInput& in, Timestamp now) {
    std::vector<FieldViolation> v;
    if (!IsUuid(in.id)) v.push_back({"id", "invalid_format"});
    const std::size_t name_chars = Utf8Length(in.signer_name);
    if (name_chars == 0 || in.signer_name.find_first_not_of(" \t") == std::string::npos) {
        v.push_back({"signerName", "required"});
    } else if (name_chars > kMaxSignerChars) {
        v.push_back({"signerName", "too_long"});
    }
    const bool png = in.image_type == kPng;
    const bool jpeg = in.image_type == kJpeg;
    if (in.image.empty()) {
        v.push_back({"image.data", "required"});
    } else if (!png && !jpeg) {
        v.push_back({"image.contentType", "unsupported_type"});
    } else if (in.method == SignatureMethod::kDrawn && !png) {
        v.push_back({"image.contentType", "drawn_is_png"});
    } else if (in.image.size() > kMaxSignatureBytes) {
        v.push_back({"image.data", "too_large"});
    } else if ((png && !StartsAsPng(in.image)) || (jpeg && !StartsAsJpeg(in.image))) {
        v.push_back({"image.data", "type_mismatch"});
    }
    if (!CountsPieces(in.kind) && !in.counts.empty()) v.push_back({"counts", "not_counted"});
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < in.counts.size(); ++i) {
        const ItemCount& c = in.counts[i];
        if (c.pieces < 0) v.push_back({fmt::format("counts[{}].pieces", i), "negative"});
        if (!seen.insert(c.item_id).second) {
            v.push_back({fmt::format("counts[{}].productId", i), "duplicate"});
        }
    }
    if (in.note.size() > kMaxNoteBytes) v.push_back({"note", "too_long"});
    if (in.signed_at > now + kClockSkew) v.push_back({"signedAt", "in_future"});
    return v;
}

}  // namespace kefu::field
