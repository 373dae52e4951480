// End customers and sites over HTTP (R-JOB-1, R-JOB-2, R-EXP-2, R-EXP-5, R-SEC-2): sales keep
// customers with the people to call; a site names its county-level division, gets the division's
// seat as an approximate point when none is entered, and says whether it is in the local area
// (Jinan) and whether it is a prefecture-level or county-level place; a dealer sees and enters
// only its own sites.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>

#include "app/api_tests/api_harness.hpp"
#include "geo/geo_module.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

json Company() {
    return {{"kind", "company"},
            {"name", "山东齐鲁云数科技有限公司"},
            {"phone", "0531-86091234"},
            {"notes", "新办公区整体采购"},
            {"contacts",
             json::array({{{"name", "孙晓东"}, {"phone", "13805311201"}, {"title", "行政经理"}},
                          {{"name", "马丽"}, {"phone", "13953111202"}}})}};
}

class CustomersApi : public ::testing::Test {
protected:
    void SetUp() override {
        env_ = std::make_unique<ApiEnv>();
        env_->test_app.CreateUser("sales", {Role::kSales});
        env_->test_app.CreateUser("driver", {Role::kDriver});
        sales_ = std::make_unique<ApiClient>(env_->LoginAs("sales"));
    }

    json Add(const json& body) {
        ApiResponse created = sales_->Post("/api/v1/customers", body);
        if (created.status != 201) throw std::runtime_error("adding failed: " + created.Describe());
        return created.body;
    }

    static std::string PathOf(const json& record, const std::string& collection) {
        return "/api/v1/" + collection + "/" + std::to_string(record["id"].get<std::int64_t>());
    }

    /// The PUT body that writes `customer` back (contacts by id) with `changes` applied.
    static json UpdateOf(const json& customer, const json& changes = json::object()) {
        json body = customer;
        body.erase("id");
        body.merge_patch(changes);
        return body;
    }

    std::unique_ptr<ApiEnv> env_;
    std::unique_ptr<ApiClient> sales_;
};

// R-JOB-1/2: a customer with its contacts, found by its name or by a contact's phone.
TEST_F(CustomersApi, SalesAddsACustomerWithContactsAndFindsItByAContactsPhone) {
    const json company = Add(Company());
    EXPECT_EQ(company["kind"], "company");
    EXPECT_EQ(company["version"], 1);
    ASSERT_EQ(company["contacts"].size(), 2u);
    EXPECT_EQ(company["contacts"][0]["name"], "孙晓东");
    EXPECT_EQ(company["contacts"][1]["title"], "");
    EXPECT_GT(company["contacts"][0]["id"].get<std::int64_t>(), 0);
    Add({{"kind", "person"}, {"name", "李建华"}, {"phone", "13605310001"}});

    ApiClient driver = env_->LoginAs("driver");
    ApiResponse by_contact = driver.Get("/api/v1/customers?q=13953111202");
    ASSERT_EQ(by_contact.status, 200) << by_contact.Describe();
    ASSERT_EQ(by_contact.body["total"], 1) << by_contact.raw;
    EXPECT_EQ(by_contact.body["items"][0], company);
    ApiResponse by_name = driver.Get("/api/v1/customers?q=" + UrlEncode("齐鲁云数"));
    EXPECT_EQ(by_name.body["total"], 1) << by_name.raw;
    ApiResponse people = driver.Get("/api/v1/customers?kind=person");
    ASSERT_EQ(people.status, 200);
    EXPECT_EQ(people.body["total"], 1);
    EXPECT_EQ(people.body["items"][0]["name"], "李建华");
    EXPECT_EQ(driver.Get(PathOf(company, "customers")).body, company);
    EXPECT_EQ(driver.Get("/api/v1/customers?kind=robot").status, 400);
    EXPECT_EQ(driver.Get("/api/v1/customers/999999").status, 404);
}

// R-JOB-1: an update lists the contacts it keeps (by id), edits them, adds new ones and drops
// the rest; an id of another customer's contact is refused.
TEST_F(CustomersApi, AnUpdateKeepsContactsByIdAndRefusesForeignIds) {
    const json company = Add(Company());
    const json other =
        Add({{"kind", "person"},
             {"name", "李建华"},
             {"contacts", json::array({{{"name", "李建华"}, {"phone", "13605310001"}}})}});
    json contacts = json::array();
    json kept = company["contacts"][1];
    kept["title"] = "前台主管";
    contacts.push_back(kept);
    contacts.push_back({{"name", "周强"}, {"phone", "15866661234"}, {"title", "仓库"}});
    ApiResponse updated =
        sales_->Put(PathOf(company, "customers"), UpdateOf(company, {{"contacts", contacts}}));
    ASSERT_EQ(updated.status, 200) << updated.Describe();
    EXPECT_EQ(updated.body["version"], 2);
    ASSERT_EQ(updated.body["contacts"].size(), 2u);
    EXPECT_EQ(updated.body["contacts"][0]["id"], kept["id"]);
    EXPECT_EQ(updated.body["contacts"][0]["title"], "前台主管");
    EXPECT_EQ(updated.body["contacts"][1]["name"], "周强");

    const RowContents before = SnapshotRows(*env_->test_app.app);
    json foreign = updated.body;
    foreign["contacts"][0]["id"] = other["contacts"][0]["id"];
    ApiResponse refused = sales_->Put(PathOf(company, "customers"), UpdateOf(foreign));
    EXPECT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("contacts[0].id", "invalid_value")) << refused.Describe();
    ApiResponse stale = sales_->Put(PathOf(company, "customers"), UpdateOf(company));
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    EXPECT_EQ(stale.Code(), "ABORTED");
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

// Bad input: all violations with their paths at once, nothing stored.
TEST_F(CustomersApi, BadCustomersAreRefusedWithEveryFieldPath) {
    const RowContents before = SnapshotRows(*env_->test_app.app);
    json body = Company();
    body.erase("kind");
    body["phone"] = "12";
    body["contacts"][1]["phone"] = "13805311201";  // the first contact's phone again
    body["contacts"].push_back({{"name", ""}, {"phone", "abc"}});
    body["contacts"].push_back({{"name", "新人"}, {"phone", "13800000000"}, {"id", 5}});
    ApiResponse refused = sales_->Post("/api/v1/customers", body);
    ASSERT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("kind", "required")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("phone", "invalid_phone")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("contacts[1].phone", "duplicate")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("contacts[2].name", "required")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("contacts[2].phone", "invalid_phone")) << refused.Describe();

    json with_id = Company();
    with_id["contacts"][0]["id"] = 1;
    ApiResponse made_up = sales_->Post("/api/v1/customers", with_id);
    EXPECT_EQ(made_up.status, 400) << made_up.Describe();
    EXPECT_TRUE(made_up.HasViolation("contacts[0].id", "invalid_value")) << made_up.Describe();
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

/// Sites need the administrative divisions, which TestApp leaves out (they cost seconds).
class SitesApi : public CustomersApi {
protected:
    void SetUp() override {
        CustomersApi::SetUp();
        auto loaded = env_->test_app.app->module<geo::GeoModule>().LoadReferenceData();
        ASSERT_TRUE(loaded) << loaded.error().message();
        customer_ = Add(Company());
    }

    json SiteBody(const std::string& division, const std::string& street) const {
        return {{"customerId", customer_["id"]}, {"divisionCode", division}, {"street", street}};
    }

    json AddSite(ApiClient& client, const json& body) {
        ApiResponse created = client.Post("/api/v1/sites", body);
        if (created.status != 201) {
            throw std::runtime_error("adding the site failed: " + created.Describe());
        }
        return created.body;
    }

    json customer_;
};

// R-JOB-1, R-EXP-2, R-EXP-5: a site in a Jinan district is local and prefecture-level, and
// without coordinates it sits at the district's seat, marked approximate.
TEST_F(SitesApi, AJinanDistrictSiteIsLocalPrefectureLevelAndApproximate) {
    json body = SiteBody("370102", "经十路 7000 号汉峪金谷 A3 座 18 层");
    body["floor"] = 18;
    body["hasLift"] = true;
    body["accessNotes"] = "货梯限重 1.6 吨；9:00 前卸货";
    const json site = AddSite(*sales_, body);
    EXPECT_EQ(site["divisionCode"], "370102");
    EXPECT_EQ(site["divisionName"], "山东省 济南市 历下区");
    EXPECT_EQ(site["placeClass"], "prefecture_level");
    EXPECT_EQ(site["local"], true);
    EXPECT_EQ(site["approximate"], true);
    EXPECT_EQ(site["floor"], 18);
    EXPECT_EQ(site["hasLift"], true);
    EXPECT_EQ(site["version"], 1);

    ApiResponse division = sales_->Get("/api/v1/divisions/370102");
    ASSERT_EQ(division.status, 200) << division.Describe();
    EXPECT_EQ(site["latE6"],
              static_cast<std::int64_t>(std::llround(division.body["lat"].get<double>() * 1e6)));
    EXPECT_EQ(site["lngE6"],
              static_cast<std::int64_t>(std::llround(division.body["lng"].get<double>() * 1e6)));

    ApiClient driver = env_->LoginAs("driver");
    ApiResponse listed = driver.Get("/api/v1/sites?customerId=" + customer_["id"].dump());
    ASSERT_EQ(listed.status, 200) << listed.Describe();
    ASSERT_EQ(listed.body["total"], 1);
    EXPECT_EQ(listed.body["items"][0], site);
    EXPECT_EQ(driver.Get(PathOf(site, "sites")).body, site);
}

// R-EXP-5: a county-level city (青州市) and a county (平阴县, inside Jinan) are county-level; a
// district of another prefecture-level city (潍坊 奎文区) is prefecture-level but not local.
TEST_F(SitesApi, PlaceClassAndLocalFollowTheDivision) {
    const json qingzhou = AddSite(*sales_, SiteBody("370781", "云门山南路 1 号"));
    EXPECT_EQ(qingzhou["placeClass"], "county_level");
    EXPECT_EQ(qingzhou["local"], false);
    const json pingyin = AddSite(*sales_, SiteBody("370124", "榆山街道 青龙路 8 号"));
    EXPECT_EQ(pingyin["placeClass"], "county_level");
    EXPECT_EQ(pingyin["local"], true) << "the default local area is all of 济南市";
    const json weifang = AddSite(*sales_, SiteBody("370705", "胜利东街 5151 号"));
    EXPECT_EQ(weifang["placeClass"], "prefecture_level");
    EXPECT_EQ(weifang["local"], false);
    EXPECT_EQ(weifang["divisionName"], "山东省 潍坊市 奎文区");
}

// R-EXP-2: the local area is an effective-dated policy; a site is judged by the value in force.
TEST_F(SitesApi, TheLocalAreaFollowsThePolicyInForce) {
    const json lixia = AddSite(*sales_, SiteBody("370102", "解放路 112 号"));
    const json pingyin = AddSite(*sales_, SiteBody("370124", "青龙路 8 号"));
    env_->test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env_->LoginAs("head");
    ApiResponse set = head.Post("/api/v1/policies",
                                {{"key", "geo.local_area_division"},
                                 {"value", 370102},
                                 {"validFrom", "2026-11-27"},
                                 {"reason", "仅历下区按市内计"}});
    ASSERT_EQ(set.status, 201) << set.Describe();
    EXPECT_EQ(sales_->Get(PathOf(lixia, "sites")).body["local"], true);
    EXPECT_EQ(sales_->Get(PathOf(pingyin, "sites")).body["local"], false);
    ApiResponse not_a_code = head.Post("/api/v1/policies",
                                       {{"key", "geo.local_area_division"},
                                        {"value", 12},
                                        {"validFrom", "2026-11-28"},
                                        {"reason", "错误"}});
    EXPECT_EQ(not_a_code.status, 400) << not_a_code.Describe();
    EXPECT_TRUE(not_a_code.HasViolation("value", "out_of_range")) << not_a_code.Describe();
}

// R-JOB-1: an entered point is kept exactly; the division's seat sent back stays approximate.
TEST_F(SitesApi, AnEnteredPointIsExactAndAnUpdateCanMoveIt) {
    json body = SiteBody("370104", "经十西路 28666 号");
    body["latE6"] = 36638200;
    body["lngE6"] = 116902100;
    const json site = AddSite(*sales_, body);
    EXPECT_EQ(site["approximate"], false);
    EXPECT_EQ(site["latE6"], 36638200);
    EXPECT_EQ(site["lngE6"], 116902100);

    json update = SiteBody("370104", "经十西路 28666 号 2 号楼");
    update["version"] = 1;
    ApiResponse moved = sales_->Put(PathOf(site, "sites"), update);
    ASSERT_EQ(moved.status, 200) << moved.Describe();
    EXPECT_EQ(moved.body["approximate"], true) << "no point sent: the seat again";
    EXPECT_EQ(moved.body["version"], 2);
    EXPECT_EQ(moved.body["street"], "经十西路 28666 号 2 号楼");
    ApiResponse stale = sales_->Put(PathOf(site, "sites"), update);
    EXPECT_EQ(stale.status, 409) << stale.Describe();
}

// Bad input: a city with districts, an unknown code, half a point, a missing customer; every
// violation in one answer and nothing stored.
TEST_F(SitesApi, BadSitesAreRefusedWithEveryFieldAndNothingIsStored) {
    const RowContents before = SnapshotRows(*env_->test_app.app);
    json city = SiteBody("370100", "经十路 1 号");
    city["latE6"] = 36600000;
    city["floor"] = 300;
    ApiResponse refused = sales_->Post("/api/v1/sites", city);
    ASSERT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("divisionCode", "has_children")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("lngE6", "required")) << refused.Describe();
    EXPECT_TRUE(refused.HasViolation("floor", "out_of_range")) << refused.Describe();

    ApiResponse unknown =
        sales_->Post("/api/v1/sites",
                     {{"customerId", 999999}, {"divisionCode", "379999"}, {"street", "无名路"}});
    ASSERT_EQ(unknown.status, 400) << unknown.Describe();
    EXPECT_TRUE(unknown.HasViolation("customerId", "invalid_value")) << unknown.Describe();
    EXPECT_TRUE(unknown.HasViolation("divisionCode", "invalid_value")) << unknown.Describe();

    ApiResponse orphan = sales_->Post("/api/v1/sites", {{"divisionCode", "37010"}, {"street", ""}});
    ASSERT_EQ(orphan.status, 400) << orphan.Describe();
    EXPECT_TRUE(orphan.HasViolation("customerId", "required")) << orphan.Describe();
    EXPECT_TRUE(orphan.HasViolation("divisionCode", "invalid_value")) << orphan.Describe();
    EXPECT_TRUE(orphan.HasViolation("street", "required")) << orphan.Describe();
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
}

// R-SEC-2: a dealer enters sites for itself only, sees only its own, and another dealer's site
// answers as a missing one; it cannot attach an end customer.
TEST_F(SitesApi, ADealerSeesAndEntersOnlyItsOwnSites) {
    env_->test_app.CreateUser("dealer_a", {Role::kDealer});
    env_->test_app.CreateUser("dealer_b", {Role::kDealer});
    ApiClient dealer_a = env_->LoginAs("dealer_a");
    ApiClient dealer_b = env_->LoginAs("dealer_b");
    const std::int64_t a_id = dealer_a.Get("/api/v1/dealers").body["items"][0]["id"];
    const std::int64_t b_id = dealer_b.Get("/api/v1/dealers").body["items"][0]["id"];

    const json own = AddSite(dealer_a, {{"divisionCode", "370203"}, {"street", "香港中路 8 号"}});
    EXPECT_EQ(own["dealerId"], a_id);
    EXPECT_EQ(own["customerId"], nullptr);
    EXPECT_EQ(own["local"], false);
    const json theirs =
        AddSite(dealer_b, {{"divisionCode", "370302"}, {"street", "人民西路 1 号"}});
    AddSite(*sales_, SiteBody("370102", "解放路 112 号"));

    ApiResponse mine = dealer_a.Get("/api/v1/sites");
    ASSERT_EQ(mine.status, 200) << mine.Describe();
    EXPECT_EQ(mine.body["total"], 1) << mine.raw;
    EXPECT_EQ(mine.body["items"][0]["id"], own["id"]);
    EXPECT_EQ(dealer_a.Get("/api/v1/sites?dealerId=" + std::to_string(b_id)).body["total"], 0);
    EXPECT_EQ(dealer_a.Get(PathOf(theirs, "sites")).status, 404);
    EXPECT_EQ(sales_->Get("/api/v1/sites").body["total"], 3);

    const RowContents before = SnapshotRows(*env_->test_app.app);
    ApiResponse foreign = dealer_a.Post(
        "/api/v1/sites", {{"dealerId", b_id}, {"divisionCode", "370203"}, {"street", "x 路"}});
    EXPECT_EQ(foreign.status, 400) << foreign.Describe();
    EXPECT_TRUE(foreign.HasViolation("dealerId", "invalid_value")) << foreign.Describe();
    ApiResponse with_customer = dealer_a.Post("/api/v1/sites", SiteBody("370203", "香港中路 9 号"));
    EXPECT_EQ(with_customer.status, 400) << with_customer.Describe();
    EXPECT_TRUE(with_customer.HasViolation("customerId", "invalid_value"))
        << with_customer.Describe();
    json edit = {{"divisionCode", "370302"}, {"street", "改"}, {"version", 1}};
    EXPECT_EQ(dealer_a.Put(PathOf(theirs, "sites"), edit).status, 404);
    EXPECT_EQ(SnapshotRows(*env_->test_app.app), before);
    EXPECT_EQ(dealer_a.Get("/api/v1/customers").status, 403) << "end customers are internal";
}

}  // namespace
}  // namespace kefu::api_tests
