// PairClusterer: linked pairs to clusters, and the mean-link guard that keeps chains apart.
#include "pairclusterer.h"

#include <QtTest>

using namespace OmniCrm;

class tst_PairClusterer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossPairsThatDifferNowhereAbstain_data();
    void crossPairsThatDifferNowhereAbstain();
};

void tst_PairClusterer::crossPairsThatDifferNowhereAbstain_data()
{
    QTest::addColumn<bool>("differs");
    QTest::addColumn<bool>("joined");
    // A and B are one person's rows, linked strongly; C links to B. A and C share little: the
    // mean over all cross pairs, (0.6 + 0.02) / 2, is below the guard's 0.35.
    // A and C agree on every field both hold (C lacks A's phone, A lacks C's company): nothing
    // speaks against the link, and C joins.
    QTest::newRow("agree-on-all-they-share") << false << true;
    // A and C differ somewhere (another phone): a chain whose ends differ stays apart.
    QTest::newRow("differ-somewhere") << true << false;
}

void tst_PairClusterer::crossPairsThatDifferNowhereAbstain()
{
    QFETCH(bool, differs);
    QFETCH(bool, joined);
    const QList<ScoredPair> pairs { { 0, 1, 0.95, 0, {} }, { 1, 2, 0.6, 0, {} } };
    const auto probability = [&](int a, int b) {
        for (const ScoredPair &p : pairs) {
            if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
                return PairClusterer::CrossPair { p.probability, true };
        }
        return PairClusterer::CrossPair { 0.02, differs };
    };
    const QList<int> clusters = PairClusterer(0.5, 0.35).cluster(3, pairs, probability);
    QCOMPARE(clusters.at(0), clusters.at(1));
    QCOMPARE(clusters.at(1) == clusters.at(2), joined);
}

QTEST_GUILESS_MAIN(tst_PairClusterer)
#include "tst_pairclusterer.moc"
