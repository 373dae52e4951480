// The kefu subcommands: serve, migrate, demo, user, backup, restore.
#pragma once

#include <CLI/CLI.hpp>

namespace kefu::app {

/// Adds every subcommand except `plan` (registered by the planner); the chosen one writes its
/// exit status to `exit_code`.
void RegisterCommands(CLI::App& cli, int& exit_code);

}  // namespace kefu::app
