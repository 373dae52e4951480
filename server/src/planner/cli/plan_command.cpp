#include "planner/cli/plan_command.hpp"

#include <fmt/core.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "planner/check/checker.hpp"
#include "planner/io/json_codec.hpp"
#include "planner/io/solomon_reader.hpp"
#include "planner/search/solver.hpp"

namespace kefu::planner {

namespace {

/// Options of one `kefu plan` call, as parsed by CLI11.
struct PlanArguments {
    std::string file;
    std::string format = "solomon";
    double time_limit = 1.0;
    std::uint64_t seed = 1;
    std::string objective = "distance";
};

Result<Problem> LoadProblem(const PlanArguments& arguments) {
    if (arguments.format == "solomon") {
        KEFU_ASSIGN_OR_RETURN(SolomonInstance instance, ReadSolomonFile(arguments.file));
        return std::move(instance.problem);
    }
    std::ifstream file(arguments.file);
    if (!file) return Fail(Error::NotFound("cannot read " + arguments.file));
    std::ostringstream text;
    text << file.rdbuf();
    return ParseProblemJson(text.str());
}

int RunPlan(const PlanArguments& arguments) {
    auto problem = LoadProblem(arguments);
    if (!problem) {
        fmt::print(stderr, "kefu plan: {}\n", problem.error().message());
        return 1;
    }
    SolveOptions options;
    options.time_limit_seconds = arguments.time_limit;
    options.seed = arguments.seed;
    options.objective = arguments.objective == "vehicles" ? Objective::kVehicles
                        : arguments.objective == "cost"   ? Objective::kCost
                                                          : Objective::kDistance;
    auto solution = Solve(*problem, options);
    if (!solution) {
        fmt::print(stderr, "kefu plan: {}\n", solution.error().message());
        return 1;
    }
    const CheckReport report = CheckSolution(*problem, *solution);
    fmt::print("{}\n", SolutionToJson(*problem, *solution));
    if (!report.ok()) {
        // A violation is a planner bug: say so loudly rather than hand out a bad plan quietly.
        for (const CheckViolation& violation : report.violations) {
            fmt::print(stderr, "kefu plan: violation: {}\n", violation.detail);
        }
        return 3;
    }
    return 0;
}

}  // namespace

void RegisterPlanCommand(CLI::App& app, int& exit_code) {
    auto arguments = std::make_shared<PlanArguments>();
    auto* command = app.add_subcommand("plan", "Plan routes for a VRPTW file; prints JSON");
    command->add_option("FILE", arguments->file, "Solomon or JSON problem file")->required();
    command->add_option("--format", arguments->format, "solomon|json")
        ->check(CLI::IsMember({"solomon", "json"}));
    command->add_option("--time-limit", arguments->time_limit, "Seconds to search")
        ->check(CLI::PositiveNumber);
    command->add_option("--seed", arguments->seed, "Random seed (same seed, same plan)");
    command->add_option("--objective", arguments->objective, "distance|vehicles|cost")
        ->check(CLI::IsMember({"distance", "vehicles", "cost"}));
    command->callback([arguments, &exit_code] { exit_code = RunPlan(*arguments); });
}

}  // namespace kefu::planner
