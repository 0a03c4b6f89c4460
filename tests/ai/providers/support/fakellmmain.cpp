// omnicrm-fakellm: the test server as a program, for trying the app and the CLI by hand:
//   omnicrm-fakellm --port 8089 [--key KEY] [--reply echo|broken|500|429|hang|reject-schema]
// Point a provider at http://127.0.0.1:8089/v1 (openai) or http://127.0.0.1:8089 (ollama).
#include "fakellmserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    using OmniCrm::Test::FakeReply;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake OpenAI/Ollama-compatible server on 127.0.0.1"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free one)"),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Require this API key"),
                                 QStringLiteral("KEY"));
    const QCommandLineOption reply(QStringLiteral("reply"),
                                   QStringLiteral("echo, broken, 500, 429, hang or reject-schema"),
                                   QStringLiteral("KIND"), QStringLiteral("echo"));
    parser.addOptions({ port, key, reply });
    parser.process(app);

    OmniCrm::Test::FakeLlmServer server;
    server.setApiKey(parser.value(key).toUtf8());
    const QString kind = parser.value(reply);
    if (kind == u"broken")
        server.setDefaultReply(FakeReply::brokenJson());
    else if (kind == u"500")
        server.setDefaultReply(FakeReply::error(500));
    else if (kind == u"429")
        server.setDefaultReply(FakeReply::tooManyRequests(1));
    else if (kind == u"hang")
        server.setDefaultReply(FakeReply::hang());
    else if (kind == u"reject-schema")
        server.setRejectJsonSchema(true);
    else if (kind != u"echo") {
        std::fprintf(stderr, "omnicrm-fakellm: unknown --reply %s\n", qPrintable(kind));
        return 1;
    }
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "omnicrm-fakellm: cannot listen on port %s\n", qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u/v1\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
