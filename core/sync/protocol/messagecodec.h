// Message ⇄ frame bytes. The decoder is strict about what it understands (types, sizes, counts,
// nesting; see DecodeLimits) and lenient about what it does not (unknown keys are ignored), and
// never trusts a length or count before checking it against a limit.
#pragma once

#include "cborlimits.h"
#include "result.h"
#include "syncmessages.h"

namespace OmniCrm::Wire {

QByteArray encodeMessage(const Message &message);

/// The message, or Parse naming what was wrong. Unsupported for a protocol version or a message
/// type this build does not know.
Result<Message> decodeMessage(const QByteArray &frame, const DecodeLimits &limits = {});

/// The same answer as decodeMessage() (the same message or the same error), always by building a
/// QCborValue tree first: what decodeMessage() did before it read snapshot chunks as a stream.
/// For tests that hold the two against each other.
Result<Message> decodeMessageAsTree(const QByteArray &frame, const DecodeLimits &limits = {});

} // namespace OmniCrm::Wire
