#include "app/cli/HistoryExportCommand.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace {
constexpr auto DemoAccessKeyAccount = "demo-alibaba-ak";
}

HistoryExportCommand::HistoryExportCommand(AccountConnections &connections, CodeVersionRepository &repository, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_export(new RoutineHistoryExport(repository, this))
{
    connect(m_export, &RoutineHistoryExport::progress, this, [this](RoutineHistoryExport::Stage stage, int done, int total) {
        emit progressed(stage == RoutineHistoryExport::Stage::Loading ? tr("Loading versions: %1 of %2").arg(done).arg(total)
                                                                      : tr("Writing commits: %1 of %2").arg(done).arg(total));
    });
    connect(m_export, &RoutineHistoryExport::finished, this, &HistoryExportCommand::exportEnded);
}

std::optional<Account> HistoryExportCommand::findAccount(const QList<Account> &accounts, const QString &nameOrId, QString *why)
{
    auto describe = [](const Account &a) { return QStringLiteral("“%1” (%2)").arg(a.displayName, a.id); };
    const Account *found = nullptr;
    for (const Account &a : accounts) {
        if (a.id == nameOrId)
            found = &a;
    }
    QList<const Account *> named;
    if (!found) {
        for (const Account &a : accounts) {
            if (a.displayName == nameOrId)
                named << &a;
        }
        if (named.isEmpty()) {
            for (const Account &a : accounts) {
                if (a.displayName.compare(nameOrId, Qt::CaseInsensitive) == 0)
                    named << &a;
            }
        }
        if (named.size() == 1)
            found = named.constFirst();
    }
    if (named.size() > 1) {
        QStringList which;
        for (const Account *a : std::as_const(named))
            which << describe(*a);
        *why = tr("%1 accounts are called “%2”: %3. Name one by its id.").arg(named.size()).arg(nameOrId, which.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (found && found->cloud != Account::Cloud::Alibaba) {
        *why = tr("The account %1 is a Huawei Cloud account; the history export is for Alibaba Cloud ESA routines.").arg(describe(*found));
        return std::nullopt;
    }
    if (found)
        return *found;
    QStringList alibaba;
    for (const Account &a : accounts) {
        if (a.cloud == Account::Cloud::Alibaba)
            alibaba << describe(a);
    }
    *why = alibaba.isEmpty() ? tr("There is no account called “%1”, and no Alibaba Cloud account is saved.").arg(nameOrId)
                             : tr("There is no account called “%1”. Alibaba Cloud accounts: %2.").arg(nameOrId, alibaba.join(QStringLiteral(", ")));
    return std::nullopt;
}

void HistoryExportCommand::start(const QString &account, const QString &routine, const QString &folder)
{
    m_routine = routine;
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QString why;
    const std::optional<Account> found = findAccount(m_connections.store().accounts(),
                                                     account.isEmpty() ? QLatin1String(DemoAccessKeyAccount) : account, &why);
    if (!found) {
        // Reported from the event loop, like every other ending.
        QTimer::singleShot(0, this, [this, why] { end(Failed, why); });
        return;
    }
    m_account = *found;
    m_connections.esaClient(m_account.id, [this](std::shared_ptr<EsaClient> client, std::optional<ApiError> error) {
        clientReady(m_account, std::move(client), error);
    });
}

void HistoryExportCommand::clientReady(const Account &account, std::shared_ptr<EsaClient> client, const std::optional<ApiError> &error)
{
    if (error || !client) {
        end(Failed, tr("The account “%1” cannot be used: %2").arg(account.displayName, error ? error->message : tr("no client")));
        return;
    }
    m_export->start(RoutineHistoryExport::Target{client, account.id, account.displayName, m_routine, m_folder});
}

void HistoryExportCommand::exportEnded()
{
    switch (m_export->stage()) {
    case RoutineHistoryExport::Stage::Finished:
        end(Succeeded, tr("%1 of “%2” → %3: %4")
                               .arg(m_routine, m_account.displayName, QDir::toNativeSeparators(m_folder), m_export->summary()));
        return;
    case RoutineHistoryExport::Stage::Failed:
        end(Failed, m_export->errorText());
        return;
    default:
        end(Failed, m_export->summary());
        return;
    }
}

void HistoryExportCommand::end(int exitCode, const QString &message)
{
    m_exitCode = exitCode;
    m_message = message;
    emit finished(exitCode);
}
