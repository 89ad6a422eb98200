// The code versions of one routine (both pages of ListRoutineCodeVersions, newest first) with
// the deployment badges GetRoutine gives them ("production 90%", "staging"). Switching routines
// aborts what the previous one still had on its way: two routines' rows never mix.
#pragma once

#include "app/esa/EsaClient.h"
#include "app/models/PagedListModel.h"

#include <memory>

// One deployment of a version, as a chip in the list shows it.
struct VersionBadge
{
    QString env;        // "production", "staging"
    int percentage = 100;
    bool canary = false; // the smaller share of an environment two versions share
};

class CodeVersionListModel : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeVersionListModel)

public:
    // SourceColumn: who made the version (ExtraInfo's Source: esa-cli, the console, CloudCodes…).
    enum Column { VersionColumn, DeployedColumn, DescriptionColumn, CreatedColumn, StatusColumn, SourceColumn, ColumnCount };
    enum Role {
        CodeVersionRole = Qt::UserRole + 1,
        BadgesRole,
        CreateTimeRole,
        DeploymentsRole, // QList<VersionBadge>
        BuildStateRole,  // int(BuildState): a failed or unfinished build is marked and cannot be deployed
    };
    static constexpr int PageSize = 20;

    explicit CodeVersionListModel(QObject *parent = nullptr);

    void setRoutine(std::shared_ptr<EsaClient> client, const QString &routineName);
    void clear();

    QString routineName() const { return m_routine; }
    CodeVersion version(int row) const { return m_versions.value(row); }
    const QList<CodeVersion> &versions() const { return m_versions; } // newest first
    QStringList badges(int row) const;
    QList<VersionBadge> deployments(int row) const;
    int rowOf(const QString &codeVersion) const;
    QStringList allVersions() const;
    // The version production sends most traffic to, and the one created just before `codeVersion`.
    QString productionVersion() const;
    QString previousVersion(const QString &codeVersion) const;
    std::shared_ptr<EsaClient> client() const { return m_client; }
    // What the environments run (GetRoutine), once it arrived.
    const std::optional<RoutineDetail> &detail() const { return m_detail; }
    // Shows a routine as a change left it (no request: the change read it back).
    void showSnapshot(const QString &routineName, const QList<CodeVersion> &versions, const RoutineDetail &detail);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The Status column's text: "Available", "Building (init)", "Build failed (buildFailed)".
    static QString statusText(const CodeVersion &version);

protected:
    bool hasSource() const override { return m_client && !m_routine.isEmpty(); }
    int loadedCount() const override { return int(m_versions.size()); }
    void clearRows() override;
    void requestPage(int pageIndex) override;
    void requestExtras() override;
    // A routine lists at most two pages of twenty.
    bool pageAllowed(int pageIndex) const override { return pageIndex < 2; }

private:
    QVariant toolTip(const QModelIndex &index, const CodeVersion &v) const;

    std::shared_ptr<EsaClient> m_client;
    QString m_routine;
    QList<CodeVersion> m_versions;
    std::optional<RoutineDetail> m_detail;
};

Q_DECLARE_METATYPE(VersionBadge)
