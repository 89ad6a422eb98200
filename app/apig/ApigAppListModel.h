// The apps of one gateway instance (ListAppsV2), filtered by name on the service and paged as
// the view scrolls.
#pragma once

#include "apig/ApigClient.h"
#include "esa/LoadState.h"

#include <QAbstractListModel>
#include <QFuture>

class ApigAppListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApigAppListModel)

public:
    enum Role { AppIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 50;

    explicit ApigAppListModel(QObject *parent = nullptr);
    ~ApigAppListModel() override;

    void setInstance(std::shared_ptr<ApigClient> client, const QString &instanceId);
    void setNameFilter(const QString &name);
    void refresh();
    LoadState state() const { return m_state; }
    ApiError error() const { return m_error; }
    ApigApp app(int row) const { return m_apps.value(row); }
    int rowOf(const QString &appId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void stateChanged(LoadState state);

private:
    void request(qint64 offset);

    std::shared_ptr<ApigClient> m_client;
    QString m_instanceId;
    QString m_filter;
    QList<ApigApp> m_apps;
    qint64 m_total = 0;
    bool m_fetching = false;
    quint64 m_generation = 0;
    QFuture<void> m_pending;
    LoadState m_state = LoadState::Idle;
    ApiError m_error;
};
