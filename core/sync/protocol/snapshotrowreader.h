// Streaming decoders for the frames a snapshot is made of (issue 4): a chunk's rows are read from
// the CBOR bytes straight into SnapshotRow, without first building a QCborValue tree of some
// 20,000 fields, and held to the DecodeLimits as they are read, so a valid chunk is walked once.
// They decode only what is valid: at anything the tree decoder or checkCborStructure() would
// refuse (or would read differently, such as a duplicated key) they give up and return nothing,
// and decodeMessage() checks and decodes that frame the tree way, which names the error. So what
// is accepted and every error message stay those of the tree decoder.
#pragma once

#include "cborlimits.h"
#include "syncmessages.h"

#include <QCborMap>
#include <QCborStreamReader>

#include <optional>

namespace OmniCrm::Wire {

/// The longest table name, row id, column name or site id a snapshot row may carry (characters).
inline constexpr qsizetype MaxSnapshotText = 256;

/// A message frame's top-level map, read as a stream: every key but "rows" as a QCborValue into
/// `map`, "rows" (if any) as snapshot rows into `rows`. False when the frame is not a map of text
/// keys each present once whose values are scalars (a chunk's are), when its "rows" are not
/// valid snapshot rows, or when it breaks a limit checkCborStructure() checks: a frame read whole
/// needs no such check.
bool readMessageMap(const QByteArray &frame, const DecodeLimits &limits, QCborMap &map,
                    std::optional<QList<SnapshotRow>> &rows);

} // namespace OmniCrm::Wire
