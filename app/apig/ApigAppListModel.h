// The apps of one gateway instance (ListAppsV2), filtered by name on the service and paged as
// the view scrolls.
#pragma once

#include "app/apig/ApigClient.h"
#include "app/models/PagedListModel.h"

class ApigAppListModel : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApigAppListModel)

public:
    enum Role { AppIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 50;

    explicit ApigAppListModel(QObject *parent = nullptr);

    void setInstance(std::shared_ptr<ApigClient> client, const QString &instanceId);
    void setNameFilter(const QString &name);
    ApigApp app(int row) const { return m_apps.value(row); }
    int rowOf(const QString &appId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool hasSource() const override { return m_client && !m_instanceId.isEmpty(); }
    int loadedCount() const override { return int(m_apps.size()); }
    void clearRows() override { m_apps.clear(); }
    void requestPage(int pageIndex) override;

private:
    std::shared_ptr<ApigClient> m_client;
    QString m_instanceId;
    QString m_filter;
    QList<ApigApp> m_apps;
};
