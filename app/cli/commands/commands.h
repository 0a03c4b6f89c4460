// The omnicrm-cli commands, one file each. main() adds them to a CliApp.
#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace OmniCrm {

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeUndoImportCommand();
std::unique_ptr<Command> makeSearchCommand();
std::unique_ptr<Command> makeListCommand();
std::unique_ptr<Command> makeSeedDemoCommand();
std::unique_ptr<Command> makeStatsCommand();
std::unique_ptr<Command> makeChangePassphraseCommand();
std::unique_ptr<Command> makeDedupeCommand();

/// Every command, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace OmniCrm
