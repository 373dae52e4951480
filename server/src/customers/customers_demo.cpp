// The customers module's share of the demo: about thirty Jinan companies and people with the
// people to call, their sites across Jinan's districts and in Shandong's prefecture-level and
// county-level cities, and a few sites of the dealers. Sites need the administrative divisions
// (`kefu migrate` loads them); without them only the customers are added.
#include <vector>

#include "customers/customers_module.hpp"

namespace kefu::customers {
namespace {

struct DemoContact {
    const char* name;
    const char* phone;
    const char* title;
};

struct DemoSite {
    const char* division;  // six digits
    const char* street;
    int lat_e6 = 0;  // 0: none entered, the division's seat is used
    int lng_e6 = 0;
    std::optional<int> floor;
    std::optional<bool> has_lift;
    const char* access_notes = nullptr;
};

struct DemoCustomer {
    CustomerKind kind;
    const char* name;
    const char* phone;  // nullptr: none
    const char* notes;
    std::vector<DemoContact> contacts;
    std::vector<DemoSite> sites;
};

using K = CustomerKind;

const std::vector<DemoCustomer>& Customers() {
    static const std::vector<DemoCustomer> customers = {
        {K::kCompany,
         "山东齐鲁云数科技有限公司",
         "0531-86091234",
         "新办公区整体采购，分两期交付",
         {{"孙晓东", "13805311201", "行政经理"}, {"马丽", "13953111202", "前台"}},
         {{"370102",
           "经十路 7000 号汉峪金谷 A3 座 18 层",
           36665120,
           117125930,
           18,
           true,
           "货梯限重 1.6 吨；工作日 9:00 前或 17:30 后卸货，需提前一天向物业报备车牌"},
          {"370102", "奥体西路 2788 号 8 号楼 3 层", 0, 0, 3, true, nullptr}}},
        {K::kCompany,
         "济南泉城律师事务所",
         "0531-82061888",
         "",
         {{"周律师", "13706411301", "主任"}},
         {{"370103",
           "经四路 268 号泉城大厦 12 层",
           0,
           0,
           12,
           true,
           "大厦地下车库限高 2.1 米，厢货需停在经四路临时车位"}}},
        {K::kCompany,
         "山东华信会计师事务所有限公司",
         "0531-88952200",
         "",
         {{"韩冬梅", "13853151401", "办公室主任"}, {"杜军", "15069101402", "IT 主管"}},
         {{"370102", "解放路 112 号历下总部商务中心 6 层", 0, 0, 6, true, nullptr}}},
        {K::kCompany,
         "济南市历城区第二实验小学",
         "0531-88171102",
         "暑假期间安装教师办公室",
         {{"王校长", "13964011501", "副校长"}, {"刘老师", "13668811502", "总务处"}},
         {{"370112",
           "山大路 45 号",
           0,
           0,
           2,
           false,
           "上课期间禁止车辆进入校园，7:30 前或 16:30 后进出，安装人员需登记身份证"}}},
        {K::kCompany,
         "山东鲁中建设集团有限公司",
         "0634-6221188",
         "",
         {{"亓建平", "13863401601", "综合办主任"}},
         {{"370116", "凤城东大街 99 号鲁中建设大厦", 0, 0, 5, true, nullptr}}},
        {K::kCompany,
         "济南市章丘区明水街道办事处",
         "0531-83211001",
         "政府采购项目，验收需签章",
         {{"吕科长", "13791101701", "党政办"}},
         {{"370114", "汇泉路 1566 号", 0, 0, 3, false, "无电梯，三楼，楼梯转角较窄"}}},
        {K::kCompany,
         "济南恒泰医药有限公司",
         "0531-87551666",
         "",
         {{"邢经理", "13589101801", "采购"}, {"仓库值班", "0531-87551667", "仓库"}},
         {{"370104",
           "经十西路 28666 号恒泰医药物流园 2 号楼",
           36638200,
           116902100,
           1,
           false,
           "园区门禁，送货车辆在北门登记；冷库区域禁止进入"}}},
        {K::kCompany,
         "济南北园医院",
         "0531-85961120",
         "门诊楼改造，夜间施工",
         {{"田主任", "13616401901", "后勤保障部"}},
         {{"370105",
           "北园大街 536 号门诊楼 4 层",
           0,
           0,
           4,
           true,
           "白天门诊人多，安装安排在 20:00 以后，需穿鞋套"}}},
        {K::kCompany,
         "山东长清职业技术学院",
         "0531-87201234",
         "",
         {{"冯处长", "13905312001", "资产处"}, {"赵老师", "18660812002", "图书馆"}},
         {{"370113", "大学科技园海棠路 8 号图书馆", 0, 0, 2, true, nullptr},
          {"370113", "大学科技园海棠路 8 号行政楼", 0, 0, 5, true, nullptr}}},
        {K::kCompany,
         "济南安信保险代理有限公司",
         nullptr,
         "",
         {{"宋经理", "13573102101", "总经理"}},
         {{"370103", "英雄山路 129 号 2 号楼 1 单元 501", 0, 0, 5, false, "老楼无电梯，五楼"}}},
        {K::kCompany,
         "济南润达物流有限公司",
         "0531-84231555",
         "",
         {{"常队长", "13335102201", "调度"}},
         {{"370115",
           "济北开发区新元大街 66 号",
           0,
           0,
           1,
           false,
           "大车可直接进院，叉车可协助卸货"}}},
        {K::kCompany,
         "平阴县玫瑰文化旅游有限公司",
         "0531-87881999",
         "",
         {{"石经理", "13854102301", "办公室"}},
         {{"370124",
           "玫瑰镇玫瑰湖景区游客中心",
           0,
           0,
           1,
           false,
           "景区周末客流大，安排工作日送货"}}},
        {K::kCompany,
         "商河县教育和体育局",
         "0531-84861001",
         "全县学校教师办公桌更新",
         {{"邵科长", "13906402401", "装备科"}},
         {{"370126", "商中路 9 号", 0, 0, 3, false, nullptr}}},
        {K::kCompany,
         "济南钢城新材料有限公司",
         "0634-6881234",
         "",
         {{"亓主任", "13963402501", "办公室"}},
         {{"370117", "府前大街 1 号产业园 C 座", 0, 0, 2, true, nullptr}}},
        {K::kCompany,
         "青岛海川电子有限公司",
         "0532-88901234",
         "",
         {{"隋工", "13708902601", "行政"}, {"于主管", "15265302602", "仓库"}},
         {{"370212",
           "株洲路 151 号海川科技园 5 号楼",
           0,
           0,
           4,
           true,
           "园区东门进货，车辆需提前登记"}}},
        {K::kCompany,
         "青岛西海岸港务服务有限公司",
         "0532-86981100",
         "",
         {{"姜科长", "13698602701", "综合部"}},
         {{"370211", "前湾港路 169 号港务大厦 9 层", 0, 0, 9, true, nullptr}}},
        {K::kCompany,
         "平度市第三中学",
         "0532-87361003",
         "",
         {{"纪主任", "13953202801", "总务处"}},
         {{"370283", "杭州路 88 号", 0, 0, 3, false, "周末安装，校门由值班室开"}}},
        {K::kCompany,
         "淄博齐都陶瓷有限公司",
         "0533-2181666",
         "",
         {{"毕经理", "13853302901", "行政部"}},
         {{"370303", "人民西路 36 号齐都大厦 7 层", 0, 0, 7, true, nullptr}}},
        {K::kCompany,
         "临淄石化设备有限公司",
         "0533-7181888",
         "厂区安全培训后方可进入",
         {{"崔工", "13561003001", "安环部"}},
         {{"370305",
           "齐鲁化学工业园 朱台路 6 号",
           0,
           0,
           2,
           false,
           "进厂须戴安全帽、穿工装，禁止携带火种；车辆走 3 号门"}}},
        {K::kCompany,
         "潍坊鸢都文化传媒有限公司",
         "0536-8881234",
         "",
         {{"谭经理", "13853603101", "总经理"}},
         {{"370705", "东风东街 6396 号文化创意产业园 B 座", 0, 0, 3, true, nullptr}}},
        {K::kCompany,
         "寿光农产品物流园管理有限公司",
         "0536-5261188",
         "",
         {{"桑主任", "13963603201", "办公室"}},
         {{"370783",
           "羊田路 1 号综合办公楼",
           0,
           0,
           4,
           true,
           "凌晨交易时段车辆多，安排 10:00 以后进场"}}},
        {K::kCompany,
         "青州古城文旅发展有限公司",
         "0536-3261122",
         "",
         {{"房经理", "13506363301", "工程部"}},
         {{"370781", "偶园街 12 号", 0, 0, 1, false, "古城内限行，货车停在北门外，需小推车转运"}}},
        {K::kCompany,
         "泰安岱宗酒店管理有限公司",
         "0538-8221188",
         "客房与会议室家具",
         {{"岳经理", "13953803401", "工程部"}, {"孟主管", "18653803402", "采购"}},
         {{"370902",
           "东岳大街 356 号",
           0,
           0,
           6,
           true,
           "酒店后门卸货区，避开 11:00–13:00 婚宴时段"}}},
        {K::kCompany,
         "新泰市人民医院",
         "0538-7221120",
         "",
         {{"公主任", "13605383501", "总务科"}},
         {{"370982", "青云路 1000 号住院楼 2 层", 0, 0, 2, true, nullptr}}},
        {K::kCompany,
         "东平县行政审批服务局",
         "0538-2821001",
         "",
         {{"程科长", "13853823601", "办公室"}},
         {{"370923", "东平街道佛山街 9 号政务服务中心", 0, 0, 2, true, nullptr}}},
        {K::kPerson,
         "刘建华",
         "13905313701",
         "家庭书房，要求周末上门",
         {},
         {{"370102",
           "燕子山路 9 号燕子山小区 3 号楼 2 单元 602",
           0,
           0,
           6,
           true,
           "小区限高 2.2 米，需提前联系物业登记"}}},
        {K::kPerson,
         "王秀英",
         "13605313801",
         "",
         {},
         {{"370104", "营市街 18 号 5 号楼 1 单元 301", 0, 0, 3, false, nullptr}}},
        {K::kPerson,
         "陈志强",
         "13806413901",
         "别墅整体书房和会客厅",
         {{"陈太太", "13806413902", "家人"}},
         {{"370112", "港沟街道鲁能领秀城 15 区 7 号", 0, 0, 1, false, "门岗凭业主电话放行"}}},
        {K::kPerson,
         "李娜",
         "15153114001",
         "",
         {},
         {{"370103", "舜耕路 6 号 2 号楼 1 单元 1102", 0, 0, 11, true, nullptr}}},
        {K::kPerson,
         "赵国庆",
         "13969114101",
         "",
         {},
         {{"370114", "明水街道百脉泉小区 12 号楼 401", 0, 0, 4, false, nullptr}}},
        {K::kPerson,
         "孙丽",
         "13864214201",
         "",
         {},
         {{"370202", "香港中路 10 号颐和国际 A 座 2308", 0, 0, 23, true, nullptr}}},
    };
    return customers;
}

struct DemoDealerSite {
    const char* dealer;
    DemoSite site;
};

// Dealers' warehouses and showrooms, and one dealer's delivery to its own customer.
const std::vector<DemoDealerSite>& DealerSites() {
    static const std::vector<DemoDealerSite> sites = {
        {"济南华府办公家具有限公司",
         {"370105",
          "北园大街 9 号家具建材市场 2 号仓库",
          0,
          0,
          1,
          false,
          "市场内单行道，从西门进东门出"}},
        {"济南华府办公家具有限公司",
         {"370112", "工业北路 288 号华府展厅", 0, 0, 1, false, nullptr}},
        {"青岛海岳办公设备有限公司",
         {"370214", "正阳中路 99 号海岳仓储中心", 0, 0, 1, false, nullptr}},
        {"淄博鼎盛家具商行", {"370302", "般阳路 56 号", 0, 0, 1, false, nullptr}},
        {"潍坊新世纪办公用品有限公司",
         {"370782", "密州路 300 号（诸城分店）", 0, 0, 2, false, nullptr}},
        {"泰安泰山家具城", {"370911", "泰山大街 888 号泰山家具城 B 区", 0, 0, 1, false, nullptr}},
        {"泰安泰山家具城",
         {"370983", "新城街道龙山路 18 号肥城市第二中学", 0, 0, 3, false, "学校暑期施工"}},
    };
    return sites;
}

SiteFields FieldsOf(const DemoSite& s) {
    SiteFields f;
    f.division_code = s.division;
    f.street = s.street;
    if (s.lat_e6 != 0) {
        f.lat_e6 = s.lat_e6;
        f.lng_e6 = s.lng_e6;
    }
    if (s.floor) f.floor = *s.floor;
    f.has_lift = s.has_lift;
    if (s.access_notes != nullptr) f.access_notes = s.access_notes;
    return f;
}

bool HasStreet(const Page<LocatedSite>& sites, const char* street) {
    for (const LocatedSite& s : sites.items) {
        if (s.site.street == street) return true;
    }
    return false;
}

}  // namespace

Result<void> CustomersModule::LoadDemo(app::DemoContext& context) {
    const auth::Principal& system = context.system;
    // Sites name divisions, which `kefu migrate` loads; a bare test database has none.
    const bool divisions_loaded = divisions_.Get(*geo::DivisionCode::Parse("370102")).has_value();
    for (const DemoCustomer& d : Customers()) {
        CustomerFilter filter;
        filter.query = d.name;
        KEFU_ASSIGN_OR_RETURN(auto page, customers_.List(system, filter, PageRequest{1, 50}));
        std::optional<Customer> customer;
        for (Customer& c : page.items) {
            if (c.name == d.name) customer = std::move(c);
        }
        if (!customer) {
            CustomerFields fields;
            fields.kind = d.kind;
            fields.name = d.name;
            if (d.phone != nullptr) fields.phone = d.phone;
            fields.notes = d.notes;
            for (const DemoContact& c : d.contacts)
                fields.contacts.push_back({0, c.name, c.phone, c.title});
            KEFU_ASSIGN_OR_RETURN(customer, customers_.Create(system, fields));
            ++context.report.created["customers"];
        }
        if (!divisions_loaded) continue;
        SiteFilter by_customer;
        by_customer.customer_id = customer->id;
        KEFU_ASSIGN_OR_RETURN(auto existing, sites_.List(system, by_customer, PageRequest{1, 200}));
        for (const DemoSite& s : d.sites) {
            if (HasStreet(existing, s.street)) continue;
            SiteFields fields = FieldsOf(s);
            fields.customer_id = customer->id;
            KEFU_TRY(sites_.Create(system, fields));
            ++context.report.created["sites"];
        }
    }
    if (!divisions_loaded) return {};
    for (const DemoDealerSite& d : DealerSites()) {
        KEFU_ASSIGN_OR_RETURN(auto dealer, dealer_service_.FindByName(d.dealer));
        if (!dealer) continue;  // the dealers' demo step was not run
        SiteFilter by_dealer;
        by_dealer.dealer_id = dealer->id;
        KEFU_ASSIGN_OR_RETURN(auto existing, sites_.List(system, by_dealer, PageRequest{1, 200}));
        if (HasStreet(existing, d.site.street)) continue;
        SiteFields fields = FieldsOf(d.site);
        fields.dealer_id = dealer->id;
        KEFU_TRY(sites_.Create(system, fields));
        ++context.report.created["sites"];
    }
    return {};
}

}  // namespace kefu::customers
