// A change to an app's AppCodes (create, delete): a CloudChange that can read all the app's
// AppCodes back — before a create (is there room? which exist?) and after an answer was lost
// (was it created? is it gone?).
#pragma once

#include "app/apig/ApigClient.h"
#include "app/changes/CloudChange.h"

class AppCodeChange : public CloudChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCodeChange)

public:
    struct Context
    {
        std::shared_ptr<ApigClient> client;
        QString accountId;
        QString accountName;
        QString instanceId;
        QString instanceName; // for the journal; the id when unknown
        QString appId;
        QString appName;
        ChangeJournal *journal = nullptr;
    };

    // All AppCodes of an app, every page (500 at a time); dropping it aborts what is on its way.
    static Request<QList<AppCode>> readAll(const std::shared_ptr<ApigClient> &client, const QString &instanceId, const QString &appId);

protected:
    AppCodeChange(Context context, QObject *parent);

    void readCodes(std::function<void(const QList<AppCode> &)> then, std::function<void(const ApiError &)> failed);

    Context m_context;
    Request<QList<AppCode>> m_read;
};
