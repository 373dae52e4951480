// `kefu plan FILE`: runs the planner on a benchmark or JSON file and prints the solution as JSON.
#pragma once

#include <CLI/CLI.hpp>

namespace kefu::planner {

/// Adds the `plan` subcommand to the CLI; its exit status is written to `exit_code`.
void RegisterPlanCommand(CLI::App& app, int& exit_code);

}  // namespace kefu::planner
