// A signed version of a job's document as a printable A4 document (R-FLD-5..7): the job, the
// items with the pieces counted, the signature, the signer and the time, a QR code to the job
// and the hash of the signed content. Pure: the caller renders it to PDF.
#pragma once

#include <string>

#include "documents/document.hpp"
#include "field/signed_document.hpp"
#include "jobs/job.hpp"

namespace kefu::field {

/// What the document prints beyond the job and the version.
struct SignedPrintFacts {
    std::string party;    ///< the customer's or the dealer's name
    std::string address;  ///< province, city, district and street
    std::string link;     ///< where the QR code leads (the job's page)
};

/// The version `v` of `document` for `job`. The delivery note prints in duplicate, 第一联 and
/// 第二联 on two pages (R-FLD-6); the others once.
documents::Document PrintSignedDocument(const jobs::Job& job,
                                        const SignedDocument& document,
                                        const SignedVersion& v,
                                        const SignedPrintFacts& facts);

/// The Chinese title of a document, as the paper forms say it.
std::string DocumentTitle(DocumentKind kind);

}  // namespace kefu::field
