// Proves change capture (ChangeLog and UnitOfWork): every write puts its outbox rows in the same
// transaction as the change, one tx id per unit of work, hybrid-logical-clock values that only
// grow (also across reopening the store), and causal lengths that are even for deletes and odd
// for restores. The test reads the outbox table directly: that is the property under test.
#include "crmstore.h"
#include "crmtestsupport.h"
#include "hlc.h"

#include <QCborStreamWriter>
#include <QDateTime>
#include <QSet>
#include <QTest>

#include <functional>
#include <limits>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

struct OutboxRow
{
    qint64 seq = 0;
    QString txId;
    QString table;
    QString rowId;
    QString column; // the changed columns, comma-separated
    quint64 hlc = 0;
    qint64 cl = 0;
};

} // namespace

class tst_ChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void everyWriteIsOneUnitWithItsOwnTxId();
    void insertRecordsEveryField();
    void fieldsAreTheBytesQCborStreamWriterWrites_data();
    void fieldsAreTheBytesQCborStreamWriterWrites();
    void failedWritesLeaveNoOutboxRows();
    void unitOfWorkWithoutCommitRollsBack();
    void clockGrowsAcrossUnits();
    void deletesAreEvenRestoresOdd();
    void clockSurvivesReopening();
    void clockRestoredFromAFutureValue();

private:
    QList<OutboxRow> rowsAfter(qint64 seq);
    qint64 lastSeq() { return qMax<qint64>(0, m_fx.scalar(u"SELECT max(seq) FROM outbox"_s)); }
    QString newContact(const QString &name);

    Test::StoreFixture m_fx;
};

void tst_ChangeLog::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QList<OutboxRow> tst_ChangeLog::rowsAfter(qint64 seq)
{
    QList<OutboxRow> rows;
    auto stmt = m_fx->database().prepare(
        u"SELECT seq, tx_id, tbl, row_id, fields, hlc, cl FROM outbox WHERE seq > ? ORDER BY seq"_s);
    if (!stmt)
        return rows;
    stmt->bind(1, seq);
    while (true) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        rows.append(OutboxRow { stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3),
                                Test::outboxColumns(stmt->blob(4)), quint64(stmt->int64(5)),
                                stmt->int64(6) });
    }
    return rows;
}

QString tst_ChangeLog::newContact(const QString &name)
{
    ContactDraft draft;
    draft.fullName = name;
    auto id = m_fx->contacts().create(draft);
    return id ? *id : QString();
}

void tst_ChangeLog::everyWriteIsOneUnitWithItsOwnTxId()
{
    // Each step is one user action; each must add outbox rows under exactly one new tx id.
    QString contactId;
    QString dealId;
    QString activityId;
    const QList<std::pair<const char *, std::function<bool()>>> steps {
        { "contact create",
          [&] {
              ContactDraft draft;
              draft.fullName = u"وليد"_s;
              draft.companyName = u"شركة الريادة"_s;
              draft.phones = { PhoneDraft { u"0555123456"_s }, PhoneDraft { u"0501234567"_s } };
              draft.emails = { u"waleed@example.com"_s };
              draft.tags = { u"VIP"_s };
              auto id = m_fx->contacts().create(draft);
              contactId = id ? *id : QString();
              return id.ok();
          } },
        { "contact update",
          [&] {
              ContactDraft draft;
              draft.fullName = u"وليد الحربي"_s;
              draft.phones = { PhoneDraft { u"0555123456"_s } };
              return m_fx->contacts().update(contactId, draft).ok();
          } },
        { "contact remove",
          [&] {
              return m_fx->contacts().remove(contactId).ok();
          } },
        { "contact restore",
          [&] {
              return m_fx->contacts().restore(contactId).ok();
          } },
        { "deal create",
          [&] {
              DealDraft draft;
              draft.title = u"صفقة"_s;
              draft.contactId = contactId;
              auto id = m_fx->deals().create(draft);
              dealId = id ? *id : QString();
              return id.ok();
          } },
        { "deal move",
          [&] {
              return m_fx->deals().moveToStage(dealId, u"Won"_s).ok();
          } },
        { "activity log",
          [&] {
              ActivityDraft draft;
              draft.subject = u"اتصال"_s;
              draft.targetType = u"deal"_s;
              draft.targetId = dealId;
              auto id = m_fx->activities().log(draft);
              activityId = id ? *id : QString();
              return id.ok();
          } },
        { "activity complete",
          [&] {
              return m_fx->activities().complete(activityId, 1700000000000).ok();
          } },
        { "product create",
          [&] {
              ProductDraft draft;
              draft.sku = u"SKU-1"_s;
              draft.nameAr = u"منتج"_s;
              return m_fx->products().create(draft).ok();
          } },
        { "lead create",
          [&] {
              LeadDraft draft;
              draft.personName = u"عميل"_s;
              return m_fx->leads().create(draft).ok();
          } },
    };
    QSet<QString> txIds;
    for (const auto &[name, step] : steps) {
        const qint64 before = lastSeq();
        const qint64 pendingBefore = m_fx.pending();
        QVERIFY2(step(), name);
        const QList<OutboxRow> rows = rowsAfter(before);
        QVERIFY2(!rows.isEmpty(), name);
        QCOMPARE(m_fx.pending(), pendingBefore + rows.size());
        for (const OutboxRow &row : rows) {
            QVERIFY2(row.txId == rows.first().txId, name);
            QVERIFY2(row.hlc == rows.first().hlc, name);
        }
        QVERIFY2(!txIds.contains(rows.first().txId), name);
        txIds.insert(rows.first().txId);
    }
}

void tst_ChangeLog::insertRecordsEveryField()
{
    const qint64 before = lastSeq();
    ContactDraft draft;
    draft.fullName = u"رنا"_s;
    draft.city = u"أبها"_s;
    draft.phones = { PhoneDraft { u"0555123456"_s } };
    auto id = m_fx->contacts().create(draft);
    QVERIFY2(id.ok(), why(id));
    const QList<OutboxRow> rows = rowsAfter(before);
    QStringList contactColumns;
    QStringList phoneColumns;
    for (const OutboxRow &row : rows) {
        QCOMPARE(row.cl, 1);
        if (row.table == u"contact") {
            QCOMPARE(row.rowId, *id);
            contactColumns.append(row.column.split(u','));
        } else if (row.table == u"contact_phone") {
            phoneColumns.append(row.column.split(u','));
        }
    }
    for (const QString &column : { u"id"_s, u"full_name"_s, u"sort_key"_s, u"city"_s, u"created_at"_s })
        QVERIFY2(contactColumns.contains(column), qPrintable(column));
    for (const QString &column : { u"contact_id"_s, u"e164"_s, u"raw"_s, u"created_at"_s })
        QVERIFY2(phoneColumns.contains(column), qPrintable(column));
    QCOMPARE(contactColumns.count(u"city"_s), 1);
}

namespace {

// How the outbox encoded its fields before it wrote CBOR by hand: the reference it must match.
QByteArray streamWriterCbor(const Fields &fields)
{
    QByteArray cbor;
    QCborStreamWriter writer(&cbor);
    writer.startMap(quint64(fields.size()));
    for (const auto &[column, value] : fields) {
        writer.append(column);
        if (value.isNull()) {
            writer.append(nullptr);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
            writer.append(value.toBool());
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            writer.append(qint64(value.toLongLong()));
            break;
        case QMetaType::Double:
            writer.append(value.toDouble());
            break;
        case QMetaType::QByteArray:
            writer.append(value.toByteArray());
            break;
        case QMetaType::QString:
            writer.append(value.toString());
            break;
        default:
            QCborValue::fromVariant(value).toCbor(writer);
            break;
        }
    }
    writer.endMap();
    return cbor;
}

} // namespace

void tst_ChangeLog::fieldsAreTheBytesQCborStreamWriterWrites_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("null") << QVariant();
    QTest::newRow("true") << QVariant(true);
    QTest::newRow("false") << QVariant(false);
    for (const qint64 n :
         { qint64(0), qint64(23), qint64(24), qint64(255), qint64(256), qint64(65535), qint64(65536),
           qint64(4294967295LL), qint64(4294967296LL), qint64(-1), qint64(-24), qint64(-25), qint64(-256),
           qint64(-257), qint64(-65537), std::numeric_limits<qint64>::max(),
           std::numeric_limits<qint64>::min(), qint64(1732435200000LL) })
        QTest::addRow("int64 %lld", qlonglong(n)) << QVariant(n);
    QTest::newRow("int") << QVariant(int(-7));
    QTest::newRow("uint") << QVariant(uint(4000000000U));
    QTest::newRow("ulonglong") << QVariant(qulonglong(18446744073709551615ULL));
    QTest::newRow("double") << QVariant(1250.5);
    QTest::newRow("integral-double") << QVariant(3.0);
    QTest::newRow("float") << QVariant(0.25f);
    QTest::newRow("empty-string") << QVariant(QString(u""_s));
    QTest::newRow("null-string") << QVariant(QString());
    QTest::newRow("ascii") << QVariant(u"user7@example.sa"_s);
    QTest::newRow("arabic") << QVariant(u"شركة الأفق"_s);
    QTest::newRow("lone-surrogate") << QVariant(QString(QChar(0xD800)) + u"x"_s);
    QTest::newRow("23-chars") << QVariant(QString(23, u'a'));
    QTest::newRow("24-chars") << QVariant(QString(24, u'a'));
    QTest::newRow("300-chars") << QVariant(QString(300, u'ب'));
    QTest::newRow("70000-chars") << QVariant(QString(70000, u'z'));
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01\xFF", 3));
    QTest::newRow("string-list") << QVariant(QStringList { u"vip"_s, u"عميل"_s });
    QTest::newRow("date-time") << QVariant(QDateTime::fromMSecsSinceEpoch(1732435200000LL, Qt::UTC));
}

void tst_ChangeLog::fieldsAreTheBytesQCborStreamWriterWrites()
{
    QFETCH(QVariant, value);
    // A map of 25 fields needs a two-byte head, so the map head's size boundary is covered too.
    Fields fields { { u"id"_s, u"01900000-0000-7000-8000-000000000000"_s }, { u"value"_s, value } };
    for (int i = 0; fields.size() < 25; ++i)
        fields.append({ u"column_%1"_s.arg(i), QVariant(qint64(i)) });
    const qint64 before = lastSeq();
    {
        UnitOfWork work(m_fx->changeLog());
        QVERIFY2(work.began().ok(), why(work.began()));
        const Status recorded = work.record(u"contact", u"row"_s, 1, fields);
        QVERIFY2(recorded.ok(), why(recorded));
        const Status single = work.record(u"contact", u"row"_s, 1, { { u"value"_s, value } });
        QVERIFY2(single.ok(), why(single));
        QVERIFY(work.commit().ok());
    }
    auto stmt = m_fx->database().prepare(u"SELECT fields FROM outbox WHERE seq > ? ORDER BY seq"_s);
    QVERIFY(stmt.ok());
    stmt->bind(1, before);
    QVERIFY(*stmt->step());
    QCOMPARE(stmt->blob(0).toHex(), streamWriterCbor(fields).toHex());
    QVERIFY(*stmt->step());
    QCOMPARE(stmt->blob(0).toHex(), streamWriterCbor({ { u"value"_s, value } }).toHex());
}

void tst_ChangeLog::failedWritesLeaveNoOutboxRows()
{
    const QString contactId = newContact(u"بدر"_s);
    QVERIFY(!contactId.isEmpty());
    const qint64 before = lastSeq();
    const qint64 pending = m_fx.pending();

    // Fails validation before any write.
    ContactDraft bad;
    bad.fullName = u"بدر"_s;
    bad.phones = { PhoneDraft { u"123"_s } };
    QVERIFY(!m_fx->contacts().create(bad).ok());
    QVERIFY(!m_fx->contacts().update(contactId, bad).ok());
    // Fails after the company and the contact were written inside the unit of work.
    LeadDraft lead;
    lead.personName = u"سعود"_s;
    lead.companyName = u"شركة جديدة"_s;
    auto leadId = m_fx->leads().create(lead);
    QVERIFY2(leadId.ok(), why(leadId));
    const qint64 afterLead = lastSeq();
    const qint64 pendingAfterLead = m_fx.pending();
    QVERIFY(pendingAfterLead > pending);
    LeadConversion options;
    options.stageId = u"missing"_s;
    QVERIFY(!m_fx->leads().convert(*leadId, options).ok());
    QCOMPARE(m_fx.pending(), pendingAfterLead);
    QCOMPARE(lastSeq(), afterLead);
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM outbox WHERE tbl = 'company'"_s), 0);
    // Fails on a missing record.
    QVERIFY(!m_fx->deals().moveToStage(u"missing"_s, u"Won"_s).ok());
    QVERIFY(!m_fx->contacts().remove(u"missing"_s).ok());
    QCOMPARE(m_fx.pending(), pendingAfterLead);
    QCOMPARE(rowsAfter(before).size(), pendingAfterLead - pending);
}

void tst_ChangeLog::unitOfWorkWithoutCommitRollsBack()
{
    const qint64 pending = m_fx.pending();
    {
        UnitOfWork work(m_fx->changeLog());
        OMNICRM_VERIFY_OK(work.began());
        Contact contact;
        contact.fullName = u"مؤقت"_s;
        auto rowId = m_fx->contacts().insert(contact, {}, {}, work);
        QVERIFY2(rowId.ok(), why(rowId));
        OMNICRM_VERIFY_OK(work.record(u"contact", contact.meta.id, 1, { { u"notes"_s, u"x"_s } }));
        QVERIFY(m_fx.pending() > pending); // visible inside the transaction
    } // no commit
    QCOMPARE(m_fx.pending(), pending);
    QCOMPARE(m_fx->stats()->contacts, 0);
}

void tst_ChangeLog::clockGrowsAcrossUnits()
{
    const qint64 before = lastSeq();
    for (int i = 0; i < 20; ++i)
        QVERIFY(!newContact(u"اسم %1"_s.arg(i)).isEmpty());
    const QList<OutboxRow> rows = rowsAfter(before);
    QVERIFY(!rows.isEmpty());
    QString tx = rows.first().txId;
    quint64 hlc = rows.first().hlc;
    int units = 1;
    for (const OutboxRow &row : rows) {
        if (row.txId == tx) {
            QCOMPARE(row.hlc, hlc);
            continue;
        }
        QVERIFY2(row.hlc > hlc, "a later unit of work got a clock value that is not greater");
        tx = row.txId;
        hlc = row.hlc;
        ++units;
    }
    QCOMPARE(units, 20);
    // The clock is saved with every commit.
    auto saved = m_fx->changeLog().lastClock();
    QVERIFY2(saved.ok(), why(saved));
    QCOMPARE(*saved, hlc);
    // And it follows wall time (48-bit milliseconds), not a bare counter.
    const qint64 ms = HybridLogicalClock::millis(hlc);
    QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60 * 1000);
}

void tst_ChangeLog::deletesAreEvenRestoresOdd()
{
    const QString id = newContact(u"جمانة"_s);
    QVERIFY(!id.isEmpty());
    for (qint64 expected : { 2, 3, 4, 5 }) {
        const qint64 before = lastSeq();
        OMNICRM_VERIFY_OK(expected % 2 == 0 ? m_fx->contacts().remove(id) : m_fx->contacts().restore(id));
        const QList<OutboxRow> rows = rowsAfter(before);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).table, u"contact"_s);
        QCOMPARE(rows.at(0).rowId, id);
        QCOMPARE(rows.at(0).column, u"cl"_s);
        QCOMPARE(rows.at(0).cl, expected);
        QCOMPARE(m_fx->contacts().find(id)->meta.causalLength, expected);
    }
    // Removing what is removed records nothing.
    OMNICRM_VERIFY_OK(m_fx->contacts().remove(id));
    const qint64 before = lastSeq();
    OMNICRM_VERIFY_OK(m_fx->contacts().remove(id));
    QCOMPARE(rowsAfter(before).size(), 0);

    // An edit of a live row carries its current (odd) causal length.
    OMNICRM_VERIFY_OK(m_fx->contacts().restore(id));
    const qint64 beforeEdit = lastSeq();
    ContactDraft draft;
    draft.fullName = u"جمانة"_s;
    draft.city = u"تبوك"_s;
    OMNICRM_VERIFY_OK(m_fx->contacts().update(id, draft));
    const QList<OutboxRow> edit = rowsAfter(beforeEdit);
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.at(0).column, u"city"_s);
    QCOMPARE(edit.at(0).cl, 7);
}

void tst_ChangeLog::clockSurvivesReopening()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(!newContact(u"قبل %1"_s.arg(i)).isEmpty());
    const qint64 maxBefore = m_fx.scalar(u"SELECT max(hlc) FROM outbox"_s);
    QVERIFY(maxBefore > 0);
    const qint64 pending = m_fx.pending();

    const QString failure = m_fx.reopen();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(m_fx.pending(), pending); // reopening writes nothing
    QCOMPARE(m_fx->stats()->contacts, 5);

    const qint64 before = lastSeq();
    QVERIFY(!newContact(u"بعد"_s).isEmpty());
    const QList<OutboxRow> rows = rowsAfter(before);
    QVERIFY(!rows.isEmpty());
    for (const OutboxRow &row : rows)
        QVERIFY(row.hlc > quint64(maxBefore));
}

void tst_ChangeLog::clockRestoredFromAFutureValue()
{
    // A clock saved an hour ahead (another device's clock was merged, or the wall clock went
    // back since): after reopening, new writes must still come after it.
    QVERIFY(!newContact(u"أول"_s).isEmpty());
    const quint64 ahead = HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000, 7);
    OMNICRM_VERIFY_OK(m_fx->changeLog().saveClock(ahead));
    const QString failure = m_fx.reopen();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const qint64 before = lastSeq();
    QVERIFY(!newContact(u"ثان"_s).isEmpty());
    const QList<OutboxRow> rows = rowsAfter(before);
    QVERIFY(!rows.isEmpty());
    QVERIFY2(rows.first().hlc > ahead, "a reopened store issued a clock value below one it had saved");
}

QTEST_GUILESS_MAIN(tst_ChangeLog)
#include "tst_changelog.moc"
