// RemoteChanges: rows other devices wrote become the GUI store's service signals, one per record
// (a phone or a line item as its owner's), never for this device's own transactions, and one
// list-wide signal (empty id) instead of hundreds when a large batch arrives.
#include "crmtestsupport.h"
#include "remotechanges.h"

#include <QSignalSpy>

using namespace OmniCrm;
using namespace OmniCrm::Test;
using namespace Qt::StringLiterals;

namespace {

SyncTransaction transactionOf(const QString &site, const QList<RowChange> &rows)
{
    SyncTransaction transaction;
    transaction.siteId = site;
    transaction.rows = rows;
    return transaction;
}

RowChange row(const QString &table, const QString &id, qint64 cl = 1, QCborMap fields = {})
{
    RowChange change;
    change.table = table;
    change.rowId = id;
    change.causalLength = cl;
    change.fields = fields;
    return change;
}

} // namespace

class tst_RemoteChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.create().isEmpty()); }
    void cleanup() { m_fixture.close(); }

    void ownTransactionsAreSkipped();
    void childRowsNameTheirOwner();
    void recordsAreAnnouncedOnceEach();
    void largeBatchRefreshesTheListOnce();

private:
    StoreFixture m_fixture;
};

void tst_RemoteChanges::ownTransactionsAreSkipped()
{
    const auto rows = RemoteChanges::rowsOf({ transactionOf(u"me"_s, { row(u"contact"_s, u"c1"_s) }),
                                              transactionOf(u"other"_s, { row(u"contact"_s, u"c2"_s) }) },
                                            u"me"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().rowId, u"c2"_s);
}

void tst_RemoteChanges::childRowsNameTheirOwner()
{
    QCborMap phone;
    phone.insert(u"contact_id"_s, u"c9"_s);
    const auto rows = RemoteChanges::rowsOf(
        { transactionOf(u"other"_s,
                        { row(u"contact_phone"_s, u"p1"_s, 1, phone), row(u"deal"_s, u"d1"_s, 2) }) },
        u"me"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).ownerTable, u"contact"_s);
    QCOMPARE(rows.at(0).ownerId, u"c9"_s);
    QVERIFY(rows.at(1).removed); // causal length even

    QSignalSpy saved(&m_fixture.store().contacts(), &ContactService::contactSaved);
    QSignalSpy dealRemoved(&m_fixture.store().deals(), &DealService::dealRemoved);
    RemoteChanges::announce(m_fixture.store(), rows);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), u"c9"_s);
    QCOMPARE(dealRemoved.size(), 1);
    QCOMPARE(dealRemoved.first().first().toString(), u"d1"_s);
}

void tst_RemoteChanges::recordsAreAnnouncedOnceEach()
{
    QList<ChangedRow> rows;
    rows.append({ u"contact"_s, u"c1"_s, false, {}, {} });
    rows.append({ u"contact"_s, u"c1"_s, false, {}, {} });
    rows.append({ u"company"_s, u"k1"_s, false, {}, {} });
    rows.append({ u"sync_unknown"_s, u"x"_s, false, {}, {} }); // not a record: nothing
    QSignalSpy contacts(&m_fixture.store().contacts(), &ContactService::contactSaved);
    QSignalSpy companies(&m_fixture.store().companies(), &CompanyService::companySaved);
    RemoteChanges::announce(m_fixture.store(), rows);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(companies.size(), 1);
}

void tst_RemoteChanges::largeBatchRefreshesTheListOnce()
{
    QList<ChangedRow> rows;
    for (int i = 0; i <= RemoteChanges::kMaxSignalsPerKind; ++i)
        rows.append({ u"contact"_s, u"c%1"_s.arg(i), false, {}, {} });
    rows.append({ u"lead"_s, u"l1"_s, false, {}, {} });
    QSignalSpy contacts(&m_fixture.store().contacts(), &ContactService::contactSaved);
    QSignalSpy leads(&m_fixture.store().leads(), &LeadService::leadSaved);
    RemoteChanges::announce(m_fixture.store(), rows);
    QCOMPARE(contacts.size(), 1);
    QVERIFY(contacts.first().first().toString().isEmpty());
    QCOMPARE(leads.size(), 1);
    QCOMPARE(leads.first().first().toString(), u"l1"_s);
}

QTEST_GUILESS_MAIN(tst_RemoteChanges)
#include "tst_remotechanges.moc"
