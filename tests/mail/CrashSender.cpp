// Sends the outbox of the database given as argument and dies right after the SMTP server accepted the first
// message, before the outbox records it: the crash window a killed process or a power cut opens for real, made
// deterministic with OutboxSender's afterAccepted seam (a real process exit, nothing mocked).
#include "OutboxSender.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: outbox_crash_sender DATABASE\n", stderr);
        return 2;
    }
    agencydesk::SenderOptions options;
    options.afterAccepted = [](qint64) { std::_Exit(86); };
    agencydesk::OutboxSender sender(QString::fromLocal8Bit(argv[1]), options);
    auto report = sender.runOnce();
    std::fprintf(stderr, "not crashed: %s\n", report ? "sent nothing" : qPrintable(report.error().message));
    return 1;
}
