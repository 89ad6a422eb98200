// The API gateway instances of a Huawei account's region (ListInstancesV2), all of them (a region
// has a handful), for the gateway picker: one row each, "name (status, spec)", the id as data.
#pragma once

#include "app/apig/ApigClient.h"
#include "app/models/PagedListModel.h"

class ApigInstanceListModel : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApigInstanceListModel)

public:
    enum Role { InstanceIdRole = Qt::UserRole }; // what QComboBox::currentData() reads
    static constexpr int PageSize = 500;

    explicit ApigInstanceListModel(QObject *parent = nullptr);

    void setClient(std::shared_ptr<ApigClient> client);
    ApigInstance instance(int row) const { return m_instances.value(row); }
    int rowOf(const QString &instanceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool hasSource() const override { return m_client != nullptr; }
    int loadedCount() const override { return int(m_instances.size()); }
    void clearRows() override { m_instances.clear(); }
    void requestPage(int pageIndex) override;

private:
    std::shared_ptr<ApigClient> m_client;
    QList<ApigInstance> m_instances;
};
