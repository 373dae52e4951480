// Plates and vehicle fields at their edges.
#include "fleet/vehicle.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kefu::fleet {
namespace {

bool Has(const std::vector<FieldViolation>& v, std::string_view field, std::string_view reason) {
    return std::any_of(v.begin(), v.end(), [&](const FieldViolation& x) {
        return x.field == field && x.reason == reason;
    });
}

TEST(Plate, TheCanonicalFormHasTheMiddleDot) {
    EXPECT_EQ(NormalizePlate("鲁A·12345"), "鲁A·12345");
    EXPECT_EQ(NormalizePlate("鲁A12345"), "鲁A·12345");
    EXPECT_EQ(NormalizePlate("鲁a 3k721"), "鲁A·3K721");
    EXPECT_EQ(NormalizePlate("鲁A-3K721"), "鲁A·3K721");
    EXPECT_EQ(NormalizePlate("京B.88888"), "京B·88888");
}

TEST(Plate, NewEnergyPlatesHaveSixCharactersAndTrailersEndIn挂) {
    EXPECT_EQ(NormalizePlate("鲁AD62718"), "鲁A·D62718");
    EXPECT_EQ(NormalizePlate("鲁A·1234挂"), std::nullopt) << "four is too few";
    EXPECT_EQ(NormalizePlate("鲁A·1234X挂"), "鲁A·1234X挂");
}

TEST(Plate, AnythingElseIsRefused) {
    for (const char* bad : {"",
                            "鲁",
                            "鲁A",
                            "鲁A·1234",
                            "鲁A·1234567",
                            "AA·12345",
                            "港A·12345",
                            "鲁1·12345",
                            "鲁I·12345",
                            "鲁A·12O45",
                            "鲁A··12345",
                            "鲁A·12 345"}) {
        EXPECT_EQ(NormalizePlate(bad), std::nullopt) << bad;
    }
}

VehicleFields Van() {
    VehicleFields f;
    f.plate = "鲁A·3K721";
    f.model = "江铃特顺 厢式运输车";
    f.volume_l = 10'000;
    f.payload_kg = 1'500;
    f.seats = 3;
    f.status = VehicleStatus::kInService;
    return f;
}

TEST(VehicleFields, LimitsAreInclusive) {
    EXPECT_TRUE(CheckVehicleFields(Van()).empty());
    VehicleFields f = Van();
    f.volume_l = limits::kVolumeMaxL;
    f.payload_kg = limits::kPayloadMaxKg;
    f.seats = limits::kSeatsMax;
    EXPECT_TRUE(CheckVehicleFields(f).empty());
    f.volume_l = 0;
    f.payload_kg = limits::kPayloadMaxKg + 1;
    f.seats = 0;
    f.status.reset();
    f.plate = "沪";
    const auto v = CheckVehicleFields(f);
    EXPECT_TRUE(Has(v, "volumeL", "out_of_range"));
    EXPECT_TRUE(Has(v, "payloadKg", "out_of_range"));
    EXPECT_TRUE(Has(v, "seats", "out_of_range"));
    EXPECT_TRUE(Has(v, "status", "required"));
    EXPECT_TRUE(Has(v, "plate", "invalid_value"));
}

}  // namespace
}  // namespace kefu::fleet
