// Proves ImportPreviewModel under QAbstractItemModelTester: a line column with the row's outcome,
// one column per file column headed by its text and field, tinted cells where the preview found a
// problem (red when the row is rejected, amber when it is skipped) whose tooltip explains it, and
// one sentence per problem for the side list.
#include "importpreviewmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_ImportPreviewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fx.reset(); }
    void showsRowsColumnsAndFields();
    void tintsAndExplainsProblemCells();
    void listsEachProblemOnce();
    void emptyPreviewHasNoColumns();

private:
    ImportPreview previewOf(const QByteArray &csv);

    Test::UiStoreFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ImportPreviewModel::init()
{
    const QString failed = m_fx.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_dir = std::make_unique<QTemporaryDir>();
}

ImportPreview tst_ImportPreviewModel::previewOf(const QByteArray &csv)
{
    const QString path = m_dir->filePath(QStringLiteral("file.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(csv);
    file.close();
    const ImportPreviewer previewer(m_fx.store().contacts(), m_fx.store().companies());
    auto preview = previewer.preview(path, ImportPreviewOptions {});
    return preview ? *preview : ImportPreview {};
}

void tst_ImportPreviewModel::showsRowsColumnsAndFields()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(
        previewOf(QStringLiteral("الاسم,الجوال,Fax\nسارة,0551234567,x\nمحمد,0501112222,y\n").toUtf8()),
        ImportKind::Contacts);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4); // line + three file columns
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Line"));
    const QString mobile = model.headerData(2, Qt::Horizontal).toString();
    QVERIFY2(mobile.startsWith(QStringLiteral("الجوال\n")) && mobile.endsWith(QStringLiteral("Mobile")),
             why(mobile));
    QVERIFY(model.headerData(3, Qt::Horizontal).toString().endsWith(QStringLiteral("Not imported")));
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("3"));
    QCOMPARE(model.data(model.index(1, 0), ImportPreviewModel::LineRole).toInt(), 3);
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("سارة"));
    QCOMPARE(model.data(model.index(0, 0), ImportPreviewModel::OutcomeRole).toInt(),
             int(PreviewOutcome::Ready));
    QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.data(model.index(0, 2), Qt::BackgroundRole).isValid());
    // The ignored column is shown, greyed.
    QVERIFY(model.data(model.index(0, 3), Qt::ForegroundRole).isValid());
}

void tst_ImportPreviewModel::tintsAndExplainsProblemCells()
{
    ContactDraft existing;
    existing.fullName = QStringLiteral("هند");
    existing.emails.append(QStringLiteral("hind@example.sa"));
    QVERIFY(m_fx.store().contacts().create(existing).ok());

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(previewOf(QByteArrayLiteral("Name,Mobile,Email\n"
                                                 "Ali,12345,ali@example.sa\n"
                                                 "Hind,0551234567,hind@example.sa\n")),
                     ImportKind::Contacts);
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex badPhone = model.index(0, 2);
    QCOMPARE(model.data(badPhone, ImportPreviewModel::ProblemsRole).toList(),
             QVariantList { int(PreviewProblem::BadPhone) });
    const QColor rejected = model.data(badPhone, Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(rejected.isValid());
    const QString tip = model.data(badPhone, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("12345")) && tip.contains(QStringLiteral("not a phone number")),
             why(tip));
    QCOMPARE(model.data(model.index(0, 0), ImportPreviewModel::OutcomeRole).toInt(),
             int(PreviewOutcome::Rejected));
    QVERIFY(model.data(model.index(0, 1), ImportPreviewModel::ProblemsRole).toList().isEmpty());

    const QModelIndex duplicate = model.index(1, 3);
    QCOMPARE(model.data(duplicate, ImportPreviewModel::ProblemsRole).toList(),
             QVariantList { int(PreviewProblem::Duplicate) });
    const QColor skipped = model.data(duplicate, Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY2(skipped != rejected, "a skipped row is tinted differently from a rejected one");
    QVERIFY(model.data(duplicate, Qt::ToolTipRole).toString().contains(QStringLiteral("هند")));
    QCOMPARE(model.data(model.index(1, 0), ImportPreviewModel::OutcomeRole).toInt(),
             int(PreviewOutcome::Skipped));
}

void tst_ImportPreviewModel::listsEachProblemOnce()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // No name on line 2: flagged on both name cells, listed once.
    model.setPreview(previewOf(QByteArrayLiteral("First Name,Last Name,Mobile\n,,0551234567\n")),
                     ImportKind::Contacts);
    QCOMPARE(model.data(model.index(0, 1), ImportPreviewModel::ProblemsRole).toList(),
             QVariantList { int(PreviewProblem::MissingName) });
    QCOMPARE(model.data(model.index(0, 2), ImportPreviewModel::ProblemsRole).toList(),
             QVariantList { int(PreviewProblem::MissingName) });
    const auto problems = model.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().row, 0);
    QCOMPARE(problems.constFirst().column, 1);
    QVERIFY(problems.constFirst().text.contains(QStringLiteral("No name")));
}

void tst_ImportPreviewModel::emptyPreviewHasNoColumns()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(previewOf(QByteArrayLiteral("Name,Mobile\nAli,0551234567\n")), ImportKind::Contacts);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_MAIN(tst_ImportPreviewModel)
#include "tst_importpreviewmodel.moc"
