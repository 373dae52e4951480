// The catalogue's rules at their edges: field limits, the install rule, model keys, and an
// import's checks (duplicates in the file and against the catalogue) and plan.
#include "catalog/product.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kefu::catalog {
namespace {

ProductFields Desk(std::string model = "QH-DK1608") {
    ProductFields f;
    f.model = std::move(model);
    f.name = "办公桌 1600×800";
    f.series = "启航系列";
    f.pieces_per_unit = 3;
    f.volume_l = 230;
    f.weight_g = 45'000;
    f.install_minutes_per_unit = 30;
    f.installers_needed = 2;
    return f;
}

std::vector<FieldViolation> Check(const ProductFields& f) {
    std::vector<FieldViolation> out;
    CheckProductFields(f, "", out);
    return out;
}

bool Has(const std::vector<FieldViolation>& v, std::string_view field, std::string_view reason) {
    return std::any_of(v.begin(), v.end(), [&](const FieldViolation& x) {
        return x.field == field && x.reason == reason;
    });
}

TEST(ProductFields, AValidDeskHasNoViolations) { EXPECT_TRUE(Check(Desk()).empty()); }

TEST(ProductFields, LimitsAreInclusive) {
    ProductFields f = Desk();
    f.pieces_per_unit = limits::kPiecesMax;
    f.volume_l = limits::kVolumeMaxL;
    f.weight_g = limits::kWeightMaxG;
    f.install_minutes_per_unit = limits::kInstallMinutesMax;
    f.installers_needed = limits::kInstallersMax;
    f.model = std::string(limits::kModelMax, 'M');
    f.name = "";
    for (std::size_t i = 0; i < limits::kNameMax; ++i) f.name += "桌";
    EXPECT_TRUE(Check(f).empty());

    f.pieces_per_unit = limits::kPiecesMax + 1;
    f.volume_l = 0;
    f.weight_g = limits::kWeightMaxG + 1;
    f.install_minutes_per_unit = -1;
    f.installers_needed = limits::kInstallersMax + 1;
    f.model += "M";
    f.name += "桌";
    const auto v = Check(f);
    EXPECT_TRUE(Has(v, "piecesPerUnit", "out_of_range"));
    EXPECT_TRUE(Has(v, "volumeL", "out_of_range"));
    EXPECT_TRUE(Has(v, "weightG", "out_of_range"));
    EXPECT_TRUE(Has(v, "installMinutesPerUnit", "out_of_range"));
    EXPECT_TRUE(Has(v, "installersNeeded", "out_of_range"));
    EXPECT_TRUE(Has(v, "model", "too_long"));
    EXPECT_TRUE(Has(v, "name", "too_long"));
}

TEST(ProductFields, InstallMinutesAndInstallersGoTogether) {
    ProductFields chair = Desk("SS-HY01");
    chair.install_minutes_per_unit = 0;
    chair.installers_needed = 0;
    EXPECT_TRUE(Check(chair).empty()) << "a stacking chair needs no installing";
    chair.installers_needed = 1;
    EXPECT_TRUE(Has(Check(chair), "installMinutesPerUnit", "must_be_positive"));
    chair.installers_needed = 0;
    chair.install_minutes_per_unit = 5;
    EXPECT_TRUE(Has(Check(chair), "installersNeeded", "must_be_positive"));
}

TEST(ProductFields, SkillsAreLowerCaseKeys) {
    EXPECT_TRUE(IsSkillKey("electric_desk"));
    EXPECT_TRUE(IsSkillKey("a1"));
    EXPECT_FALSE(IsSkillKey(""));
    EXPECT_FALSE(IsSkillKey("Electric"));
    EXPECT_FALSE(IsSkillKey("1desk"));
    EXPECT_FALSE(IsSkillKey("electric desk"));
    EXPECT_FALSE(IsSkillKey("电动"));
    EXPECT_FALSE(IsSkillKey(std::string(limits::kSkillMax + 1, 'a')));
    ProductFields f = Desk();
    f.skill = "Electric Desk";
    EXPECT_TRUE(Has(Check(f), "skill", "invalid_value"));
}

TEST(ProductFields, RequiredFieldsAreNamedWithThePrefix) {
    ProductFields f;
    std::vector<FieldViolation> v;
    CheckProductFields(f, "rows[3].", v);
    EXPECT_TRUE(Has(v, "rows[3].model", "required"));
    EXPECT_TRUE(Has(v, "rows[3].name", "required"));
    EXPECT_TRUE(Has(v, "rows[3].piecesPerUnit", "out_of_range"));
}

TEST(ModelKey, TrimsAndRaisesAsciiLettersOnly) {
    EXPECT_EQ(ModelKey(" qh-dk1608 "), "QH-DK1608");
    EXPECT_EQ(ModelKey("QH-DK1608"), "QH-DK1608");
    EXPECT_EQ(ModelKey("启航-a"), "启航-A");
    EXPECT_EQ(ModelKey("   "), "");
}

std::map<std::string, Product> Stored(std::initializer_list<ProductFields> fields) {
    std::map<std::string, Product> out;
    std::int64_t id = 0;
    for (const ProductFields& f : fields) {
        Product p;
        ApplyFields(f, p);
        p.id = ProductId(++id);
        out.emplace(ModelKey(p.model), p);
    }
    return out;
}

TEST(ProductImport, AnEmptyFileIsRefused) {
    EXPECT_TRUE(Has(CheckImport({}, {}), "rows", "required"));
}

TEST(ProductImport, AModelTwiceInTheFileNamesTheLaterRowAndTheFirst) {
    const std::vector<ProductFields> rows = {Desk("A-1"), Desk("B-2"), Desk("a-1 ")};
    const auto v = CheckImport(rows, {});
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].field, "rows[2].model");
    EXPECT_EQ(v[0].reason, "duplicate");
    EXPECT_EQ(v[0].detail, "rows[0]");
}

TEST(ProductImport, AModelDifferingFromAStoredOneOnlyInCaseIsADuplicate) {
    const auto stored = Stored({Desk("QH-DK1608")});
    std::vector<ProductFields> rows = {Desk("QH-DK1608")};
    EXPECT_TRUE(CheckImport(rows, stored).empty()) << "the same model updates the product";
    rows[0].model = "qh-dk1608";
    const auto v = CheckImport(rows, stored);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].field, "rows[0].model");
    EXPECT_EQ(v[0].reason, "duplicate");
    EXPECT_EQ(v[0].detail, "QH-DK1608");
}

TEST(ProductImport, EveryBadRowIsReportedAtOnce) {
    std::vector<ProductFields> rows(5, Desk());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i].model = "M-" + std::to_string(i);
    rows[1].volume_l = 0;
    rows[3].name = "";
    rows[4].model = "M-1";
    const auto v = CheckImport(rows, {});
    EXPECT_EQ(v.size(), 3u);
    EXPECT_TRUE(Has(v, "rows[1].volumeL", "out_of_range"));
    EXPECT_TRUE(Has(v, "rows[3].name", "required"));
    EXPECT_TRUE(Has(v, "rows[4].model", "duplicate"));
}

TEST(ProductImport, ThePlanCreatesUpdatesOrLeavesAlone) {
    const auto stored = Stored({Desk("A-1"), Desk("B-2")});
    ProductFields changed = Desk("B-2");
    changed.weight_g += 1;
    const std::vector<ProductFields> rows = {Desk("A-1"), changed, Desk("C-3")};
    EXPECT_EQ(PlanImport(rows, stored),
              (std::vector<ImportAction>{
                  ImportAction::kUnchanged, ImportAction::kUpdate, ImportAction::kCreate}));
}

}  // namespace
}  // namespace kefu::catalog
