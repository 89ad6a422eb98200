// The local cloud: one loopback HTTP port that speaks Alibaba ESA (with the OSS bucket its
// code uploads go to) and STS, Huawei IAM and Huawei APIG (told apart by path and headers; IAM
// optionally on a port of its own, as the real IAM is another host than APIG), and the APIG data
// plane (a request whose Host is an API group's domain, on any port),
// verifies real signatures, serves DemoData plus the changes made since it started, and injects
// faults on request. Lives in one thread; the test hooks are safe from any thread.
#pragma once

#include "app/emulator/alibaba/AcsCredentialStore.h"
#include "app/emulator/alibaba/AcsSignatureVerifier.h"
#include "app/emulator/huawei/ApigDataPlane.h"
#include "app/emulator/huawei/ApigService.h"
#include "app/emulator/huawei/AppCodeStore.h"
#include "app/emulator/alibaba/EsaService.h"
#include "app/emulator/server/FaultPlan.h"
#include "app/emulator/huawei/IamService.h"
#include "app/emulator/alibaba/OssService.h"
#include "app/emulator/alibaba/RoutineStore.h"
#include "app/emulator/alibaba/StsService.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QMutex>

#include <functional>
#include <optional>

class QSslConfiguration;
class QTcpServer;

class CloudEmulator : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudEmulator)

public:
    explicit CloudEmulator(const DemoData &data = DemoData::instance(), QObject *parent = nullptr);
    ~CloudEmulator() override;

    // Binds 127.0.0.1 (never another address); 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    // Serves what `listening` (listening on 127.0.0.1, made on this thread; a NoDelayTcpServer,
    // for answers without a Nagle delay) accepts; takes it over. Returns its port.
    quint16 serve(QTcpServer *listening);
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    // Also listens with HTTPS on 127.0.0.1, presenting `tls` (LoopbackCertificate's
    // serverConfiguration()); 0 picks a free port. The same services answer on both ports, as
    // one account's state. Returns the port, 0 on failure.
    quint16 listenTlsOnLoopback(const QSslConfiguration &tls, quint16 port = 0);
    quint16 tlsPort() const { return m_tlsPort; }
    QString tlsBaseUrl() const; // "https://127.0.0.1:PORT"; empty without TLS
    // Also listens on 127.0.0.1 for Huawei IAM alone (0 picks a free port), as the real IAM is
    // another host than APIG. From then on IAM paths (/v3/…) are answered only on this port and
    // every other path only on the others; a request on the wrong port gets the 404 the wrong host
    // would give and is counted as "wrong-host". Returns the port, 0 on failure.
    quint16 listenIamOnLoopback(quint16 port = 0);
    quint16 iamPort() const { return m_iamPort; }
    QString iamBaseUrl() const; // "http://127.0.0.1:PORT"; empty without an IAM port

    // Told one line per request answered ("https GET / GetRoutine -> 200"): what a client sent,
    // for interop runs that must list every call an official tool makes. Null: no log.
    void setRequestLog(std::function<void(const QString &)> log);

    void setFaultPlan(const FaultPlan &plan);
    void forceFault(FaultKind kind, int count = 1);
    // Only for requests of this counter key (see requestCount), e.g. "CreateRoutineCodeDeployment".
    void forceFaultFor(const QString &key, FaultKind kind, int count = 1);
    void setTokenLifetimeSeconds(int seconds);
    // Every IAM token issued so far is refused from now on with 401 and this gateway code (the
    // gateway's own for a dead token: APIGW.0307, APIG.0301, APIG.1002, …), as when IAM revokes them.
    void revokeIamTokens(const QString &refusalCode);
    // Shifts the emulator's clock (for date and expiry checks) by this many seconds.
    void setClockSkewSeconds(qint64 seconds);

    // Code versions a routine may keep (CommitRoutineStagingCode refuses beyond): the default for
    // routines without a plan quota of their own, and one routine's own (0 = back to the default).
    void setVersionQuota(int versionsPerRoutine);
    void setRoutineVersionQuota(const QString &routine, int versions);
    int versionQuota(const QString &routine) const; // 0 for an unknown routine

    // STS credentials issued from now on live at most this long (0 = the DurationSeconds asked for).
    void setStsLifetimeSeconds(int seconds);
    // The temporary credentials AssumeRole has issued (id, secret, token), for tests that prove a
    // client never wrote them anywhere.
    QList<AcsAccessKey> issuedStsCredentials() const;

    // What the emulator has served, for tests that must prove a cache made no request.
    // Keys: the ESA or STS action ("AssumeRole"), "iam:tokens", "iam:projects", "apig:instances",
    // "apig:apps", "apig:app-codes" (ListAppCodesV2), "apig:CreateAppCodeAutoV2",
    // "apig:CreateAppCodeV2", "apig:ShowDetailsOfAppCodeV2", "apig:DeleteAppCodeV2", "oss:PostObject";
    // the credential-context calls by their vendor operation ("apig:ListApisBindedToAppV2",
    // "apig:UpdateAppAcl", "apig:ResettingAppSecretV2", …), "apig:DataPlane" for every call on an
    // API group's domain, ROMA Connect's calls as "roma:<operation>" ("roma:ListAppCodesV2",
    // "roma:CheckRomaInstanceListV2", "roma:ResetRomaAppSecret") and the shared gateway's as
    // "shared:<operation>", and "wrong-host" (refused: IAM asked on another port than the IAM one,
    // or the other way round).
    int requestCount(const QString &key) const;
    int totalRequests() const;
    // Answers written, and requests whose client hung up before its answer was written (an
    // abort seen on the wire: with --latency, the answer waits, so an abort arrives first).
    int answeredCount() const;
    int abandonedCount() const;
    // Requests received and neither answered nor abandoned yet, and the most there were at once
    // since the counters were reset (with latency, how many a client keeps in flight).
    int inFlightCount() const;
    int maxInFlight() const;
    void resetCounters();

    // The emulator's AppCodes change under a paging client: the oldest go, or generated ones are added.
    void removeAppCodes(const QString &appId, int count);
    void addAppCodes(const QString &appId, int count);
    int appCodeCount(const QString &appId) const; // -1 for an unknown app
    // AppCodes an app may hold (creating beyond is refused with APIG.3131); default DemoData::AppCodeLimit.
    void setAppCodeLimit(int perApp);
    int appCodeLimit() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QString counterKey(const HttpRequestParts &request) const; // with m_mutex held
    // With an IAM port: the refusal of a request that arrived on `localPort` but belongs to the other host.
    std::optional<EmulatorResponse> wrongHost(const HttpRequestParts &request, quint16 localPort) const;
    EmulatorResponse route(const HttpRequestParts &request, FaultKind fault, const QHostAddress &caller);
    void send(QTcpSocket *socket, const EmulatorResponse &response, FaultKind fault);
    void answerLater(QTcpSocket *socket, const EmulatorResponse &response, FaultKind fault, int latencyMs);
    void logRequest(const QTcpSocket *socket, const HttpRequestParts &request, const QString &key,
                    const EmulatorResponse &response, FaultKind fault) const;

    mutable QMutex m_mutex; // guards the services, counters and clock
    const DemoData &m_data;
    IamService m_iam;
    RoutineStore m_routines;
    AppCodeStore m_appCodes;
    AcsCredentialStore m_acsKeys;
    AcsSignatureVerifier m_acsVerifier;
    EsaService m_esa;
    StsService m_sts;
    OssService m_oss;
    ApigService m_apig;
    ApigDataPlane m_dataPlane;
    FaultInjector m_faults;
    QHash<QString, int> m_counts;
    int m_answered = 0;
    int m_abandoned = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    qint64 m_clockSkew = 0;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    quint16 m_iamPort = 0;
    std::function<void(const QString &)> m_requestLog;
};
