// The code versions of one routine (both pages of ListRoutineCodeVersions, newest first) with
// the deployment badges GetRoutine gives them ("production 90%", "staging"). Answers carry the
// generation they were asked in: switching routines quickly never mixes two routines' rows.
#pragma once

#include "esa/EsaClient.h"
#include "esa/LoadState.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <memory>

class CodeVersionListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeVersionListModel)

public:
    enum Column { VersionColumn, DeployedColumn, DescriptionColumn, CreatedColumn, StatusColumn, ColumnCount };
    enum Role { CodeVersionRole = Qt::UserRole + 1, BadgesRole, CreateTimeRole };
    static constexpr int PageSize = 20;

    explicit CodeVersionListModel(QObject *parent = nullptr);
    ~CodeVersionListModel() override;

    void setRoutine(std::shared_ptr<EsaClient> client, const QString &routineName);
    void clear();
    void refresh();

    QString routineName() const { return m_routine; }
    LoadState state() const { return m_state; }
    ApiError error() const { return m_error; }
    CodeVersion version(int row) const { return m_versions.value(row); }
    QStringList badges(int row) const;
    int rowOf(const QString &codeVersion) const;
    QStringList allVersions() const;
    // The version production sends most traffic to, and the one created just before `codeVersion`.
    QString productionVersion() const;
    QString previousVersion(const QString &codeVersion) const;
    std::shared_ptr<EsaClient> client() const { return m_client; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void stateChanged(LoadState state);

private:
    void requestPage(int pageNumber);
    void requestDeployments();
    void finishIfDone();
    void fail(const ApiError &error);

    std::shared_ptr<EsaClient> m_client;
    QString m_routine;
    QList<CodeVersion> m_versions;
    std::optional<RoutineDetail> m_detail;
    int m_pendingCalls = 0;
    quint64 m_generation = 0;
    QList<QFuture<void>> m_pending;
    LoadState m_state = LoadState::Idle;
    ApiError m_error;
};
