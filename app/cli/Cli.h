#pragma once

#include "Environment.h"

#include <QJsonValue>
#include <QMultiHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

class Database;
struct SecurityPolicy;

// backoffice-cli (shared/spec/cli.md): global options, then one command over the core library.
// Exit status 0 on success, 2 on a usage error, 1 on any other failure.
class Cli final
{
public:
    enum Exit
    {
        Success = 0,
        Failure = 1,
        Usage = 2
    };

    Cli();
    int run(const QStringList& arguments);

private:
    struct Globals
    {
        QString dataDir;
        Environment env = Environment::Development;
        bool nowSet = false;
    };

    int usage(const QString& message);
    int failure(const QString& message);
    bool takeGlobal(const QStringList& args, int& i, bool& handled);
    bool openDatabase(Database& db);

    int cmdImport(const QStringList& args);
    int cmdKpis(const QStringList& args);
    int cmdExport(const QStringList& args);
    int cmdExcludedDomains(const QStringList& args);
    int cmdDemo(const QStringList& args);
    // Account management (CliManage.cpp).
    int cmdAccounts(const QStringList& args);
    int cmdMembers(const QStringList& args);
    int cmdRoles(const QStringList& args);
    int cmdPolicy(const QStringList& args);
    int cmdMetadata(const QStringList& args);
    int cmdSso(const QStringList& args);
    int cmdHistory(const QStringList& args);
    void printJson(const QJsonValue& value);
    bool applyPolicyOptions(const QMultiHash<QString, QString>& options, SecurityPolicy& policy);

    // Splits a command's arguments into options (with their values) and positionals, accepting
    // the global options anywhere. `valued` names the options that take a value.
    bool parseArgs(const QStringList& args, const QStringList& flags, const QStringList& valued,
                   QMultiHash<QString, QString>& options, QStringList& positionals);

    QTextStream m_out;
    QTextStream m_err;
    Globals m_globals;
    QString m_command;
};
