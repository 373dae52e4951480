// Photos of field steps through the API (R-FLD-1..4, R-FLD-10, ADR 0016): stored once per phone
// UUID, re-encoded without the phone's EXIF and GPS, and bad photos refused with nothing stored.
// The clock says Friday 2026-11-27 10:00 China.
#include <gtest/gtest.h>

#include <string>

#include "db/bytes_text.hpp"
#include "field/field_api_fixture.hpp"
#include "images/testing/jpeg_segments.hpp"
#include "images/testing/photo_fixtures.hpp"

namespace kefu::api_tests {
namespace {

namespace photos = images::testing;

constexpr const char* kPhotoId = "3b2c7a52-6a1e-4d3e-9b55-0a1b2c3d4e01";
constexpr const char* kOtherPhotoId = "3b2c7a52-6a1e-4d3e-9b55-0a1b2c3d4e02";

class FieldPhotosApi : public FieldApi {
protected:
    json Photo(const std::string& id, const std::string& bytes, const std::string& type) const {
        return {{"id", id},
                {"jobId", job_},
                {"step", "loading"},
                {"contentType", type},
                {"data", db::BytesToText(bytes)}};
    }

    ApiResponse Send(ApiClient& client, const json& body) {
        return client.Post("/api/v1/field/photos", body);
    }
};

TEST_F(FieldPhotosApi, APhotoIsStoredOnceUprightAndWithoutThePhonesGpsOrExif) {  // R-FLD-1
    // A 2000 × 1200 phone photo turned by EXIF orientation 6, with a GPS position in Jinan.
    const std::string taken = photos::InsertAfterSoi(photos::MarkedJpeg(2000, 1200),
                                                     photos::ExifSegment(6) + photos::XmpSegment());
    const auto stored = Send(*crew_, Photo(kPhotoId, taken, "image/jpeg"));
    ASSERT_EQ(stored.status, 201) << stored.Describe();
    EXPECT_EQ(stored.body["photo"]["width"], 960);  // upright and at most 1600 px long
    EXPECT_EQ(stored.body["photo"]["height"], 1600);
    const std::int64_t id = stored.body["photo"]["id"];

    const auto file = Must(crew_->Get("/api/v1/field/photos/" + std::to_string(id)), 200);
    EXPECT_TRUE(file.raw.starts_with("\xFF\xD8\xFF"));
    for (const auto& segment : photos::SegmentsBeforeScan(file.raw)) {
        EXPECT_NE(segment.marker, 0xE1) << "an APP1 (EXIF/XMP) segment was kept";
    }
    EXPECT_EQ(file.raw.find("Exif"), std::string::npos);
    EXPECT_EQ(file.raw.find("GPS"), std::string::npos);

    // Sent again (the answer was lost): a replay; under the same id another photo is refused.
    const auto rows = SnapshotRows(*env_.test_app.app);
    const auto replay = Send(*crew_, Photo(kPhotoId, taken, "image/jpeg"));
    EXPECT_EQ(replay.status, 200) << replay.Describe();
    EXPECT_EQ(replay.body["replayed"], true);
    EXPECT_TRUE(Send(*crew_, Photo(kPhotoId, photos::SolidJpeg(64, 64, 1, 2, 3), "image/jpeg"))
                    .HasViolation("id", "reused"));
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);

    const auto work = Must(head_->Get("/api/v1/field/jobs/" + std::to_string(job_)), 200);
    ASSERT_EQ(work.body["photos"].size(), 1U);
    EXPECT_EQ(work.body["photos"][0]["step"], "loading");
}

TEST_F(FieldPhotosApi, BadPhotosAreRefusedAndNothingIsStored) {  // R-FLD-1, issue 10 tests
    auto other = env_.LoginAs("other");
    const auto rows = SnapshotRows(*env_.test_app.app);
    EXPECT_TRUE(Send(*crew_, Photo(kPhotoId, "%PDF-1.7 a contract", "image/jpeg"))
                    .HasViolation("data", "unsupported_type"));
    EXPECT_TRUE(Send(*crew_, Photo(kPhotoId, photos::RgbaPng(32, 32, false), "image/jpeg"))
                    .HasViolation("data", "type_mismatch"));
    const auto bomb =
        Send(*crew_, Photo(kPhotoId, photos::PngPixelBomb(30000, 30000), "image/png"));
    EXPECT_EQ(bomb.status, 400) << bomb.Describe();
    EXPECT_TRUE(bomb.HasViolation("data", "too_many_pixels"));
    const std::string jpeg = photos::MarkedJpeg(400, 300);
    EXPECT_TRUE(Send(*crew_, Photo(kPhotoId, jpeg.substr(0, jpeg.size() / 2), "image/jpeg"))
                    .HasViolation("data", "unreadable"));
    // 30 MB never reaches the handler: the server's body limit answers first.
    EXPECT_EQ(
        Send(*crew_, Photo(kPhotoId, std::string(std::size_t{30} * 1024 * 1024, 'x'), "image/jpeg"))
            .status,
        413);
    EXPECT_EQ(Send(other, Photo(kOtherPhotoId, jpeg, "image/jpeg")).status, 404);
    EXPECT_EQ(SnapshotRows(*env_.test_app.app), rows);
}

}  // namespace
}  // namespace kefu::api_tests
