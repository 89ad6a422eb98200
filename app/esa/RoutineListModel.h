// The routines of one ESA account, page by page as the view scrolls (canFetchMore/fetchMore),
// optionally filtered by a search keyword the service matches. Every answer carries the
// generation it was asked in, so a late page never lands in a list that was reset since.
#pragma once

#include "esa/EsaClient.h"
#include "esa/LoadState.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <memory>

class RoutineListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineListModel)

public:
    enum Column { NameColumn, DescriptionColumn, CreatedColumn, ColumnCount };
    enum Role { RoutineNameRole = Qt::UserRole + 1, CreateTimeRole };
    static constexpr int PageSize = 20;
    static constexpr int MaxPageNumber = 10; // the API's PageNumber range is 1..10

    explicit RoutineListModel(QObject *parent = nullptr);
    ~RoutineListModel() override;

    void setClient(std::shared_ptr<EsaClient> client);
    void setSearchKeyword(const QString &keyword);
    QString searchKeyword() const { return m_keyword; }
    void refresh();

    LoadState state() const { return m_state; }
    ApiError error() const { return m_error; }
    int totalCount() const { return m_total; }
    Routine routine(int row) const { return m_routines.value(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void stateChanged(LoadState state);

private:
    void requestPage(int pageNumber);
    void setState(LoadState state);

    std::shared_ptr<EsaClient> m_client;
    QString m_keyword;
    QList<Routine> m_routines;
    int m_total = 0;
    int m_pagesLoaded = 0;
    bool m_fetching = false;
    quint64 m_generation = 0;
    QFuture<void> m_pending;
    LoadState m_state = LoadState::Idle;
    ApiError m_error;
};
