// The customer feedback form (客户意见反馈表, R-JOB-2) of a job as a printable document: what
// the salesperson raised, where and when, the items, a blank for the customer's opinion, the
// signatures, and a QR code that links to the job. Pure: the caller renders it to PDF.
#pragma once

#include <string>

#include "documents/document.hpp"
#include "jobs/job_service.hpp"

namespace kefu::jobs {

/// What the form prints beyond the job itself.
struct FeedbackFormFacts {
    std::string party;       ///< the customer's or the dealer's name
    std::string address;     ///< province, city, district and street
    std::string access;      ///< floor, lift and access notes, as one line; may be empty
    std::string link;        ///< where the QR code leads (the job's page)
    std::string printed_at;  ///< "YYYY-MM-DD HH:MM", China time
};

/// The form of `detail` as a one-page A4 document (more pages when the items are many).
documents::Document FeedbackForm(const JobDetail& detail, const FeedbackFormFacts& facts);

/// The Chinese name of a job kind, as the paper forms say it.
std::string KindLabel(JobKind kind);

}  // namespace kefu::jobs
