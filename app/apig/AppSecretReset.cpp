#include "app/apig/AppSecretReset.h"

#include <QCryptographicHash>

AppSecretReset::AppSecretReset(Context context, QObject *parent)
    : AppCodeChange(std::move(context), parent)
{
}

QByteArray AppSecretReset::digest(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

void AppSecretReset::start()
{
    m_running = true;
    m_changed = false;
    if (!m_context.client->allowsChanges()) {
        send(); // refused before anything is sent, and journaled as such
        return;
    }
    emit progress(tr("Reading the app…"), 0, 2);
    m_read = m_context.client->showApp(m_context.instanceId, m_context.appId).then(this, [this](const ApiResult<ApigAppDetail> &r) {
        if (!r.ok()) {
            end(ChangeRecord::Outcome::NotSent, tr("Nothing was sent: the app could not be read (%1).").arg(r.error().summary()), r.error());
            return;
        }
        m_before = digest(r.value().appSecret);
        send();
    });
}

void AppSecretReset::send()
{
    if (m_stopRequested) {
        end(ChangeRecord::Outcome::NotSent, tr("Stopped before anything was sent."));
        return;
    }
    m_record = beginRecord(QStringLiteral("reset-app-secret"), tr("the AppSecret before"), tr("a new AppSecret made by the gateway"));
    emit progress(tr("Resetting the AppSecret…"), 1, 2);
    m_write = m_context.client->resetAppSecret(m_context.instanceId, m_context.appId).then(this, [this](const ApiResult<ApigAppDetail> &r) {
        if (r.ok()) {
            m_changed = true;
            const QString message = tr("The AppSecret of %1 was reset: callers that sign with the old one are refused now.").arg(m_context.appName);
            finishRecord(m_record, ChangeRecord::Outcome::Done, tr("a new AppSecret"), r.value().requestId, message);
            end(ChangeRecord::Outcome::Done, message);
            return;
        }
        afterFailedWrite(r.error(), m_record, [this, error = r.error()](const Conclude &conclude) { lookAgain(error, conclude); });
    });
}

void AppSecretReset::lookAgain(const ApiError &error, const Conclude &conclude)
{
    m_read = m_context.client->showApp(m_context.instanceId, m_context.appId).then(this, [this, error, conclude](const ApiResult<ApigAppDetail> &r) {
        if (!r.ok()) {
            conclude(ChangeRecord::Outcome::Unknown, tr("The answer was lost (%1) and the app could not be read back (%2): "
                                                        "look at its AppSecret before resetting it again.")
                                                             .arg(error.summary(), r.error().summary()));
            return;
        }
        m_changed = digest(r.value().appSecret) != m_before;
        if (m_changed)
            conclude(ChangeRecord::Outcome::Happened, tr("The answer was lost, but the AppSecret did change: callers that sign with the old one "
                                                         "are refused now."));
        else
            conclude(ChangeRecord::Outcome::DidNotHappen, tr("The answer was lost and the AppSecret did not change: the old one still works."));
    });
}
