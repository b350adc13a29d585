#include "ArgParser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

bool looksLikeOption(const QString& arg)
{
    if (arg.size() < 2 || !arg.startsWith(u'-'))
        return false;
    bool isNumber = false;
    arg.toDouble(&isNumber); // "-5" is a value, not an option
    return !isNumber;
}

} // namespace

QString ParsedArgs::value(const QString& name) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? QString() : v.constLast();
}

std::optional<QString> parseArgs(const QStringList& args, const std::vector<OptionSpec>& specs, ParsedArgs& out)
{
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (onlyPositionals || !looksLikeOption(arg)) {
            out.positionals << arg;
            continue;
        }
        if (arg == u"--") {
            onlyPositionals = true;
            continue;
        }
        if (!arg.startsWith(u"--"))
            return u"unknown option \"%1\""_s.arg(arg);
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.end())
            return u"unknown option \"--%1\""_s.arg(name);
        if (!spec->repeatable && out.has(name))
            return u"option --%1 is given twice"_s.arg(name);
        if (!spec->takesValue) {
            if (inlineValue)
                return u"option --%1 takes no value"_s.arg(name);
            out.add(name, QString());
            continue;
        }
        if (inlineValue) {
            out.add(name, *inlineValue);
        } else if (i + 1 < args.size()) {
            out.add(name, args.at(++i));
        } else {
            return u"option --%1 needs a value"_s.arg(name);
        }
    }
    return std::nullopt;
}

std::optional<QString> extractGlobalOptions(QStringList& args, GlobalOptions& out)
{
    QStringList rest;
    bool done = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (done) {
            rest << arg;
            continue;
        }
        if (arg == u"--") {
            done = true;
            rest << arg;
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(u"--")) {
            if (const qsizetype eq = arg.indexOf(u'='); eq >= 0) {
                name = arg.left(eq);
                inlineValue = arg.mid(eq + 1);
            }
        }
        if (name == u"--database" || name == u"--user") {
            QString value;
            if (inlineValue)
                value = *inlineValue;
            else if (i + 1 < args.size())
                value = args.at(++i);
            else
                return u"option %1 needs a value"_s.arg(name);
            if (value.isEmpty())
                return u"option %1 needs a value"_s.arg(name);
            (name == u"--database" ? out.database : out.user) = value;
            continue;
        }
        bool* flag = nullptr;
        if (name == u"--json")
            flag = &out.json;
        else if (name == u"--shared")
            flag = &out.shared;
        else if (name == u"--verbose")
            flag = &out.verbose;
        else if (name == u"--version")
            flag = &out.version;
        if (flag) {
            if (inlineValue)
                return u"option %1 takes no value"_s.arg(name);
            *flag = true;
            continue;
        }
        rest << arg;
    }
    args = rest;
    return std::nullopt;
}

bool wantsHelp(const QStringList& args)
{
    for (const QString& arg : args) {
        if (arg == u"--")
            return false;
        if (arg == u"-h" || arg == u"--help")
            return true;
    }
    return false;
}

} // namespace agencydesk::cli
