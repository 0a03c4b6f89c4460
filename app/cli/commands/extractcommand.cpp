// extract: offline lead extraction from pasted messages on stdin, one JSON object (or a readable
// block) per message. It needs no store: the catalog comes from --catalog, else from the store's
// products when a store can be opened, else there is none.
#include "commands.h"
#include "leadextractor.h"
#include "leadjson.h"
#include "money.h"
#include "storeaccess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace OmniCrm {

namespace {

const QString Json = QStringLiteral("json");
const QString Whole = QStringLiteral("whole");
const QString CatalogOption = QStringLiteral("catalog");
const QString Evidence = QStringLiteral("evidence");

QString readable(const QJsonObject &json)
{
    QStringList lines;
    for (const QString &key : leadJsonKeys()) {
        const QJsonValue value = json.value(key);
        QString text;
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items << item.toString();
            text = items.join(QStringLiteral(", "));
        } else if (value.isDouble()) {
            text = QString::number(value.toDouble(), 'g', 15);
        } else {
            text = value.toString();
        }
        lines << QStringLiteral("%1  %2")
                     .arg(QString(key).replace(u'_', u' '), -14)
                     .arg(text.isEmpty() ? QStringLiteral("-") : text);
    }
    return lines.join(u'\n');
}

class ExtractCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override
    {
        return QStringLiteral("Read lead fields out of pasted messages (offline)");
    }
    QString synopsis() const override
    {
        return QStringLiteral("[--json] [--whole] [--catalog FILE] [--evidence]");
    }
    QString details() const override
    {
        return QStringLiteral(
            "Reads stdin: one message per line, or the whole input as one message with --whole (a\n"
            "literal \\n inside a line stays as it is). Prints per message the customer name, company,\n"
            "phones (E.164), e-mails, products (catalog ids), quantity, amount and currency, city,\n"
            "lead type, priority and language; with --json one object per line with exactly those\n"
            "keys, plus \"evidence\" (where each field came from) with --evidence. The catalog is\n"
            "FILE ({\"products\":[{\"id\",\"sku\",\"name_ar\",\"name_en\",\"aliases\"}]}), else the\n"
            "store's products when a store opens, else none.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(Json, QStringLiteral("Print one JSON object per message")),
            QCommandLineOption(Whole, QStringLiteral("Read all of stdin as one message")),
            QCommandLineOption(CatalogOption, QStringLiteral("Product catalog JSON file"),
                               QStringLiteral("FILE")),
            QCommandLineOption(Evidence, QStringLiteral("Add the \"evidence\" key (with --json)")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        auto catalog = productCatalog(context, context.value(CatalogOption));
        if (!catalog)
            return context.fail(ExitCode::BadInput, catalog.error().detail);
        const LeadExtractor extractor(*catalog);

        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.fail(ExitCode::Failure, QStringLiteral("cannot read stdin"));
        QStringList messages;
        if (context.isSet(Whole)) {
            const QString all = QString::fromUtf8(input.readAll());
            if (!all.trimmed().isEmpty())
                messages << all;
        } else {
            while (!input.atEnd()) {
                QString line = QString::fromUtf8(input.readLine());
                while (line.endsWith(u'\n') || line.endsWith(u'\r'))
                    line.chop(1);
                if (!line.trimmed().isEmpty())
                    messages << line;
            }
        }
        const bool json = context.isSet(Json);
        const bool evidence = context.isSet(Evidence);
        Console &console = context.console();
        for (int i = 0; i < messages.size(); ++i) {
            const QJsonObject object = leadToJson(extractor.extract(messages.at(i)), evidence);
            if (json) {
                console.outJson(object);
            } else {
                if (i > 0)
                    console.out(QString());
                console.out(readable(object));
            }
        }
        return ExitCode::Ok;
    }
};

} // namespace

Result<ProductCatalog> productCatalog(CommandContext &context, const QString &file)
{
    if (!file.isEmpty())
        return ProductCatalog::fromFile(file);
    ProductCatalog catalog;
    if (!QDir(context.store().directory()).exists())
        return catalog;
    auto store = context.store().open();
    if (!store)
        return catalog; // no usable store: extraction works without a catalog
    QList<Product> products;
    std::optional<Cursor> after;
    for (;;) {
        const auto page = (*store)->products().page(after, 500);
        if (!page)
            break;
        products += page->rows;
        if (page->nextCursor.isEmpty())
            break;
        after = Cursor::decode(page->nextCursor);
        if (!after)
            break;
    }
    return ProductCatalog::fromProducts(products);
}

std::unique_ptr<Command> makeExtractCommand()
{
    return std::make_unique<ExtractCommand>();
}

} // namespace OmniCrm
