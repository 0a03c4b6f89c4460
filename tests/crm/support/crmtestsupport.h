// Shared set-up for the CRM tests: a fresh encrypted store in a temporary directory, with the
// real migrations and SQLCipher, plus small readers of the outbox that let a test prove what
// a write recorded.
#pragma once

#include "crmstore.h"
#include "testsupport.h"

#include <QCborMap>
#include <QCborValue>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(OmniCrm::ErrorCode)

namespace OmniCrm::Test {

/// The column names of one outbox row's CBOR map of changed fields, comma-separated.
inline QString outboxColumns(const QByteArray &fields)
{
    QStringList columns;
    const QCborMap map = QCborValue::fromCbor(fields).toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        columns.append(it.key().toString());
    return columns.join(u',');
}

inline DatabaseKey testKey()
{
    return DatabaseKey { QByteArray(32, 'k') };
}

/// A temporary directory and the store opened in it. The store closes before the directory goes.
class StoreFixture
{
public:
    /// Creates the store; on failure returns the error detail (empty on success).
    QString create()
    {
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return QStringLiteral("no temporary directory");
        auto store = CrmStore::openFile(path(), testKey(), OpenMode::Create);
        if (!store)
            return store.error().detail;
        m_store = std::move(store).value();
        return {};
    }

    /// Closes the store and opens the same file again as an existing store.
    QString reopen()
    {
        m_store.reset();
        auto store = CrmStore::openFile(path(), testKey(), OpenMode::Existing);
        if (!store)
            return store.error().detail;
        m_store = std::move(store).value();
        return {};
    }

    void close()
    {
        m_store.reset();
        m_dir.reset();
    }

    QString path() const { return m_dir->filePath(QStringLiteral("omnicrm.db")); }
    CrmStore &store() { return *m_store; }
    CrmStore *operator->() { return m_store.get(); }

    /// Pending outbox rows, or -1 when the store cannot say.
    qint64 pending()
    {
        auto stats = m_store->stats();
        return stats ? stats->pendingChanges : -1;
    }

    /// How many outbox rows of record `rowId` changed `column`.
    qint64 outboxChanges(const QString &rowId, const QString &column)
    {
        auto stmt = m_store->database().prepare(QStringLiteral("SELECT fields FROM outbox WHERE row_id = ?"));
        if (!stmt)
            return -1;
        stmt->bind(1, rowId);
        qint64 count = 0;
        while (true) {
            auto row = stmt->step();
            if (!row)
                return -1;
            if (!*row)
                return count;
            if (outboxColumns(stmt->blob(0)).split(u',').contains(column))
                ++count;
        }
    }

    /// An integer from the first column of the first row of `sql` (-1 on failure).
    qint64 scalar(const QString &sql, const QString &bound = {})
    {
        auto stmt = m_store->database().prepare(sql);
        if (!stmt)
            return -1;
        if (!bound.isNull())
            stmt->bind(1, bound);
        auto row = stmt->step();
        if (!row || !*row)
            return -1;
        return stmt->int64(0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CrmStore> m_store;
};

/// Verifies a Result is ok and shows its error detail otherwise (use inside test functions).
#define OMNICRM_VERIFY_OK(expr)                                                                              \
    do {                                                                                                     \
        const auto &omnicrm_verify_result_ = (expr);                                                         \
        QVERIFY2(omnicrm_verify_result_.ok(), OmniCrm::Test::why(omnicrm_verify_result_));                   \
    } while (false)

} // namespace OmniCrm::Test
