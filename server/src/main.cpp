// Composition root of the kefu binary: parses the command line and runs one subcommand.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "planner/cli/plan_command.hpp"

int main(int argc, char** argv) {
    CLI::App app{"kefu — customer-service department management"};
    app.require_subcommand(1);
    int exit_code = 0;
    kefu::planner::RegisterPlanCommand(app, exit_code);
    CLI11_PARSE(app, argc, argv);
    return exit_code;
}
