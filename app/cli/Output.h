#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace agencydesk::cli {

/// Everything the CLI prints goes through here: UTF-8, results on stdout, problems on stderr.
void printLine(const QString& line);
void printErrorLine(const QString& line);
void printJson(const QJsonValue& value);
/// Bytes as they are (a file's content on stdout).
void printBytes(const QByteArray& bytes);

/// A readable table: a header, a rule, then one line per row (columns padded to the widest cell).
void printTable(const QStringList& headers, const std::vector<QStringList>& rows);
/// "Label:   value" lines, labels aligned.
void printFields(const std::vector<std::pair<QString, QString>>& fields);

bool stderrIsTerminal();
bool stdinIsTerminal();

/// Reads a password from the terminal without echoing it; empty when stdin is not a terminal.
QString promptPassword(const QString& prompt);

} // namespace agencydesk::cli
