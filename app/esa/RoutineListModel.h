// The routines of one ESA account, page by page as the view scrolls (canFetchMore/fetchMore),
// optionally filtered by a search keyword the service matches.
#pragma once

#include "app/esa/EsaClient.h"
#include "app/models/PagedListModel.h"

#include <memory>

class RoutineListModel : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineListModel)

public:
    enum Column { NameColumn, DescriptionColumn, CreatedColumn, ColumnCount };
    enum Role { RoutineNameRole = Qt::UserRole + 1, CreateTimeRole };
    static constexpr int PageSize = 20;
    static constexpr int MaxPageNumber = 10; // the API's PageNumber range is 1..10

    explicit RoutineListModel(QObject *parent = nullptr);

    void setClient(std::shared_ptr<EsaClient> client);
    void setSearchKeyword(const QString &keyword);
    QString searchKeyword() const { return m_keyword; }

    Routine routine(int row) const { return m_routines.value(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool hasSource() const override { return m_client != nullptr; }
    int loadedCount() const override { return int(m_routines.size()); }
    void clearRows() override { m_routines.clear(); }
    void requestPage(int pageIndex) override;
    bool pageAllowed(int pageIndex) const override { return pageIndex < MaxPageNumber; }

private:
    std::shared_ptr<EsaClient> m_client;
    QString m_keyword;
    QList<Routine> m_routines;
};
