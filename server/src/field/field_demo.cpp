// The field module's share of the demo department: three reworks of installations finished last
// week, due this week, two with the apology call made, so the office desk's 本周返工 and a job's
// page show a promise from the first login. They go through the rework service like the office's.
#include <array>

#include "field/field_module.hpp"

namespace kefu::field {
namespace {

struct DemoRework {
    int days_ahead;  ///< the committed date, from today
    const char* problem;
    const char* apology_note;  ///< empty: the call is still to be made
};

constexpr std::array<DemoRework, 3> kDemoReworks = {{
    {0, "一张办公桌桌面有划痕，现场无备件，需换新桌面", "已致电客户致歉，约定今天更换"},
    {1, "文件柜门铰链松动，调整后仍下垂，需换铰链", "已致电客户致歉"},
    {2, "会议桌拼接处高低不平，需带专用工具返工", ""},
}};

}  // namespace

Result<void> FieldModule::LoadDemo(app::DemoContext& context) {
    KEFU_ASSIGN_OR_RETURN(auto existing,
                          transactions_.Run<std::vector<Rework>>(TxMode::kRead, [&](Tx& tx) {
                              return rework_repository_.Select(tx, ReworkQuery{.limit = 1});
                          }));
    if (!existing.empty()) return {};  // loaded already
    jobs::JobFilter filter;
    filter.statuses = {jobs::JobStatus::kInstalled, jobs::JobStatus::kAccepted};
    filter.kind = jobs::JobKind::kInstallation;
    filter.from = context.today.AddDays(-7);
    filter.to = context.today.AddDays(-1);
    KEFU_ASSIGN_OR_RETURN(auto finished,
                          jobs_.List(context.system, filter, PageRequest{.page_size = 20}));
    int created = 0;
    for (const jobs::Job& original : finished.items) {
        if (created == static_cast<int>(kDemoReworks.size())) break;
        if (!original.assignment) continue;  // a rework is linked to the crew that was there
        const DemoRework& demo = kDemoReworks.at(static_cast<std::size_t>(created));
        NewRework input{.original_job_id = original.id.value(),
                        .committed = context.today.AddDays(demo.days_ahead),
                        .problem = demo.problem,
                        .apology_called = *demo.apology_note != '\0',
                        .apology_note = demo.apology_note};
        KEFU_TRY(reworks_.Create(context.As("head"), input));
        ++created;
    }
    context.report.created["reworks"] += created;
    KEFU_ASSIGN_OR_RETURN(const int signatures, LoadDemoPaperwork(context));
    context.report.created["signed documents"] += signatures;
    return {};
}

}  // namespace kefu::field
