// SnapshotDigest: the checkpoint checksum client and server compare, so its bytes must not change
// between versions: SHA-256 over [table, rowId, causalLength, column, value, hlc, siteId] per field
// as QCborValue encodes it, and [table, rowId, causalLength] for a row without fields.
#include "snapshotdigest.h"

#include <QCborArray>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Wire;

class tst_SnapshotDigest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isTheHashOfEachFieldsCborArray();
    void resetStartsOver();
    void fieldsAddedOneByOneAndInBlocksHashTheSame();

private:
    static QList<SnapshotRow> rows()
    {
        return {
            SnapshotRow {
                QStringLiteral("contact"),
                QStringLiteral("0193a1b2-0000-7000-8000-000000000001"),
                1,
                { SnapshotField { QStringLiteral("full_name"), QCborValue(QStringLiteral("هدى العتيبي")),
                                  quint64(1) << 50, QStringLiteral("site-a") },
                  SnapshotField { QStringLiteral("notes"), QCborValue(QCborValue::Null), 0, QString() },
                  SnapshotField { QStringLiteral("amount_minor"), QCborValue(qint64(-123456789012)), 77,
                                  QStringLiteral("site-b") },
                  SnapshotField { QStringLiteral("probability"), QCborValue(0.25), 1, QStringLiteral("s") },
                  SnapshotField { QStringLiteral("photo"), QCborValue(QByteArray("\x00\xff\x10", 3)), 2,
                                  QStringLiteral("site-c") },
                  SnapshotField { QStringLiteral("city"), QCborValue(QString()), 3, QStringLiteral("x") } } },
            SnapshotRow { QStringLiteral("tag_link"), QStringLiteral("t-1"), 2, {} },
        };
    }

    static QByteArray expected(const QList<SnapshotRow> &rows)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const SnapshotRow &row : rows) {
            if (row.fields.isEmpty())
                hash.addData(QCborValue(QCborArray { row.table, row.rowId, row.causalLength }).toCbor());
            for (const SnapshotField &field : row.fields)
                hash.addData(QCborValue(QCborArray { row.table, row.rowId, row.causalLength, field.column,
                                                     field.value, qint64(field.hlc), field.siteId })
                                 .toCbor());
        }
        return hash.result();
    }
};

void tst_SnapshotDigest::isTheHashOfEachFieldsCborArray()
{
    SnapshotDigest digest;
    digest.addRows(rows());
    QCOMPARE(digest.result(), expected(rows()));
    QCOMPARE(digest.fieldCount(), 6);
}

void tst_SnapshotDigest::resetStartsOver()
{
    SnapshotDigest digest;
    digest.addRows(rows());
    digest.reset();
    digest.addRow(rows().last());
    QCOMPARE(digest.result(), expected({ rows().last() }));
    QCOMPARE(digest.fieldCount(), 0);
}

void tst_SnapshotDigest::fieldsAddedOneByOneAndInBlocksHashTheSame()
{
    // Enough rows that the encoded fields fill several of the digest's blocks.
    QList<SnapshotRow> many;
    for (int i = 0; i < 3000; ++i) {
        many.append(SnapshotRow {
            QStringLiteral("deal"),
            QStringLiteral("row-%1").arg(i, 6, 10, QLatin1Char('0')),
            1,
            { SnapshotField { QStringLiteral("title"), QCborValue(QStringLiteral("صفقة %1").arg(i)),
                              quint64(i), QStringLiteral("site-a") },
              SnapshotField { QStringLiteral("amount_minor"), QCborValue(qint64(i) * 100), quint64(i),
                              QStringLiteral("site-b") } } });
        if (i % 7 == 0)
            many.append(SnapshotRow { QStringLiteral("tag_link"), QStringLiteral("t-%1").arg(i), 2, {} });
    }
    SnapshotDigest rows;
    rows.addRows(many);
    SnapshotDigest fields;
    for (const SnapshotRow &row : std::as_const(many)) {
        if (row.fields.isEmpty())
            fields.addEmptyRow(row.table, row.rowId, row.causalLength);
        for (const SnapshotField &field : row.fields)
            fields.addField(row.table, row.rowId, row.causalLength, field.column, field.value, field.hlc,
                            field.siteId);
    }
    QCOMPARE(rows.result(), expected(many));
    QCOMPARE(fields.result(), expected(many));
    QCOMPARE(fields.fieldCount(), 6000);
    // result() is the digest so far: more fields may follow.
    rows.addRow(many.first());
    QCOMPARE(rows.result(), expected(many + QList<SnapshotRow> { many.first() }));
}

QTEST_GUILESS_MAIN(tst_SnapshotDigest)
#include "tst_snapshotdigest.moc"
