// cloudcodes --export-history ROUTINE DIR: the history export without a window, for scripts and
// CI. Finds the account (a saved one by name or id, from the settings and keychain the window
// uses, or a demo account), makes its client, runs RoutineHistoryExport and ends with one line:
// the summary (exit status 0) or what went wrong (1). Nothing here needs a display.
#pragma once

#include "app/accounts/AccountConnections.h"
#include "app/history/RoutineHistoryExport.h"

#include <QObject>

#include <optional>

class HistoryExportCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExportCommand)

public:
    static constexpr int Succeeded = 0;
    static constexpr int Failed = 1;

    HistoryExportCommand(AccountConnections &connections, CodeVersionRepository &repository, QObject *parent = nullptr);

    // `account`: a name or id; empty means the demo AccessKey account (with --demo).
    void start(const QString &account, const QString &routine, const QString &folder);

    int exitCode() const { return m_exitCode; }
    // The one line to print: the summary, or the error.
    QString message() const { return m_message; }

    // The Alibaba Cloud account `nameOrId` names among `accounts`: its id, else its display name
    // (exactly, else ignoring case, when only one matches); otherwise why not.
    static std::optional<Account> findAccount(const QList<Account> &accounts, const QString &nameOrId, QString *why);

signals:
    // A line for a terminal watching the export ("Loading versions: 12 of 40").
    void progressed(const QString &text);
    void finished(int exitCode);

private:
    void clientReady(const Account &account, std::shared_ptr<EsaClient> client, const std::optional<ApiError> &error);
    void exportEnded();
    void end(int exitCode, const QString &message);

    AccountConnections &m_connections;
    RoutineHistoryExport *m_export = nullptr;
    Account m_account;
    QString m_routine;
    QString m_folder;
    int m_exitCode = Failed;
    QString m_message;
};
