#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agencydesk::cli {

/// One option a command accepts: "--name VALUE", "--name=VALUE", or a flag "--name".
struct OptionSpec
{
    QString name; ///< without the leading dashes
    bool takesValue = true;
    bool repeatable = false; ///< e.g. --limit CODE=AMOUNT given several times
};

/// A command's arguments after parsing: its positionals and its options.
class ParsedArgs
{
public:
    QStringList positionals;

    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    void add(const QString& name, const QString& value) { m_values[name].append(value); }

private:
    QMap<QString, QStringList> m_values;
};

/// Parses \a args against \a specs; on a usage problem returns its message (unknown option, missing value...).
std::optional<QString> parseArgs(const QStringList& args, const std::vector<OptionSpec>& specs, ParsedArgs& out);

/// The options every command understands wherever they appear (before "--").
struct GlobalOptions
{
    QString database;
    QString user;
    bool json = false;
    bool shared = false;
    bool verbose = false;
    bool version = false;
};

/// Takes the global options out of \a args (the program name excluded); the rest is the command line proper.
std::optional<QString> extractGlobalOptions(QStringList& args, GlobalOptions& out);

/// True for "-h" or "--help" anywhere before "--".
bool wantsHelp(const QStringList& args);

} // namespace agencydesk::cli
