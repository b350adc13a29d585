#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printLine(const QString& line)
{
    QString trimmed = line;
    while (trimmed.endsWith(u' '))
        trimmed.chop(1);
    write(stdout, trimmed + u'\n');
}

void printErrorLine(const QString& line)
{
    write(stderr, line + u'\n');
}

void printJson(const QJsonValue& value)
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else // a scalar: wrap it so the output is still a JSON document
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '\n';
    write(stdout, QString::fromUtf8(bytes));
}

void printBytes(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printTable(const QStringList& headers, const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths;
    for (const QString& h : headers)
        widths.push_back(h.size());
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size() && c < qsizetype(widths.size()); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto line = [&](const QStringList& cells) {
        QString out;
        for (qsizetype c = 0; c < qsizetype(widths.size()); ++c) {
            const QString cell = c < cells.size() ? cells.at(c) : QString();
            const bool last = c + 1 == qsizetype(widths.size());
            out += last ? cell : cell.leftJustified(widths[c]) + u"  "_s;
        }
        printLine(out);
    };
    line(headers);
    QStringList rules;
    for (qsizetype w : widths)
        rules << QString(w, u'-');
    line(rules);
    for (const QStringList& row : rows)
        line(row);
}

void printFields(const std::vector<std::pair<QString, QString>>& fields)
{
    qsizetype width = 0;
    for (const auto& [label, value] : fields)
        width = std::max(width, label.size() + 1);
    for (const auto& [label, value] : fields)
        printLine(QString(label + u':').leftJustified(width + 1) + value);
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

QString promptPassword(const QString& prompt)
{
#ifdef Q_OS_UNIX
    if (!stdinIsTerminal())
        return {};
    write(stderr, prompt);
    termios old{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerminal) {
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    write(stderr, u"\n"_s);
    return QString::fromStdString(line);
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

} // namespace agencydesk::cli
