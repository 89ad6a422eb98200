// "Where it works" of one app (issue #25): the APIs it is authorized for, a row per environment
// and API (Environment, API, Group, Method, Path, Simple auth), read as one request
// (AppContextRead) beside its ACL, credential quota and AppKey/AppSecret. Reading again, or
// clear(), aborts the read on its way.
#pragma once

#include "app/apig/AppContextTypes.h"
#include "app/async/ApiError.h"
#include "app/async/Request.h"
#include "app/models/LoadState.h"

#include <QAbstractTableModel>

#include <memory>

class ApigClient;

class AppContextModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContextModel)

public:
    enum Column { EnvColumn, ApiColumn, GroupColumn, MethodColumn, PathColumn, SimpleAuthColumn, ColumnCount };
    enum Role { DomainRole = Qt::UserRole + 1 };

    explicit AppContextModel(QObject *parent = nullptr);

    void load(std::shared_ptr<ApigClient> client, const QString &instanceId, const QString &appId);
    void reload();
    void clear();
    bool isReading() const { return m_read.isRunning(); }

    LoadState state() const { return m_state; }
    ApiError error() const { return m_error; }
    const AppContext &context() const { return m_context; }
    QString appId() const { return m_appId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void stateChanged(LoadState state);

private:
    void setState(LoadState state);
    void take(const ApiResult<AppContext> &result);

    std::shared_ptr<ApigClient> m_client;
    QString m_instanceId;
    QString m_appId;
    AppContext m_context;
    LoadState m_state = LoadState::Idle;
    ApiError m_error;
    Request<AppContext> m_read;
};
