// Streaming decoders for the frames a snapshot is made of (issue 4): a chunk's rows are read from
// the CBOR bytes straight into SnapshotRow, without first building a QCborValue tree of some
// 20,000 fields. They decode only what is valid: at anything the tree decoder would refuse (or
// would read differently, such as a duplicated key) they give up and return nothing, and
// decodeMessage() decodes that frame the tree way, which names the error. So what is accepted and
// every error message stay those of the tree decoder.
#pragma once

#include "cborlimits.h"
#include "syncmessages.h"

#include <QCborMap>
#include <QCborStreamReader>

#include <optional>

namespace OmniCrm::Wire {

/// The longest table name, row id, column name or site id a snapshot row may carry (characters).
inline constexpr qsizetype MaxSnapshotText = 256;

/// Reads the array `reader` stands on (a chunk's "rows") into rows, leaving the reader after it;
/// nothing when the array is not exactly what decodeSnapshotRows() accepts (the reader is then
/// somewhere inside it and must be dropped).
std::optional<QList<SnapshotRow>> readSnapshotRows(QCborStreamReader &reader, const DecodeLimits &limits);

/// A message frame's top-level map, read as a stream: every key but "rows" as a QCborValue into
/// `map`, "rows" (if any) through readSnapshotRows() into `rows`. False when the frame is not a
/// map of text keys each present once, or when its "rows" are not valid snapshot rows.
bool readMessageMap(const QByteArray &frame, const DecodeLimits &limits, QCborMap &map,
                    std::optional<QList<SnapshotRow>> &rows);

} // namespace OmniCrm::Wire
