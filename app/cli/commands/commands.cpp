#include "commands.h"

namespace OmniCrm {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeUndoImportCommand());
    commands.push_back(makeSearchCommand());
    commands.push_back(makeListCommand());
    commands.push_back(makeSeedDemoCommand());
    commands.push_back(makeStatsCommand());
    commands.push_back(makeChangePassphraseCommand());
    commands.push_back(makeSyncCommand());
    commands.push_back(makeProviderCommand());
    commands.push_back(makeTranslateCommand());
    commands.push_back(makeClassifyCommand());
    commands.push_back(makeReplyCommand());
    commands.push_back(makeExtractCommand());
    commands.push_back(makeEvalExtractCommand());
    commands.push_back(makeDedupeCommand());
    commands.push_back(makeMergeCommand());
    commands.push_back(makeUndoMergeCommand());
    return commands;
}

} // namespace OmniCrm
