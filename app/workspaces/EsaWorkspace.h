// The edge routines screen's app side: for the selected Alibaba account, its routines, the chosen
// routine's code versions, the version open in the code view (and where to jump in it), the
// annotation, the version marked for a later compare, and the release rules: what is offered on a
// version and why not. The widget (ui/esa/RoutineBrowser) lays this out and passes the user's
// intent here.
#pragma once

#include "app/diff/TextDiff.h"
#include "app/esa/PlacementChange.h"
#include "app/esa/RoutineChange.h"
#include "app/esa/RoutinePlacement.h"
#include "app/esa/UrlResolver.h"
#include "app/versions/OpenedCodeVersion.h"
#include "app/versions/VersionRef.h"

#include <QObject>

#include <memory>
#include <optional>

class ChangeJournal;
class CodeVersionListModel;
class CodeVersionRepository;
class OpenCodeVersion;
class RoutineAnnotation;
class RoutineListModel;
class SessionState;
struct RoutineSnapshot;

class EsaWorkspace : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EsaWorkspace)

public:
    // Where to go in a version once it is shown: a line, a text to find.
    struct Jump
    {
        VersionRef ref;
        int line = 0;
        QString highlight;
        bool regex = false;
        bool caseSensitive = false;
        QString file; // a bundle's file to show
    };
    // The release actions a version's menu offers, each with whether it can go now and why not.
    struct ReleaseOffers
    {
        bool available = false; // the account allows changes and the deployments are known
        QString promoteLabel;   // empty: production runs no canary
        QString abortLabel;
        bool rollback = false;
        QStringList toDelete;   // the selection, or the version under the cursor
        QString whyNoDelete;
    };

    EsaWorkspace(CodeVersionRepository &repository, SessionState &state, QObject *parent = nullptr);
    ~EsaWorkspace() override;

    CodeVersionRepository &repository() const { return m_repository; }
    SessionState &state() const { return m_state; }
    RoutineListModel *routines() const { return m_routines; }
    CodeVersionListModel *versions() const { return m_versions; }
    OpenCodeVersion *opener() const { return m_open; }
    RoutineAnnotation *annotation() const { return m_annotation; }

    void setJournal(ChangeJournal *journal) { m_journal = journal; }
    // The account whose routines are shown (a null client: none), and what the change dialogs show of it.
    void setAccount(const QString &accountId, std::shared_ptr<EsaClient> client);
    void setAccountDetails(const QString &name, const QString &region, const QString &endpoint);
    QString accountId() const { return m_accountId; }
    QString accountName() const { return m_accountName.isEmpty() ? m_accountId : m_accountName; }
    QString region() const { return m_region; }
    QString endpoint() const { return m_endpoint; }
    std::shared_ptr<EsaClient> client() const { return m_client; }
    bool changesAllowed() const;

    // The routine to show once the list is in: the one of last time, else the first (-1: none).
    int routineRowToShow() const;
    // Remembers it and lists its versions; false when it is already the one listed.
    bool chooseRoutine(const QString &name);
    QString routine() const;
    // The chosen routine is a Functions and Pages one: its versions are bundles, made the assets
    // way (GetRoutine says so; until it is in, the routine list).
    bool routineHasAssets() const;

    VersionRef refFor(const QString &codeVersion) const;
    // Opens a version of the routine, at once, and where to go in it once shown.
    void open(const Jump &jump);
    // The jump that waits for `opened`, taken (it applies once).
    std::optional<Jump> takeJump(const OpenedCodeVersion &opened);

    void mark(const QString &codeVersion);
    VersionRef marked() const { return m_marked; }
    // Whether "Compare with Selected" makes sense on this version (something else is marked).
    bool canCompareWithMarked(const QString &codeVersion) const;

    // Annotate `shown` (the version in the code view), or why not now.
    // In a bundle, `file` (the file shown) is annotated.
    QString annotate(const std::optional<OpenedCodeVersion> &shown, const QString &file = {});
    void setAnnotationOptions(const DiffOptions &options) { m_annotationOptions = options; }

    // The release rules.
    bool offersReleases() const; // the release bar: an account that allows changes, a routine
    bool versionsReady() const;
    ReleaseOffers releaseOffers(const QString &codeVersion, const QStringList &selected) const;
    // The canary's two versions: what Promote and Abort deploy (empty when production runs none).
    QString canaryVersion() const;
    QString canaryMainVersion() const;
    // Why a deploy cannot start now, or empty.
    QString whyNoDeploy(const QString &codeVersion) const;
    RoutineChange::Context changeContext() const;
    // The routine as a change left it.
    void showChanged(const RoutineSnapshot &after);

    // "Runs on" (issue #23): where the chosen routine serves requests, loaded beside its versions
    // each time they are (re)loaded, on its own: a failure here leaves the versions alone.
    const std::optional<RoutinePlacement> &placement() const { return m_placement; }
    ApiError placementError() const { return m_placementError; }
    bool placementLoading() const { return m_placementRequest.isRunning(); }
    // Reads it again (after a change to a route or a custom domain).
    void refreshPlacement();
    PlacementChange::Context placementChangeContext() const;
    // The reads the route and domain editors and "who serves this URL" need of the account:
    // started here, owned (and killed) by whoever asks; a null request when no account is chosen.
    Request<QList<EsaSite>> readSites() const;
    Request<RoutingData> readRouting() const;

signals:
    // The account changed: nothing of the last one is shown.
    void cleared();
    void message(const QString &text);
    // The placement arrived, failed, or was cleared.
    void placementChanged();

private:
    CodeVersionRepository &m_repository;
    SessionState &m_state;
    ChangeJournal *m_journal = nullptr;
    RoutineListModel *m_routines;
    CodeVersionListModel *m_versions;
    OpenCodeVersion *m_open;
    RoutineAnnotation *m_annotation;
    QString m_accountId;
    QString m_accountName;
    QString m_region;
    QString m_endpoint;
    std::shared_ptr<EsaClient> m_client;
    VersionRef m_marked;
    Jump m_jump;
    DiffOptions m_annotationOptions;
    Request<RoutinePlacement> m_placementRequest;
    std::optional<RoutinePlacement> m_placement;
    ApiError m_placementError;
};
