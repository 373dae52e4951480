// The product catalogue over HTTP (R-JOB-1, R-JOB-4): the office keeps products, finds them by
// model, name and series, and imports a whole sheet at once or not at all.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

json Desk(const std::string& model = "QH-DK1608") {
    return {{"model", model},
            {"name", "办公桌 1600×800"},
            {"series", "启航系列"},
            {"piecesPerUnit", 3},
            {"volumeL", 230},
            {"weightG", 45000},
            {"installMinutesPerUnit", 30},
            {"installersNeeded", 2}};
}

json Chair(const std::string& model = "SS-HY01") {
    return {{"model", model},
            {"name", "会议椅 弓形"},
            {"series", "舒适系列"},
            {"piecesPerUnit", 1},
            {"volumeL", 70},
            {"weightG", 9000},
            {"installMinutesPerUnit", 0},
            {"installersNeeded", 0}};
}

class CatalogApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_ = std::make_unique<ApiEnv>();
        env_->test_app.CreateUser("clerk", {Role::kClerk});
        env_->test_app.CreateUser("driver", {Role::kDriver});
        clerk_ = std::make_unique<ApiClient>(env_->LoginAs("clerk"));
    }

    json Add(const json& body) {
        ApiResponse created = clerk_->Post("/api/v1/products", body);
        if (created.status != 201) throw std::runtime_error("adding failed: " + created.Describe());
        return created.body;
    }

    static std::string PathOf(const json& product) {
        return "/api/v1/products/" + std::to_string(product["id"].get<std::int64_t>());
    }

    /// The PUT body that writes `product` back with `changes` applied.
    static json UpdateOf(const json& product, const json& changes = json::object()) {
        json body = product;
        body.erase("id");
        body.merge_patch(changes);
        return body;
    }

    std::unique_ptr<ApiEnv> env_;
    std::unique_ptr<ApiClient> clerk_;
};

// R-JOB-1: a product with its packing and installation figures; found by model, name, series.
TEST_F(CatalogApi, ClerkAddsProductsAndEveryoneFindsThem) {
    const json desk = Add(Desk());
    EXPECT_EQ(desk["model"], "QH-DK1608");
    EXPECT_EQ(desk["volumeL"], 230);
    EXPECT_EQ(desk["weightG"], 45000);
    EXPECT_EQ(desk["skill"], nullptr);
    EXPECT_EQ(desk["active"], true);
    EXPECT_EQ(desk["version"], 1);
    Add(Chair());

    ApiClient driver = env_->LoginAs("driver");
    ApiResponse all = driver.Get("/api/v1/products");
    ASSERT_EQ(all.status, 200) << all.Describe();
    EXPECT_EQ(all.body["total"], 2);
    ApiResponse by_model = driver.Get("/api/v1/products?q=dk16");
    ASSERT_EQ(by_model.status, 200) << by_model.Describe();
    ASSERT_EQ(by_model.body["items"].size(), 1u) << by_model.raw;
    EXPECT_EQ(by_model.body["items"][0], desk);
    ApiResponse by_name = driver.Get("/api/v1/products?q=" + UrlEncode("会议椅"));
    ASSERT_EQ(by_name.status, 200);
    EXPECT_EQ(by_name.body["total"], 1) << by_name.raw;
    ApiResponse by_series = driver.Get("/api/v1/products?series=" + UrlEncode("启航系列"));
    ASSERT_EQ(by_series.status, 200);
    EXPECT_EQ(by_series.body["total"], 1) << by_series.raw;
    ApiResponse one = driver.Get(PathOf(desk));
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(one.body, desk);
    EXPECT_EQ(driver.Get("/api/v1/products/999999").status, 404);
}

// R-JOB-1: deactivated products stay (old jobs name them) and can be filtered out.
TEST_F(CatalogApi, DeactivatingKeepsTheProductAndTheFilterSeparatesThem) {
    const json desk = Add(Desk());
    Add(Chair());
    ApiResponse updated = clerk_->Put(PathOf(desk), UpdateOf(desk, {{"active", false}}));
    ASSERT_EQ(updated.status, 200) << updated.Describe();
    EXPECT_EQ(updated.body["active"], false);
    EXPECT_EQ(updated.body["version"], 2);
    ApiResponse active = clerk_->Get("/api/v1/products?active=true");
    ASSERT_EQ(active.status, 200);
    EXPECT_EQ(active.body["total"], 1);
    EXPECT_EQ(active.body["items"][0]["model"], "SS-HY01");
    ApiResponse inactive = clerk_->Get("/api/v1/products?active=false");
    EXPECT_EQ(inactive.body["total"], 1);
    ApiResponse bad = clerk_->Get("/api/v1/products?active=maybe");
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(bad.HasViolation("active", "invalid_value")) << bad.Describe();
}

// R-JOB-1: a model is one product whatever its case; the holder is named.
TEST_F(CatalogApi, AModelTypedInAnotherCaseIsADuplicate) {
    Add(Desk("QH-DK1608"));
    const RowContents before = SnapshotRows(*env_->test_app.app);
    ApiResponse again = clerk_->Post("/api/v1/products", Desk(" qh-dk1608 "));
    EXPECT_EQ(again.status, 409) << again.Describe();
    EXPECT_EQ(again.Code(), "ALREADY_EXISTS");
    ASSERT_TRUE(again.HasViolation("model", "duplicate")) << again.Describe();
    EXPECT_EQ(again.body["error"]["violations"][0]["detail"], "QH-DK1608");

    const json chair = Add(Chair());
    ApiResponse rename = clerk_->Put(PathOf(chair), UpdateOf(chair, {{"model", "qh-dk1608"}}));
    EXPECT_EQ(rename.status, 409) << rename.Describe();
    EXPECT_TRUE(rename.HasViolation("model", "duplicate")) << rename.Describe();
    // Only the chair was added in between.
    EXPECT_EQ(SnapshotRows(*env_->test_app.app).at("products").size(),
              before.at("products").size() + 1);
}

// Bad input: every violation at once, with the field path, and nothing stored.
TEST_F(CatalogApi, BadFieldsAreAllReportedAndNothingIsStored) {
    const RowContents before = SnapshotRows(*env_->test_app.app);
    json body = Desk();
    body["name"] = "";
    body["volumeL"] = 0;
    body["weightG"] = 5'000'001;
    body["piecesPerUnit"] = 1000;
    body["installersNeeded"] = 0;  // 30 minutes need someone to install
    body["skill"] = "Electric Desk";
    ApiResponse refused = clerk_->Post("/api/v1/products", body);
    ASSERT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_EQ(refused.Code(), "INVALID_ARGUMENT");
    EXPECT_TRUE(refused.HasViolation("name", "required")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("volumeL", "out_of_range")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("weightG", "out_of_range")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("piecesPerUnit", "out_of_range")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("installersNeeded", "must_be_positive")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("skill", "invalid_value")) << refused.Describe();

    json wrong_types = Desk();
    wrong_types["volumeL"] = "230";
    wrong_types["colour"] = "white";
    wrong_types.erase("model");
    ApiResponse malformed = clerk_->Post("/api/v1/products", wrong_types);
    ASSERT_EQ(malformed.status, 400) << malformed.Describe();
    EXPECT_TRUE(malformed.HasViolation("volumeL", "wrong_type")) << malformed.Describe();
    EXPECT_TRUE(malformed.HasViolation("colour", "unknown_field")) << malformed.Describe();
    EXPECT_TRUE(malformed.HasViolation("model", "required")) << malformed.Describe();
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

// Concurrency: an update from a stale read is refused and changes nothing.
TEST_F(CatalogApi, AStaleVersionIsRefused) {
    const json desk = Add(Desk());
    ASSERT_EQ(clerk_->Put(PathOf(desk), UpdateOf(desk, {{"name", "办公桌 A"}})).status, 200);
    const RowContents before = SnapshotRows(*env_->test_app.app);
    ApiResponse stale = clerk_->Put(PathOf(desk), UpdateOf(desk, {{"name", "办公桌 B"}}));
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    EXPECT_EQ(stale.Code(), "ABORTED");
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
    EXPECT_EQ(clerk_->Get(PathOf(desk)).body["name"], "办公桌 A");
}

// R-JOB-4: an import creates new models, updates changed ones and leaves the rest; every change
// is audited.
TEST_F(CatalogApi, ImportCreatesUpdatesAndLeavesUnchangedRowsAlone) {
    const json desk = Add(Desk());
    Add(Chair());
    json changed_chair = Chair();
    changed_chair["weightG"] = 9500;
    ApiResponse imported = clerk_->Post(
        "/api/v1/products/import",
        {{"rows", json::array({Desk(), changed_chair, Desk("QH-DK1808"), Chair("SS-PXY")})}});
    ASSERT_EQ(imported.status, 200) << imported.Describe();
    EXPECT_EQ(imported.body, (json{{"created", 2}, {"updated", 1}, {"unchanged", 1}}));
    ApiResponse all = clerk_->Get("/api/v1/products?pageSize=50");
    EXPECT_EQ(all.body["total"], 4);
    EXPECT_EQ(clerk_->Get(PathOf(desk)).body["version"], 1) << "unchanged rows are not rewritten";
    ApiResponse chair = clerk_->Get("/api/v1/products?q=SS-HY01");
    EXPECT_EQ(chair.body["items"][0]["weightG"], 9500);
    EXPECT_EQ(chair.body["items"][0]["version"], 2);

    env_->test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env_->LoginAs("head");
    ApiResponse audit = head.Get("/api/v1/audit?entity=product&pageSize=50");
    ASSERT_EQ(audit.status, 200) << audit.Describe();
    EXPECT_EQ(audit.body["total"], 5) << "2 adds, 2 imported, 1 imported change";
}

// R-JOB-4: "nothing half imported": one bad row, or a model twice, and no row is stored; the
// answer names every bad row's fields so the sheet can be corrected in one pass.
TEST_F(CatalogApi, AnImportWithBadRowsChangesNothingAndNamesEveryRow) {
    Add(Desk("QH-DK1608"));
    const RowContents before = SnapshotRows(*env_->test_app.app);
    json bad_volume = Desk("QH-DK1808");
    bad_volume["volumeL"] = 0;
    json bad_type = Chair("SS-PXY");
    bad_type["piecesPerUnit"] = "one";
    ApiResponse refused = clerk_->Post("/api/v1/products/import",
                                       {{"rows",
                                         json::array({Chair(),
                                                      bad_volume,
                                                      Chair("ss-hy01"),
                                                      Desk("qh-dk1608"),
                                                      bad_type,
                                                      Desk("QH-DK1408")})}});
    ASSERT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_EQ(refused.Code(), "INVALID_ARGUMENT");
    EXPECT_TRUE(refused.HasViolation("rows[1].volumeL", "out_of_range")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("rows[2].model", "duplicate")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("rows[3].model", "duplicate")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("rows[4].piecesPerUnit", "wrong_type")) << refused.Describe();
    for (const json& v : refused.body["error"]["violations"]) {
        const std::string field = v["field"];
        EXPECT_FALSE(field.starts_with("rows[0]") || field.starts_with("rows[5]")) << field;
        if (field == "rows[2].model") {
            EXPECT_EQ(v.value("detail", ""), "rows[0]");
        }
        if (field == "rows[3].model") {
            EXPECT_EQ(v.value("detail", ""), "QH-DK1608");
        }
    }
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);

    ApiResponse empty = clerk_->Post("/api/v1/products/import", {{"rows", json::array()}});
    EXPECT_EQ(empty.status, 400) << empty.Describe();
    EXPECT_TRUE(empty.HasViolation("rows", "required")) << empty.Describe();
    json many = json::array();
    for (int i = 0; i < 2001; ++i) many.push_back(Chair("M-" + std::to_string(i)));
    ApiResponse too_many = clerk_->Post("/api/v1/products/import", {{"rows", many}});
    EXPECT_EQ(too_many.status, 400) << too_many.Describe();
    EXPECT_TRUE(too_many.HasViolation("rows", "too_many_items")) << too_many.Describe();
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

}  // namespace
}  // namespace kefu::api_tests
