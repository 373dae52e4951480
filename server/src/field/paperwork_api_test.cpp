// The signed paper trail through the API (R-FLD-5..7): the customer's installation receipt
// finishes the job and nothing else can, a signed document never changes (a correction is a new
// version, both readable, both audited), the PDFs say who signed what and how many, and the
// office follows the paper copies. The clock says Friday 2026-11-27 10:00 China.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <string>

#include "db/bytes_text.hpp"
#include "documents/testing/pdf_probe.hpp"
#include "documents/testing/sample_documents.hpp"
#include "field/field_api_fixture.hpp"
#include "images/testing/jpeg_segments.hpp"
#include "images/testing/photo_fixtures.hpp"

namespace kefu::api_tests {
namespace {

constexpr const char* kReceiptId = "9a1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e01";
constexpr const char* kAcceptanceId = "9a1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e02";
constexpr const char* kCorrectionId = "9a1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e03";
constexpr const char* kNoteId = "9a1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e04";

class PaperworkApi : public FieldApi {
protected:
    json Signature(const std::string& id,
                   std::int64_t job,
                   const std::string& document,
                   const std::string& signer) const {
        json body{{"id", id},
                  {"jobId", job},
                  {"document", document},
                  {"signerName", signer},
                  {"signedAt", "2026-11-27T01:58:00Z"},
                  {"method", "drawn"},
                  {"image",
                   {{"contentType", "image/png"},
                    {"data", db::BytesToText(documents::testing::SampleSignaturePng())}}}};
        if (document != "installation_receipt") body["counts"] = Counts(6, 4);
        return body;
    }

    ApiResponse Sign(ApiClient& client, const json& body) {
        return client.Post("/api/v1/field/signatures", body);
    }

    /// The crew's steps up to on site.
    void OnSite() {
        Must(Record(*crew_, Loading(kLoadingId)), 201);
        Must(Record(*crew_, Departure()), 201);
        Must(Record(*crew_, Arrival()), 201);
    }

    std::string Pdf(std::int64_t document, int version) {
        return Must(head_->Get("/api/v1/field/documents/" + std::to_string(document) +
                               "/pdf?version=" + std::to_string(version)),
                    200)
            .raw;
    }
};

TEST_F(PaperworkApi, TheJobCannotBeInstalledWithoutTheCustomersSignedReceipt) {  // R-FLD-5
    OnSite();
    const auto refused = Fire("finish_installation");
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("documents", "receipt_required"));
    EXPECT_EQ(Job()["status"], "on_site");

    // The customer signs on the phone: the receipt finishes the installation.
    const auto signed_receipt =
        Sign(*crew_, Signature(kReceiptId, job_, "installation_receipt", "王主任"));
    ASSERT_EQ(signed_receipt.status, 201) << signed_receipt.Describe();
    EXPECT_EQ(signed_receipt.body["jobStatus"], "installed");
    EXPECT_EQ(signed_receipt.body["document"]["currentVersion"], 1);
    EXPECT_EQ(
        signed_receipt.body["document"]["versions"][0]["contentHash"].get<std::string>().size(),
        64U);
    EXPECT_EQ(Job()["status"], "installed");
    // Sent again (the answer was lost): a replay that changes nothing.
    const auto rows = SnapshotRows(*env_.test_app.app);
    const auto replay = Sign(*crew_, Signature(kReceiptId, job_, "installation_receipt", "王主任"));
    EXPECT_EQ(replay.status, 200) << replay.Describe();
    EXPECT_EQ(replay.body["replayed"], true);
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);
}

TEST_F(PaperworkApi, ASignedDocumentCannotChangeAndACorrectionIsANewAuditedVersion) {  // R-FLD-5
    OnSite();
    const auto first =
        Must(Sign(*crew_, Signature(kReceiptId, job_, "installation_receipt", "王主任")), 201);
    const std::int64_t document = first.body["document"]["id"];
    const auto rows = SnapshotRows(*env_.test_app.app);
    // Signing it again under a new id: refused, nothing stored.
    const auto again = Sign(*crew_, Signature(kCorrectionId, job_, "installation_receipt", "王某"));
    EXPECT_EQ(again.status, 409) << again.Describe();
    EXPECT_TRUE(again.HasViolation("document", "already_signed"));
    // Not even the database lets a signed version change (the trigger of migration 0018).
    {
        soci::session session(env_.test_app.app->database().pool());
        EXPECT_THROW(session << "UPDATE field_document_versions SET signer_name = 'forged'",
                     soci::soci_error);
        EXPECT_THROW(session << "DELETE FROM field_document_versions", soci::soci_error);
    }
    // The same id with other content: refused too.
    EXPECT_TRUE(Sign(*crew_, Signature(kReceiptId, job_, "installation_receipt", "王某"))
                    .HasViolation("id", "reused"));
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);

    // A correction: a new version with its reason; the first stays readable.
    json correction = Signature(kCorrectionId, job_, "installation_receipt", "王建国");
    correction["reason"] = "客户姓名写错，由王建国本人重新签字";
    correction["version"] = first.body["document"]["version"];
    const auto corrected = head_->Post(
        "/api/v1/field/documents/" + std::to_string(document) + "/versions", correction);
    ASSERT_EQ(corrected.status, 201) << corrected.Describe();
    EXPECT_EQ(corrected.body["document"]["currentVersion"], 2);
    const auto& versions = corrected.body["document"]["versions"];
    ASSERT_EQ(versions.size(), 2U);
    EXPECT_EQ(versions[0]["signerName"], "王主任");
    EXPECT_NE(versions[0]["contentHash"], versions[1]["contentHash"]);
    // A stale version of the document is refused.
    correction["id"] = kNoteId;
    EXPECT_EQ(
        head_->Post("/api/v1/field/documents/" + std::to_string(document) + "/versions", correction)
            .status,
        409);

    const auto v1 =
        documents::testing::WithoutSpaces(documents::testing::PdfProbe(Pdf(document, 1)).Text());
    const auto v2 =
        documents::testing::WithoutSpaces(documents::testing::PdfProbe(Pdf(document, 2)).Text());
    EXPECT_NE(v1.find("王主任"), std::string::npos) << v1;
    EXPECT_NE(v2.find("王建国"), std::string::npos) << v2;
    EXPECT_NE(v2.find("客户姓名写错"), std::string::npos);
    EXPECT_NE(v2.find(versions[1]["contentHash"].get<std::string>().substr(0, 16)),
              std::string::npos);

    const auto audit =
        Must(head_->Get("/api/v1/audit?entity=field_document&entityId=" + std::to_string(document)),
             200);
    std::vector<std::string> actions;
    for (const auto& e : audit.body["items"]) actions.push_back(e["action"].get<std::string>());
    EXPECT_NE(std::ranges::find(actions, "sign"), actions.end()) << audit.Describe();
    EXPECT_NE(std::ranges::find(actions, "correct"), actions.end()) << audit.Describe();
}

TEST_F(PaperworkApi, TheAcceptancePdfShowsCountsAndTheClerkFollowsBothCopies) {  // R-FLD-7
    OnSite();
    Must(Sign(*crew_, Signature(kReceiptId, job_, "installation_receipt", "王主任")), 201);
    // Installed without the acceptance: the clerk sees it missing.
    const auto before = Must(head_->Get("/api/v1/field/documents/outstanding"), 200);
    bool missing = false;
    for (const auto& m : before.body["missing"]) {
        missing = missing || (m["jobId"] == job_ && m["kind"] == "acceptance");
    }
    EXPECT_TRUE(missing) << before.Describe();

    json acceptance = Signature(kAcceptanceId, job_, "acceptance", "王主任");
    acceptance["counts"] = Counts(6, 3);  // one chair short at acceptance
    const auto accepted = Must(Sign(*crew_, acceptance), 201);
    const std::int64_t document = accepted.body["document"]["id"];
    EXPECT_EQ(accepted.body["document"]["copies"].size(), 2U);
    const auto text =
        documents::testing::WithoutSpaces(documents::testing::PdfProbe(Pdf(document, 1)).Text());
    EXPECT_NE(text.find("验收单据"), std::string::npos) << text;
    EXPECT_NE(text.find("YZ-220"), std::string::npos);
    EXPECT_NE(text.find("王主任"), std::string::npos);
    EXPECT_NE(text.find("清点件数"), std::string::npos);

    // Counts must cover the job's products.
    json short_counts = Signature(kNoteId, job_, "acceptance", "王主任");
    short_counts["counts"] = json::array({{{"productId", desk_}, {"pieces", 6}}});
    EXPECT_TRUE(Sign(*crew_, short_counts).HasViolation("counts", "missing_item"));

    const std::string copies = "/api/v1/field/documents/" + std::to_string(document) + "/copies";
    EXPECT_TRUE(head_->Post(copies, {{"copy", "clerk"}, {"state", "returned"}, {"version", 1}})
                    .HasViolation("state", "not_for_copy"));
    EXPECT_EQ(crew_->Post(copies, {{"copy", "clerk"}, {"state", "filed"}, {"version", 1}}).status,
              200);  // a supervisor oversees the paper too
    EXPECT_EQ(
        head_->Post(copies, {{"copy", "supervisor"}, {"state", "filed"}, {"version", 1}}).status,
        409);  // stale
    EXPECT_EQ(
        head_->Post(copies, {{"copy", "supervisor"}, {"state", "filed"}, {"version", 2}}).status,
        200);
    const auto after = Must(head_->Get("/api/v1/field/documents/outstanding"), 200);
    for (const auto& d : after.body["copies"]) EXPECT_NE(d["id"], document) << after.Describe();
    for (const auto& m : after.body["missing"]) EXPECT_NE(m["jobId"], job_) << after.Describe();
    EXPECT_EQ(env_.LoginAs("sales").Get("/api/v1/field/documents/outstanding").status, 403);
}

TEST_F(PaperworkApi, ADealerSignsTheDeliveryNoteInDuplicateAndItsReturnIsTracked) {  // R-FLD-6
    const auto dealer = IdOf(Must(head_->Post("/api/v1/dealers",
                                              {{"name", "历下经销商"},
                                               {"contact", "刘经理"},
                                               {"phone", "13905318888"},
                                               {"city", "济南"}}),
                                  201));
    const auto site = IdOf(Must(
        head_->Post("/api/v1/sites",
                    {{"dealerId", dealer}, {"divisionCode", "370102"}, {"street", "泉城路 1 号"}}),
        201));
    const auto job = Must(head_->Post("/api/v1/jobs",
                                      {{"kind", "dealer_delivery"},
                                       {"dealerId", dealer},
                                       {"siteId", site},
                                       {"contactName", "刘经理"},
                                       {"contactPhone", "13905318888"},
                                       {"requestedDate", kToday},
                                       {"windowStart", "08:00"},
                                       {"windowEnd", "12:00"},
                                       {"items",
                                        {{{"productId", desk_}, {"quantity", 2}},
                                         {{"productId", chair_}, {"quantity", 4}}}}}),
                          201);
    const std::int64_t id = IdOf(job);
    // The morning: the fixture's installation takes the same crew in the afternoon.
    Must(head_->Post("/api/v1/jobs/" + std::to_string(id) + "/assignment",
                     {{"lead", lead_},
                      {"members", {member_}},
                      {"date", kToday},
                      {"windowStart", "08:00"},
                      {"windowEnd", "12:00"},
                      {"version", job.body["version"]}}),
         200);
    // A receipt is not what a dealer delivery takes.
    const auto wrong = Sign(*crew_, Signature(kReceiptId, id, "installation_receipt", "刘经理"));
    EXPECT_TRUE(wrong.HasViolation("document", "not_needed")) << wrong.Describe();
    const auto note = Must(Sign(*crew_, Signature(kNoteId, id, "delivery_note", "刘经理")), 201);
    const std::int64_t document = note.body["document"]["id"];
    ASSERT_EQ(note.body["document"]["copies"].size(), 1U);
    EXPECT_EQ(note.body["document"]["copies"][0]["copy"], "returned_to_supervisor");
    EXPECT_EQ(note.body["document"]["copies"][0]["state"], "pending");

    documents::testing::PdfProbe probe(Pdf(document, 1));
    EXPECT_EQ(probe.Pages(), 2);
    const auto first = documents::testing::WithoutSpaces(probe.Text(1, 1));
    const auto second = documents::testing::WithoutSpaces(probe.Text(2, 2));
    EXPECT_NE(first.find("第一联"), std::string::npos) << first;
    EXPECT_NE(second.find("第二联"), std::string::npos) << second;
    EXPECT_NE(first.find("发货单"), std::string::npos);
    EXPECT_NE(first.find("刘经理"), std::string::npos);
    EXPECT_NE(first.find("BT-1608"), std::string::npos);

    const std::string copies = "/api/v1/field/documents/" + std::to_string(document) + "/copies";
    Must(head_->Post(copies,
                     {{"copy", "returned_to_supervisor"}, {"state", "missing"}, {"version", 1}}),
         200);
    const auto outstanding = Must(head_->Get("/api/v1/field/documents/outstanding"), 200);
    ASSERT_EQ(outstanding.body["copies"].size(), 1U) << outstanding.Describe();
    EXPECT_EQ(outstanding.body["copies"][0]["copies"][0]["state"], "missing");
    EXPECT_EQ(head_->Post(copies, {{"copy", "clerk"}, {"state", "filed"}, {"version", 2}})
                  .HasViolation("copy", "not_tracked"),
              true);
}

TEST_F(PaperworkApi, ABadSignatureGetsEveryViolationAndStoresNothing) {
    auto other = env_.LoginAs("other");
    const auto rows = SnapshotRows(*env_.test_app.app);
    json bad = Signature("nope", job_, "installation_receipt", "");
    bad["image"]["data"] = "%%% not base64";
    bad["document"] = "invoice";
    const auto refused = Sign(*crew_, bad);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("signerName", "required"));
    EXPECT_TRUE(refused.HasViolation("image.data", "invalid_base64"));
    EXPECT_TRUE(refused.HasViolation("document", "invalid_value"));
    json renamed = Signature(kReceiptId, job_, "installation_receipt", "王主任");
    renamed["image"]["data"] = db::BytesToText("%PDF-1.7 pretending");
    EXPECT_TRUE(Sign(*crew_, renamed).HasViolation("image.data", "type_mismatch"));
    EXPECT_EQ(Sign(other, Signature(kReceiptId, job_, "installation_receipt", "王主任")).status,
              404);
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);
}

TEST_F(PaperworkApi, APhotoOfSignedPaperIsKeptWithoutMetadataAndPrintedInThePdf) {  // R-FLD-5
    namespace photos = images::testing;
    OnSite();
    // The customer signed the paper copy; the crew photographs it (EXIF with GPS in Jinan).
    const std::string taken =
        photos::InsertAfterSoi(photos::MarkedJpeg(2000, 1500, 60), photos::ExifSegment(1));
    ASSERT_LT(taken.size(), std::size_t{700} * 1024);
    json paper = Signature(kReceiptId, job_, "installation_receipt", "王主任");
    paper["method"] = "paper_photo";
    paper["image"] = {{"contentType", "image/jpeg"}, {"data", db::BytesToText(taken)}};
    const auto signed_receipt = Sign(*crew_, paper);
    ASSERT_EQ(signed_receipt.status, 201) << signed_receipt.Describe();
    EXPECT_EQ(signed_receipt.body["jobStatus"], "installed");
    const std::int64_t document = signed_receipt.body["document"]["id"];

    // Sent again: matched by what the phone sent, not by what was kept of it.
    const auto rows = SnapshotRows(*env_.test_app.app);
    const auto replay = Sign(*crew_, paper);
    EXPECT_EQ(replay.status, 200) << replay.Describe();
    EXPECT_EQ(replay.body["replayed"], true);
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);

    // The PDF carries the photo itself: shrunk to 1600 px, a JPEG without EXIF or GPS.
    const documents::testing::PdfProbe probe(Pdf(document, 1));
    const std::string images = probe.Images();
    EXPECT_NE(images.find("image    1600  1200"), std::string::npos) << images;
    const std::vector<std::string> embedded = probe.EmbeddedJpegs();
    ASSERT_EQ(embedded.size(), 1U) << images;
    for (const auto& segment : photos::SegmentsBeforeScan(embedded[0])) {
        EXPECT_NE(segment.marker, 0xE1) << "an APP1 (EXIF) segment was kept";
    }
    EXPECT_EQ(embedded[0].find("GPS"), std::string::npos);
    const std::string text = documents::testing::WithoutSpaces(probe.Text());
    EXPECT_NE(text.find("纸质签字件照片·签字人王主任·2026-11-2709:58"), std::string::npos) << text;
}

TEST_F(PaperworkApi, AnUnreadablePhotoOfPaperIsRefusedAndNothingIsStored) {  // R-FLD-5
    namespace photos = images::testing;
    OnSite();
    const auto rows = SnapshotRows(*env_.test_app.app);
    json paper = Signature(kReceiptId, job_, "installation_receipt", "王主任");
    paper["method"] = "paper_photo";
    const std::string cut = photos::MarkedJpeg(800, 600).substr(0, 600);
    paper["image"] = {{"contentType", "image/jpeg"}, {"data", db::BytesToText(cut)}};
    const auto refused = Sign(*crew_, paper);
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("image.data", "unreadable")) << refused.Describe();
    // A pixel bomb: a small file whose header claims 30000 × 30000 pixels.
    paper["image"]["data"] =
        db::BytesToText(photos::WithFrameSize(photos::MarkedJpeg(64, 48), 30000, 30000));
    EXPECT_TRUE(Sign(*crew_, paper).HasViolation("image.data", "too_many_pixels"));
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);
    EXPECT_EQ(Job()["status"], "on_site");
}

}  // namespace
}  // namespace kefu::api_tests
