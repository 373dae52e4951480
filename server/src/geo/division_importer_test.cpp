// The import plan: only what differs is written, and what the data no longer lists is retired.
#include "geo/division_importer.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kefu::geo {
namespace {

Division Make(std::string_view code, std::string_view parent, DivisionKind kind, const char* name) {
    Division d;
    d.code = *DivisionCode::Parse(code);
    if (!parent.empty()) d.parent = *DivisionCode::Parse(parent);
    d.level = d.code.level();
    d.kind = kind;
    d.name = name;
    d.point = {36'664'169, 117'038'620};
    return d;
}

std::vector<std::string> Codes(const ImportPlan& plan) {
    std::vector<std::string> out;
    out.reserve(plan.upserts.size());
    for (const Division& d : plan.upserts) out.push_back(d.code.ToString());
    return out;
}

class PlanImportTest : public ::testing::Test {
protected:
    Division shandong_ = Make("370000", "", DivisionKind::kProvince, "山东省");
    Division jinan_ = Make("370100", "370000", DivisionKind::kPrefectureCity, "济南市");
    Division lixia_ = Make("370102", "370100", DivisionKind::kDistrict, "历下区");
    Division pingyin_ = Make("370124", "370100", DivisionKind::kCounty, "平阴县");

    DivisionDataset Dataset(std::vector<Division> divisions) {
        return {"v", "test", std::move(divisions)};
    }
};

TEST_F(PlanImportTest, AnEmptyDatabaseGetsEveryDivisionParentsFirst) {
    const ImportPlan plan = PlanImport({}, Dataset({shandong_, jinan_, lixia_}));
    EXPECT_EQ(Codes(plan), (std::vector<std::string>{"370000", "370100", "370102"}));
    EXPECT_TRUE(plan.retirements.empty());
}

TEST_F(PlanImportTest, TheSameDataWritesNothing) {
    Division stored = lixia_;
    stored.has_children = true;  // derived by reads; not a difference
    const std::vector<Division> in_db = {shandong_, jinan_, stored};
    const ImportPlan plan = PlanImport(in_db, Dataset({shandong_, jinan_, lixia_}));
    EXPECT_TRUE(plan.upserts.empty());
    EXPECT_TRUE(plan.retirements.empty());
}

TEST_F(PlanImportTest, AnyChangedFieldIsWritten) {
    const std::vector<Division> in_db = {shandong_, jinan_, lixia_, pingyin_};
    Division renamed = lixia_;
    renamed.name = "历下区（新）";
    Division moved = pingyin_;
    moved.point.lng_e6 += 1;
    EXPECT_EQ(Codes(PlanImport(in_db, Dataset({shandong_, jinan_, renamed, pingyin_}))),
              (std::vector<std::string>{"370102"}));
    EXPECT_EQ(Codes(PlanImport(in_db, Dataset({shandong_, jinan_, lixia_, moved}))),
              (std::vector<std::string>{"370124"}));
    Division upgraded = pingyin_;
    upgraded.kind = DivisionKind::kCountyLevelCity;
    EXPECT_EQ(Codes(PlanImport(in_db, Dataset({shandong_, jinan_, lixia_, upgraded}))),
              (std::vector<std::string>{"370124"}));
    Division borrowed = lixia_;
    borrowed.approximate = true;
    EXPECT_EQ(Codes(PlanImport(in_db, Dataset({shandong_, jinan_, borrowed, pingyin_}))),
              (std::vector<std::string>{"370102"}));
}

TEST_F(PlanImportTest, ADivisionNoLongerListedIsRetiredOnceAndComesBackWhenListedAgain) {
    Division retired = pingyin_;
    retired.active = false;
    const std::vector<Division> active_db = {shandong_, jinan_, lixia_, pingyin_};
    const ImportPlan dropped = PlanImport(active_db, Dataset({shandong_, jinan_, lixia_}));
    ASSERT_EQ(dropped.retirements.size(), 1u);
    EXPECT_EQ(dropped.retirements[0].ToString(), "370124");
    EXPECT_TRUE(dropped.upserts.empty());

    const std::vector<Division> retired_db = {shandong_, jinan_, lixia_, retired};
    EXPECT_TRUE(PlanImport(retired_db, Dataset({shandong_, jinan_, lixia_})).retirements.empty())
        << "an inactive division is not retired again";
    EXPECT_EQ(Codes(PlanImport(retired_db, Dataset({shandong_, jinan_, lixia_, pingyin_}))),
              (std::vector<std::string>{"370124"}));
}

}  // namespace
}  // namespace kefu::geo
