// Limits a decoder enforces on bytes from the network, and a structural pre-check that walks a
// CBOR item without building it, so a hostile frame (deep nesting, a string claiming gigabytes,
// millions of tiny items) is refused before any allocation follows its claims.
#pragma once

#include "result.h"

#include <QByteArray>

namespace OmniCrm::Wire {

struct DecodeLimits
{
    qsizetype maxFrameBytes = 16 * 1024 * 1024;
    int maxDepth = 8; // message map → transactions → rows → fields → value → string list
    qsizetype maxStringBytes = 1024 * 1024; // one text or byte string
    qsizetype maxItems = 2'000'000; // every CBOR item in the frame
    int maxTransactions = 1000; // in one Push or Changes
    int maxRowsPerTransaction = 10'000;
    int maxRows = 100'000; // across one message
    int maxFieldsPerRow = 512;
};

/// Ok when `bytes` is exactly one well-formed CBOR item inside the limits; otherwise Parse with
/// what was wrong ("nesting deeper than 8", "a text string of 5000000 bytes", "trailing bytes").
Status checkCborStructure(const QByteArray &bytes, const DecodeLimits &limits);

} // namespace OmniCrm::Wire
