// The omnicrm-cli commands, one file each. main() adds them to a CliApp.
#pragma once

#include "command.h"
#include "productcatalog.h"
#include "result.h"

#include <QJsonObject>

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
std::unique_ptr<Command> makeSyncCommand();
std::unique_ptr<Command> makeProviderCommand();
std::unique_ptr<Command> makeTranslateCommand();
std::unique_ptr<Command> makeClassifyCommand();
std::unique_ptr<Command> makeReplyCommand();

/// One buyer message read by classify and reply: a stdin line (or all of stdin with --whole),
/// or the "text" of a JSON line, with that line's "fields" object.
struct PersonaInput
{
    QString text;
    QJsonObject fields;
};
/// Parse when stdin holds no message.
Result<QList<PersonaInput>> readPersonaInput(bool whole);
std::unique_ptr<Command> makeExtractCommand();
/// The product catalog extraction matches against: `file` (catalog JSON) when given, else the
/// store's products when a store opens, else none.
Result<ProductCatalog> productCatalog(CommandContext &context, const QString &file);
std::unique_ptr<Command> makeEvalExtractCommand();
std::unique_ptr<Command> makeDedupeCommand();
std::unique_ptr<Command> makeMergeCommand();
std::unique_ptr<Command> makeUndoMergeCommand();

/// Every command, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace OmniCrm
