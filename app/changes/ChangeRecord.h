// One change made to a cloud from CloudCodes, as the journal keeps it: when, for which account,
// on what, which action, the state before and after, the RequestId, and how it ended. It holds
// names and ids only, never a secret (AppCode values, keys and tokens stay out).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct ChangeRecord
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecord)

public:
    enum class Outcome {
        Pending,       // sent, no answer yet (or CloudCodes ended before it came)
        Done,          // the service confirmed it
        Refused,       // the service refused it (its code and RequestId say why)
        NotSent,       // stopped before anything was sent (a check, the account's setting)
        Happened,      // the answer was lost, but reading the state back shows it was carried out
        DidNotHappen,  // the answer was lost, and reading the state back shows nothing changed
        Unknown,       // the answer was lost and the state could not be read back
    };

    QString id;          // one per change; later versions of a record replace earlier ones
    QDateTime time;      // UTC, when it was sent
    QString accountId;
    QString accountName;
    QString cloud;       // "ESA", "APIG"
    QString target;      // the routine, or "instance / app"
    QString action;      // stable key: deploy, rollback, promote, abort-canary, delete-version, upload, create-appcode, delete-appcode, reset-app-secret,
                         // add-route, edit-route, delete-route, add-domain, delete-domain
    QString before;      // "production: 1749…0360 100%"
    QString after;
    QString requestId;
    Outcome outcome = Outcome::Pending;
    QString detail;      // what the user was told

    static QString outcomeKey(Outcome outcome);          // stable, for the file and CSV
    static Outcome outcomeFromKey(const QString &key);
    static QString outcomeName(Outcome outcome);         // translated
    static QString actionName(const QString &action);    // translated

    QJsonObject toJson() const;
    static ChangeRecord fromJson(const QJsonObject &json);
};
