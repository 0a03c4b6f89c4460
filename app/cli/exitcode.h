// ExitCode: what omnicrm-cli tells the shell. Scripts branch on these numbers, so they are part
// of the CLI's interface and documented in --help; never renumber them.
#pragma once

#include "result.h"

namespace OmniCrm {

enum class ExitCode : int {
    Ok = 0, // done; records skipped for being bad or duplicate are in the summary
    Usage = 1, // unknown command or option, missing or malformed argument
    BadInput = 2, // an input file, mapping or cursor is unusable; nothing was stored
    KeyRefused = 3, // the key or passphrase was refused or is not available
    Failure = 4, // anything else: the store is missing or corrupt, I/O failed
};

/// The exit code for an error reported by the core.
ExitCode exitCodeFor(ErrorCode code);

} // namespace OmniCrm
