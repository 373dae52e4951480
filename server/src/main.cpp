// The kefu binary: parses the command line and runs one subcommand.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "planner/cli/plan_command.hpp"

int main(int argc, char** argv) {
    CLI::App cli{"kefu (客服) — customer-service department management"};
    cli.require_subcommand(1);
    if (const char* level = std::getenv("KEFU_LOG_LEVEL")) {
        spdlog::set_level(spdlog::level::from_str(level));
    }
    int exit_code = 0;
    kefu::app::RegisterCommands(cli, exit_code);
    kefu::planner::RegisterPlanCommand(cli, exit_code);
    CLI11_PARSE(cli, argc, argv);
    return exit_code;
}
