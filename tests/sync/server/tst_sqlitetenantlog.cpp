// SqliteTenantLog: sequences assigned in the write transaction, pushes idempotent by (site,
// local seq), per-field last-writer-wins state, changes paged after a cursor, and snapshot pages
// whose concatenation matches the checkpoint.
#include "snapshotdigest.h"
#include "sqlitestorage.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;

namespace {

SyncTransaction tx(const QString &site, qint64 localSeq, const QString &rowId, quint64 hlc,
                   const QCborMap &fields, qint64 causalLength = 1)
{
    return SyncTransaction { site,
                             localSeq,
                             QStringLiteral("tx"),
                             hlc,
                             { RowChange { QStringLiteral("contacts"), rowId, causalLength, hlc, fields } },
                             0 };
}

} // namespace

class tst_SqliteTenantLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void assignsSequencesAndIsIdempotent();
    void keepsTheLastWriterPerField();
    void pagesChangesAfterACursor();
    void snapshotPagesMatchTheCheckpoint();
    void unknownTenantHasNoLog();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStorage> m_storage;
    TenantLog *m_log = nullptr;
};

void tst_SqliteTenantLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto storage = openServerStorage(m_dir->path(), QString());
    QVERIFY2(storage.ok(), Test::why(storage));
    m_storage = std::move(storage).value();
    const auto tenant = m_storage->directory().createTenant(QStringLiteral("acme"));
    QVERIFY(tenant.ok());
    auto log = m_storage->tenantLog(tenant->id);
    QVERIFY2(log.ok(), Test::why(log));
    m_log = *log;
}

void tst_SqliteTenantLog::cleanup()
{
    m_log = nullptr;
    m_storage.reset();
    m_dir.reset();
}

void tst_SqliteTenantLog::assignsSequencesAndIsIdempotent()
{
    const QList<SyncTransaction> batch {
        tx(QStringLiteral("s1"), 1, QStringLiteral("r1"), 10, { { QStringLiteral("a"), 1 } }),
        tx(QStringLiteral("s1"), 2, QStringLiteral("r2"), 11, { { QStringLiteral("a"), 2 } })
    };
    auto outcome = m_log->push(batch);
    QVERIFY2(outcome.ok(), Test::why(outcome));
    QCOMPARE(outcome->applied, (QList<qint64> { 1, 2 }));
    QCOMPARE(outcome->headSeq, qint64(2));
    QVERIFY(outcome->grew);

    // The same batch again plus one new transaction: only the new one gets a sequence.
    QList<SyncTransaction> again = batch;
    again.append(tx(QStringLiteral("s2"), 1, QStringLiteral("r3"), 12, { { QStringLiteral("a"), 3 } }));
    outcome = m_log->push(again);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->applied, (QList<qint64> { 1, 2, 1 }));
    QCOMPARE(outcome->headSeq, qint64(3));
    outcome = m_log->push(batch);
    QVERIFY(!outcome->grew);
    QCOMPARE(*m_log->head(), qint64(3));
}

void tst_SqliteTenantLog::keepsTheLastWriterPerField()
{
    QVERIFY(m_log
                ->push({ tx(QStringLiteral("s1"), 1, QStringLiteral("r"), 20,
                            { { QStringLiteral("name"), QStringLiteral("new") },
                              { QStringLiteral("city"), QStringLiteral("الرياض") } }) })
                .ok());
    // An older write of name arrives later: it loses; its other field is new and wins.
    QVERIFY(m_log
                ->push({ tx(QStringLiteral("s2"), 1, QStringLiteral("r"), 10,
                            { { QStringLiteral("name"), QStringLiteral("old") },
                              { QStringLiteral("phone"), QStringLiteral("+9665") } }) })
                .ok());
    // Equal hlc: the greater site id wins. A delete raises the causal length.
    QVERIFY(m_log
                ->push({ tx(QStringLiteral("s3"), 1, QStringLiteral("r"), 20,
                            { { QStringLiteral("city"), QStringLiteral("جدة") } }, 2) })
                .ok());
    const auto page = m_log->snapshot(SnapshotPosition { *m_log->head(), {}, {} }, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->rows.size(), 1);
    const Wire::SnapshotRow row = page->rows.first();
    QCOMPARE(row.causalLength, qint64(2));
    QMap<QString, QString> values;
    for (const auto &field : row.fields)
        values.insert(field.column, field.value.toString());
    QCOMPARE(values.value(QStringLiteral("name")), QStringLiteral("new"));
    QCOMPARE(values.value(QStringLiteral("city")), QStringLiteral("جدة"));
    QCOMPARE(values.value(QStringLiteral("phone")), QStringLiteral("+9665"));
}

void tst_SqliteTenantLog::pagesChangesAfterACursor()
{
    for (int i = 1; i <= 7; ++i)
        QVERIFY(m_log
                    ->push({ tx(QStringLiteral("s1"), i, QStringLiteral("r%1").arg(i), quint64(i),
                                { { QStringLiteral("n"), i } }) })
                    .ok());
    auto changes = m_log->changesAfter(2, 3);
    QVERIFY(changes.ok());
    QCOMPARE(changes->transactions.size(), 3);
    QCOMPARE(changes->transactions.first().serverSeq, qint64(3));
    QCOMPARE(changes->to, qint64(5));
    QVERIFY(changes->more);
    changes = m_log->changesAfter(5, 3);
    QCOMPARE(changes->transactions.size(), 2);
    QVERIFY(!changes->more);
    QCOMPARE(changes->transactions.last().rows.first().fields.value(QStringLiteral("n")).toInteger(),
             qint64(7));
    changes = m_log->changesAfter(7, 3);
    QCOMPARE(changes->transactions.size(), 0);
    QCOMPARE(changes->to, qint64(7));
}

void tst_SqliteTenantLog::snapshotPagesMatchTheCheckpoint()
{
    for (int i = 1; i <= 23; ++i)
        QVERIFY(
            m_log
                ->push({ tx(QStringLiteral("s1"), i, QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0')),
                            quint64(i),
                            { { QStringLiteral("n"), i }, { QStringLiteral("t"), QStringLiteral("نص") } }) })
                .ok());
    const qint64 at = *m_log->head();
    // Written after the snapshot moment: not part of it (it comes with the changes after `at`).
    QVERIFY(m_log
                ->push({ tx(QStringLiteral("s1"), 24, QStringLiteral("r999"), 99,
                            { { QStringLiteral("n"), 1 } }) })
                .ok());

    Wire::SnapshotDigest digest;
    SnapshotPosition position { at, {}, {} };
    int rows = 0;
    int pages = 0;
    while (true) {
        const auto page = m_log->snapshot(position, 5);
        QVERIFY(page.ok());
        digest.addRows(page->rows);
        rows += int(page->rows.size());
        ++pages;
        position = page->next;
        if (page->done)
            break;
    }
    QCOMPARE(rows, 23);
    QCOMPARE(pages, 5);
    const auto checkpoint = m_log->checkpoint(at);
    QVERIFY(checkpoint.ok());
    QCOMPARE(checkpoint->fieldCount, qint64(46));
    QCOMPARE(checkpoint->checksum, digest.result());
    QVERIFY(m_log->checkpoint(at + 1)->checksum != digest.result());
}

void tst_SqliteTenantLog::unknownTenantHasNoLog()
{
    QVERIFY(!m_storage->tenantLog(QStringLiteral("0190f1a2-0000-7000-8000-000000000001")).ok());
    QVERIFY(!m_storage->tenantLog(QStringLiteral("../directory")).ok());
}

QTEST_GUILESS_MAIN(tst_SqliteTenantLog)
#include "tst_sqlitetenantlog.moc"
