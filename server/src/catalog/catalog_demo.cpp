// The catalogue's share of the demo: sixty office-furniture products in nine series, as
// the factory packs them (pieces, litres, grams) and as the crews install them.
#include <algorithm>
#include <vector>

#include "catalog/catalog_module.hpp"

namespace kefu::catalog {
namespace {

struct DemoProduct {
    const char* model;
    const char* name;
    const char* series;
    int pieces;
    int volume_l;
    int weight_kg;
    int install_minutes;
    int installers;
    const char* skill;  // nullptr: none
};

// Volumes and weights are of the packed unit; a workstation counts its screens and drawers.
const std::vector<DemoProduct>& Catalogue() {
    static const std::vector<DemoProduct> products = {
        {"QH-DK1407", "办公桌 1400×700", "启航系列", 3, 180, 38, 25, 1, nullptr},
        {"QH-DK1608", "办公桌 1600×800", "启航系列", 3, 230, 45, 30, 2, nullptr},
        {"QH-DK1808", "办公桌 1800×800", "启航系列", 3, 260, 52, 30, 2, nullptr},
        {"QH-DKL1615", "L 型办公桌 1600×1500", "启航系列", 5, 380, 68, 45, 2, nullptr},
        {"QH-ZG0404", "活动柜 三抽", "启航系列", 1, 90, 22, 5, 1, nullptr},
        {"QH-CZ0805", "侧柜 800×500", "启航系列", 2, 140, 30, 15, 1, nullptr},
        {"ZY-GW2P", "屏风工位 双人位", "致远系列", 8, 520, 95, 60, 2, nullptr},
        {"ZY-GW4P", "屏风工位 四人位", "致远系列", 14, 980, 180, 120, 2, nullptr},
        {"ZY-GW6P", "屏风工位 六人位", "致远系列", 20, 1420, 265, 170, 3, nullptr},
        {"ZY-GW8P", "屏风工位 八人位", "致远系列", 26, 1860, 350, 220, 3, nullptr},
        {"ZY-PF1212", "屏风隔断 1200×1200", "致远系列", 2, 110, 18, 15, 1, nullptr},
        {"ZY-ZW1512", "转角工位 1500×1200", "致远系列", 6, 420, 75, 50, 2, nullptr},
        {"BY-BT2010", "班台 2000×1000", "博雅系列", 5, 620, 120, 60, 2, nullptr},
        {"BY-BT2410", "班台 2400×1000（含副台）", "博雅系列", 7, 880, 170, 80, 3, nullptr},
        {"BY-BT2812", "班台 2800×1200（含副台、背柜）", "博雅系列", 10, 1350, 260, 120, 3, nullptr},
        {"BY-BG2004", "班台背柜 2000×400", "博雅系列", 4, 520, 110, 45, 2, nullptr},
        {"BY-HY2412", "会议桌 2400×1200", "博雅系列", 5, 700, 140, 50, 2, nullptr},
        {"BY-HY3614", "会议桌 3600×1400", "博雅系列", 7, 1100, 220, 80, 3, nullptr},
        {"BY-HY4816", "会议桌 4800×1600", "博雅系列", 9, 1600, 320, 120, 4, nullptr},
        {"BY-QT0806", "洽谈桌 圆形 Φ800", "博雅系列", 2, 120, 24, 15, 1, nullptr},
        {"WG-WJ0918", "文件柜 900×400×1800（双开门）", "稳固系列", 1, 680, 65, 20, 2, nullptr},
        {"WG-WJ0920B", "文件柜 900×400×2000（上玻下铁）", "稳固系列", 2, 740, 78, 25, 2, nullptr},
        {"WG-MJ0918", "密集架 900×450×1800（单节）", "稳固系列", 12, 520, 150, 90, 3, nullptr},
        {"WG-YG0918", "更衣柜 六门", "稳固系列", 1, 700, 70, 20, 2, nullptr},
        {"WG-BXG", "保险柜 电子密码", "稳固系列", 1, 180, 95, 20, 2, "heavy_lifting"},
        {"WG-SJ0820", "书架 800×300×2000", "稳固系列", 4, 260, 40, 20, 1, nullptr},
        {"SS-ZY01", "职员椅 网布", "舒适系列", 2, 110, 14, 5, 1, nullptr},
        {"SS-ZY02", "职员椅 带头枕", "舒适系列", 2, 130, 16, 5, 1, nullptr},
        {"SS-BY01", "班椅 真皮", "舒适系列", 2, 180, 24, 10, 1, nullptr},
        {"SS-HY01", "会议椅 弓形", "舒适系列", 1, 70, 9, 0, 0, nullptr},
        {"SS-FS03", "沙发 三人位", "舒适系列", 1, 1100, 75, 10, 2, nullptr},
        {"SS-FS01", "沙发 单人位", "舒适系列", 1, 450, 32, 5, 1, nullptr},
        {"SS-CJ1206", "茶几 1200×600", "舒适系列", 2, 160, 35, 10, 1, nullptr},
        {"SS-PXY", "培训椅 带写字板", "舒适系列", 1, 80, 8, 0, 0, nullptr},
        {"ZN-SJ1407",
         "电动升降桌 1400×700（单电机）",
         "智能升降系列",
         4,
         190,
         42,
         40,
         1,
         "electric_desk"},
        {"ZN-SJ1608",
         "电动升降桌 1600×800（双电机）",
         "智能升降系列",
         4,
         240,
         55,
         45,
         2,
         "electric_desk"},
        {"ZN-SJ1808",
         "电动升降桌 1800×800（双电机）",
         "智能升降系列",
         4,
         270,
         60,
         45,
         2,
         "electric_desk"},
        {"ZN-HY3614",
         "升降会议桌 3600×1400",
         "智能升降系列",
         8,
         1200,
         260,
         150,
         3,
         "electric_desk"},
        {"ZN-PX1806", "折叠培训桌 1800×600（带轮）", "智能升降系列", 3, 200, 36, 20, 1, nullptr},
        {"ZN-QT1206", "升降洽谈桌 1200×600", "智能升降系列", 4, 160, 34, 35, 1, "electric_desk"},
        {"ZN-SJ1206",
         "电动升降桌 1200×600（单电机）",
         "智能升降系列",
         4,
         170,
         38,
         35,
         1,
         "electric_desk"},
        {"ZN-ZJ02", "显示器支架 双屏", "智能升降系列", 1, 10, 4, 10, 1, nullptr},
        {"BY-SF03", "真皮沙发 三人位", "博雅系列", 1, 1300, 95, 10, 2, nullptr},
        {"BY-CJ1407", "大理石茶几 1400×700", "博雅系列", 2, 200, 85, 15, 2, "heavy_lifting"},
        {"WG-DA1012", "档案柜 十二门", "稳固系列", 1, 420, 80, 20, 2, nullptr},
        {"WG-BM0918",
         "保密柜 900×450×1850（密码锁）",
         "稳固系列",
         1,
         760,
         120,
         25,
         2,
         "heavy_lifting"},
        {"CX-DK1260", "钢木办公桌 1200×600", "晨曦钢木系列", 2, 110, 25, 15, 1, nullptr},
        {"CX-DK1470", "钢木办公桌 1400×700", "晨曦钢木系列", 2, 120, 28, 15, 1, nullptr},
        {"CX-PX1445", "钢木培训桌 1400×450", "晨曦钢木系列", 2, 90, 20, 10, 1, nullptr},
        {"CX-YZ01", "钢木椅 四脚", "晨曦钢木系列", 1, 40, 6, 0, 0, nullptr},
        {"CX-SZ1808", "钢架双人书桌 1800×800", "晨曦钢木系列", 3, 180, 40, 25, 1, nullptr},
        {"QT-QT2000", "前台 2000 弧形", "前台形象系列", 5, 700, 150, 90, 2, nullptr},
        {"QT-QT2400", "前台 2400（含形象墙底座）", "前台形象系列", 7, 960, 210, 120, 3, nullptr},
        {"QT-XX3012", "形象墙 3000×1200", "前台形象系列", 4, 380, 90, 60, 2, "wall_mount"},
        {"QT-PY03", "等候排椅 三人位", "前台形象系列", 2, 300, 45, 20, 1, nullptr},
        {"QT-BK0606", "报刊架 600×600", "前台形象系列", 1, 90, 15, 5, 1, nullptr},
        {"GY-SX2009", "上床下桌 2000×900", "公寓系列", 12, 900, 120, 90, 2, nullptr},
        {"GY-TC1909", "双层铁床 1900×900", "公寓系列", 6, 320, 65, 40, 2, nullptr},
        {"GY-YG0405", "单门衣柜 400×500×1800", "公寓系列", 1, 300, 35, 15, 1, nullptr},
        {"GY-KZ1005", "学生课桌椅 单人", "公寓系列", 2, 90, 18, 10, 1, nullptr},
    };
    return products;
}

}  // namespace

Result<void> CatalogModule::LoadDemoWarranties(app::DemoContext& context) {
    KEFU_ASSIGN_OR_RETURN(SeriesWarranties all, warranties_.List(context.system));
    for (const std::string& series : all.series) {
        // A series that has a warranty keeps it: a second demo run adds nothing.
        if (std::ranges::find(all.versions, series, &SeriesWarranty::series) != all.versions.end())
            continue;
        // A series with seating: the mechanism moves every day, its warranty is shorter (demo
        // terms).
        const bool seating = std::ranges::any_of(Catalogue(), [&series](const DemoProduct& d) {
            return series == d.series &&
                   std::string_view(d.name).find("椅") != std::string_view::npos;
        });
        NewSeriesWarranty w;
        w.series = series;
        w.valid_from = core_.clock.Today();
        w.months = seating ? 24 : 36;
        w.content = seating ? "自验收之日起，椅架、五星脚、气杆与底盘保修 24 个月，免费维修或更换；"
                              "面料、皮革的自然磨损，人为损坏与自行拆改不在保修范围。"
                            : "自验收之日起，板材、框架与焊接件保修 36 个月，铰链、滑轨、锁具等五金"
                              "件保修 24 个月，免费维修或更换；受潮受淹、人为损坏与自行拆改不在保"
                              "修范围。";
        w.reason = "演示数据";
        KEFU_TRY(warranties_.Set(context.system, w));
        ++context.report.created["series warranties"];
    }
    return {};
}

Result<void> CatalogModule::LoadDemo(app::DemoContext& context) {
    std::vector<ProductFields> rows;
    for (const DemoProduct& d : Catalogue()) {
        ProductFields f;
        f.model = d.model;
        f.name = d.name;
        f.series = d.series;
        f.pieces_per_unit = d.pieces;
        f.volume_l = d.volume_l;
        f.weight_g = static_cast<std::int64_t>(d.weight_kg) * 1000;
        f.install_minutes_per_unit = d.install_minutes;
        f.installers_needed = d.installers;
        if (d.skill != nullptr) f.skill = d.skill;
        rows.push_back(std::move(f));
    }
    // The import leaves a product that is already there as it is, so a second run adds nothing.
    KEFU_ASSIGN_OR_RETURN(ImportOutcome outcome, service_.Import(context.system, rows));
    context.report.created["products"] += outcome.created;
    return LoadDemoWarranties(context);
}

}  // namespace kefu::catalog
