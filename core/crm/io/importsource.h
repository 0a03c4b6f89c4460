// ImportSource: a file format that yields ImportRecords one at a time, so that a file of any
// size is imported without holding every record in memory. A bad record becomes an
// ImportIssue and reading continues; only a problem that makes the rest of the file
// unreadable (not text, an unterminated quote, a card that never ends) ends reading with an
// Error. Records delivered before such an Error were complete and may be kept.
#pragma once

#include "importrecord.h"
#include "result.h"

#include <functional>

class QIODevice;

namespace OmniCrm {

struct ImportSink
{
    /// Called for each good record; return false to stop reading (read() then succeeds).
    std::function<bool(const ImportRecord &)> record;
    /// Called for each rejected record; may be empty.
    std::function<void(const ImportIssue &)> issue;
};

class ImportSource
{
public:
    virtual ~ImportSource() = default;
    virtual Status read(QIODevice &device, const ImportSink &sink) = 0;
};

struct ImportBatch
{
    QList<ImportRecord> records;
    QList<ImportIssue> issues;
};

/// Reads every record into memory: for previews, tests and small files.
Result<ImportBatch> readAll(ImportSource &source, QIODevice &device);

} // namespace OmniCrm
