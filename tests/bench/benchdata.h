// Generated inputs for the store benchmarks: realistic contact CSV files of any size.
#pragma once

#include <QString>

namespace OmniCrm::Bench {

/// Writes `rows` contacts (Arabic and Latin names, Saudi/Gulf phones in mixed formats, some
/// e-mails and companies) as UTF-8 CSV with Arabic headers. Returns false when it cannot write.
bool writeContactCsv(const QString &path, int rows, quint32 seed);

} // namespace OmniCrm::Bench
