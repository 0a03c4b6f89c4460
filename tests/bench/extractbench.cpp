// extractbench: time of LeadExtractor::extract() per message over the labelled set, repeated.
// Run on demand in a Release build:
//   omnicrm-extractbench [messages.jsonl] [catalog.json] [repeats]
// Prints p50, p95, p99 and the maximum per message, and the catalog indexing time.
#include "extractionevaluation.h"
#include "leadextractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace OmniCrm;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString data = QStringLiteral(OMNICRM_EXTRACT_DATA_DIR);
    const QString messagesPath
        = args.value(1).isEmpty() ? data + QStringLiteral("/messages.jsonl") : args.value(1);
    const QString catalogPath
        = args.value(2).isEmpty() ? data + QStringLiteral("/catalog.json") : args.value(2);
    const int repeats = qMax(1, args.value(3, QStringLiteral("20")).toInt());

    auto messages = ExtractionEvaluation::readSet(messagesPath);
    if (!messages) {
        std::fprintf(stderr, "%s\n", qPrintable(messages.error().detail));
        return 1;
    }
    auto catalog = ProductCatalog::fromFile(catalogPath);
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().detail));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const LeadExtractor extractor(*catalog);
    const double indexMs = timer.nsecsElapsed() / 1e6;

    auto cpuMicros = [] {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
    };
    std::vector<double> cpu; // thread CPU time: what a busy, shared machine does not distort
    std::vector<double> micros;
    QHash<QString, double> slowest; // id → worst time
    micros.reserve(size_t(messages->size()) * size_t(repeats));
    qint64 checksum = 0;
    for (int r = 0; r < repeats; ++r) {
        for (const LabelledMessage &message : std::as_const(*messages)) {
            const double cpuStart = cpuMicros();
            timer.restart();
            const ExtractedLead lead = extractor.extract(message.text);
            cpu.push_back(cpuMicros() - cpuStart);
            const double us = timer.nsecsElapsed() / 1e3;
            micros.push_back(us);
            slowest[message.id] = qMax(slowest.value(message.id), us);
            checksum += lead.phones.size() + lead.products.size();
        }
    }
    std::sort(micros.begin(), micros.end());
    std::sort(cpu.begin(), cpu.end());
    auto percentile = [&](double p) {
        return micros[size_t(p * double(micros.size() - 1))];
    };
    auto cpuPercentile = [&](double p) {
        return cpu[size_t(p * double(cpu.size() - 1))];
    };
    std::printf("extract: %zu runs (%lld messages x %d), catalog %lld products indexed in %.2f ms\n",
                micros.size(), qlonglong(messages->size()), repeats, qlonglong(catalog->products().size()),
                indexMs);
    std::printf("per message, thread CPU: p50 %.0f us  p95 %.0f us  p99 %.0f us  max %.0f us\n",
                cpuPercentile(0.50), cpuPercentile(0.95), cpuPercentile(0.99), cpu.back());
    std::printf("per message, wall: p50 %.0f us  p95 %.0f us  p99 %.0f us  max %.0f us  (checksum %lld)\n",
                percentile(0.50), percentile(0.95), percentile(0.99), micros.back(), qlonglong(checksum));
    QList<std::pair<double, QString>> worst;
    for (auto it = slowest.cbegin(); it != slowest.cend(); ++it)
        worst.append({ it.value(), it.key() });
    std::sort(worst.begin(), worst.end(), std::greater<>());
    std::printf("slowest:");
    for (int i = 0; i < qMin(5, int(worst.size())); ++i)
        std::printf(" %s %.0f us", qPrintable(worst.at(i).second), worst.at(i).first);
    std::printf("\n");
    return 0;
}
