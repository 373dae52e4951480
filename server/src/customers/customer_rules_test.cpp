// The rules of customers and sites at their edges: contacts, the division a site may name, its
// default point, the local area, and the field limits.
#include <gtest/gtest.h>

#include <algorithm>

#include "customers/customer.hpp"
#include "customers/site.hpp"

namespace kefu::customers {
namespace {

bool Has(const std::vector<FieldViolation>& v, std::string_view field, std::string_view reason) {
    return std::any_of(v.begin(), v.end(), [&](const FieldViolation& x) {
        return x.field == field && x.reason == reason;
    });
}

geo::DivisionCode Code(std::string_view text) { return *geo::DivisionCode::Parse(text); }

geo::Division Lixia() {
    geo::Division d;
    d.code = Code("370102");
    d.parent = Code("370100");
    d.level = geo::DivisionLevel::kCounty;
    d.kind = geo::DivisionKind::kDistrict;
    d.name = "历下区";
    d.point = {36664169, 117038620};
    return d;
}

CustomerFields Company() {
    CustomerFields f;
    f.kind = CustomerKind::kCompany;
    f.name = "山东齐鲁云数科技有限公司";
    f.phone = "0531-86091234";
    f.contacts = {{0, "孙晓东", "13805311201", "行政经理"}, {0, "马丽", "13953111202", ""}};
    return f;
}

TEST(CustomerFields, AValidCompanyHasNoViolations) {
    EXPECT_TRUE(CheckCustomerFields(Company()).empty());
}

TEST(CustomerFields, ContactsAreNamedByIndex) {
    CustomerFields f = Company();
    f.contacts.push_back({0, "", "12345", std::string(31, 'x')});
    f.contacts.push_back({0, "重复", "13805311201", ""});
    const auto v = CheckCustomerFields(f);
    EXPECT_TRUE(Has(v, "contacts[2].name", "required"));
    EXPECT_TRUE(Has(v, "contacts[2].phone", "invalid_phone"));
    EXPECT_TRUE(Has(v, "contacts[2].title", "too_long"));
    EXPECT_TRUE(Has(v, "contacts[3].phone", "duplicate"));
    EXPECT_EQ(v.size(), 4u);
}

TEST(CustomerFields, KindNameAndPhoneAreChecked) {
    CustomerFields f;
    f.phone = "0531";
    f.notes = std::string(limits::kNotesMax + 1, 'n');
    const auto v = CheckCustomerFields(f);
    EXPECT_TRUE(Has(v, "kind", "required"));
    EXPECT_TRUE(Has(v, "name", "required"));
    EXPECT_TRUE(Has(v, "phone", "invalid_phone"));
    EXPECT_TRUE(Has(v, "notes", "too_long"));
}

TEST(CustomerFields, TwentyContactsAreTheLimit) {
    CustomerFields f = Company();
    f.contacts.clear();
    for (int i = 0; i < 20; ++i)
        f.contacts.push_back({0, "联系人", "138000000" + std::to_string(10 + i), ""});
    EXPECT_TRUE(CheckCustomerFields(f).empty());
    f.contacts.push_back({0, "联系人", "13800000099", ""});
    EXPECT_TRUE(Has(CheckCustomerFields(f), "contacts", "too_many_items"));
}

TEST(ContactIds, OnlyIdsOfTheStoredContactsAreKept) {
    const std::vector<CustomerContact> stored = {{7, "甲", "13800000001", ""},
                                                 {8, "乙", "13800000002", ""}};
    EXPECT_TRUE(
        CheckContactIds({{8, "乙", "13800000002", ""}, {0, "丙", "13800000003", ""}}, stored)
            .empty());
    const auto v = CheckContactIds(
        {{9, "外", "13800000004", ""}, {7, "甲", "13800000001", ""}, {7, "甲", "13800000005", ""}},
        stored);
    EXPECT_TRUE(Has(v, "contacts[0].id", "invalid_value")) << "another customer's contact";
    EXPECT_TRUE(Has(v, "contacts[2].id", "invalid_value")) << "one contact listed twice";
    EXPECT_EQ(v.size(), 2u);
}

SiteFields Site(std::string code = "370102") {
    SiteFields f;
    f.customer_id = CustomerId(1);
    f.division_code = std::move(code);
    f.street = "经十路 7000 号";
    return f;
}

TEST(SiteFields, ASiteBelongsToACustomerOrADealer) {
    EXPECT_TRUE(CheckSiteFields(Site()).empty());
    SiteFields dealer_only = Site();
    dealer_only.customer_id.reset();
    dealer_only.dealer_id = DealerId(3);
    EXPECT_TRUE(CheckSiteFields(dealer_only).empty());
    dealer_only.dealer_id.reset();
    EXPECT_TRUE(Has(CheckSiteFields(dealer_only), "customerId", "required"));
}

TEST(SiteFields, TheCodeIsSixDigitsOfAProvince) {
    EXPECT_TRUE(Has(CheckSiteFields(Site("")), "divisionCode", "required"));
    for (const char* bad : {"37010", "3701020", "000000", "990000", "37O102"}) {
        EXPECT_TRUE(Has(CheckSiteFields(Site(bad)), "divisionCode", "invalid_value")) << bad;
    }
}

TEST(SiteFields, APointNeedsBothHalvesInsideChina) {
    SiteFields f = Site();
    f.lat_e6 = site_limits::kLatMinE6;
    f.lng_e6 = site_limits::kLngMaxE6;
    EXPECT_TRUE(CheckSiteFields(f).empty());
    f.lat_e6 = site_limits::kLatMinE6 - 1;
    f.lng_e6 = site_limits::kLngMaxE6 + 1;
    EXPECT_TRUE(Has(CheckSiteFields(f), "latE6", "out_of_range"));
    EXPECT_TRUE(Has(CheckSiteFields(f), "lngE6", "out_of_range"));
    f.lng_e6.reset();
    f.lat_e6 = 36'664'169;
    EXPECT_TRUE(Has(CheckSiteFields(f), "lngE6", "required"));
}

TEST(SiteFields, FloorsAndNotesHaveLimits) {
    SiteFields f = Site();
    f.floor = site_limits::kFloorMin;
    f.access_notes = std::string(site_limits::kAccessNotesMax, 'x');
    EXPECT_TRUE(CheckSiteFields(f).empty());
    f.floor = site_limits::kFloorMax + 1;
    f.access_notes->push_back('x');
    EXPECT_TRUE(Has(CheckSiteFields(f), "floor", "out_of_range"));
    EXPECT_TRUE(Has(CheckSiteFields(f), "accessNotes", "too_long"));
}

TEST(SiteDivision, ACountyLevelUnitOrAChildlessCityIsAccepted) {
    EXPECT_FALSE(DivisionRefusal(Lixia()));
    geo::Division dongguan;
    dongguan.code = Code("441900");
    dongguan.level = geo::DivisionLevel::kPrefecture;
    dongguan.kind = geo::DivisionKind::kPrefectureCity;
    dongguan.has_children = false;
    EXPECT_FALSE(DivisionRefusal(dongguan)) << "东莞 has no county level";
}

TEST(SiteDivision, AProvinceOrCityWithChildrenOrARetiredUnitIsRefused) {
    geo::Division jinan;
    jinan.code = Code("370100");
    jinan.level = geo::DivisionLevel::kPrefecture;
    jinan.has_children = true;
    EXPECT_EQ(DivisionRefusal(jinan), "has_children");
    geo::Division retired = Lixia();
    retired.active = false;
    EXPECT_EQ(DivisionRefusal(retired), "inactive");
}

TEST(SitePoint, WithoutCoordinatesTheSeatIsUsedAndMarkedApproximate) {
    const SitePoint p = ResolvePoint(std::nullopt, std::nullopt, Lixia());
    EXPECT_EQ(p.lat_e6, 36664169);
    EXPECT_EQ(p.lng_e6, 117038620);
    EXPECT_TRUE(p.approximate);
}

TEST(SitePoint, AnEnteredPointIsExactUnlessItIsTheSeatSentBack) {
    const SitePoint entered = ResolvePoint(36665120, 117125930, Lixia());
    EXPECT_EQ(entered.lat_e6, 36665120);
    EXPECT_FALSE(entered.approximate);
    EXPECT_TRUE(ResolvePoint(36664169, 117038620, Lixia()).approximate);
    EXPECT_FALSE(ResolvePoint(36664170, 117038620, Lixia()).approximate) << "one microdegree off";
}

TEST(LocalArea, JinanTakesInItsDistrictsAndCounties) {
    EXPECT_TRUE(IsLocal(Code("370102"), 370100));
    EXPECT_TRUE(IsLocal(Code("370124"), 370100)) << "平阴县 is local and county-level";
    EXPECT_TRUE(IsLocal(Code("370199"), 370100));
    EXPECT_FALSE(IsLocal(Code("370200"), 370100));
    EXPECT_FALSE(IsLocal(Code("370202"), 370100));
    EXPECT_FALSE(IsLocal(Code("370102"), 370200));
    EXPECT_TRUE(IsLocal(Code("370202"), 370000)) << "a province takes in all of it";
    EXPECT_TRUE(IsLocal(Code("370102"), 370102));
    EXPECT_FALSE(IsLocal(Code("370103"), 370102));
    EXPECT_FALSE(IsLocal(Code("370102"), 0)) << "a value that is no code makes nothing local";
}

TEST(DivisionName, NamesGoFromTheProvinceDown) {
    EXPECT_EQ(DivisionNameOf({"山东省", "济南市", "历下区"}), "山东省 济南市 历下区");
    EXPECT_EQ(DivisionNameOf({"北京市", "朝阳区"}), "北京市 朝阳区");
    EXPECT_EQ(DivisionNameOf({}), "");
}

}  // namespace
}  // namespace kefu::customers
