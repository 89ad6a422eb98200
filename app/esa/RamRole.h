// A RAM role an account assumes with STS AssumeRole, as the aliyun CLI's RamRoleArn profiles
// describe it: which role, under which session name, for how long, narrowed by which policy.
// The parameters' rules (STS 2015-04-01) live here, for the account dialog and the importer.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct RamRole
{
    Q_DECLARE_TR_FUNCTIONS(RamRole)

public:
    static constexpr int MinDurationSeconds = 900;
    static constexpr int DefaultDurationSeconds = 3600; // STS's default, and a role's default maximum
    static constexpr int MaxDurationSeconds = 43200;    // the longest MaxSessionDuration RAM allows a role
    static constexpr int MaxPolicyBytes = 2048;         // STS's limit for Policy

    QString arn;            // acs:ram::<account id>:role/<name>
    QString sessionName;    // empty: defaultSessionName()
    int durationSeconds = DefaultDurationSeconds;
    QString externalId;     // optional: what the role's trust policy asks for (sts:ExternalId)
    QString policy;         // optional: a RAM policy document (JSON) that narrows the permissions

    QString effectiveSessionName() const { return sessionName.isEmpty() ? defaultSessionName() : sessionName; }

    static bool isValidArn(const QString &arn);
    static bool isValidSessionName(const QString &name); // 2–64 letters, digits, . @ - _
    static bool isValidExternalId(const QString &id);    // 2–1224 letters, digits, _ + = , . @ : / -
    // Empty when `policy` is empty or a JSON object of at most MaxPolicyBytes; else why not.
    // (Its grammar — Version, Statement — is STS's to judge: InvalidParameter.PolicyGrammar.)
    static QString policyProblem(const QString &policy);
    // One sentence per parameter STS would refuse, for the account dialog; empty when all are fine.
    QStringList problems() const;
    // "cloudcodes-<login>", the login name cut down to the characters a session name may hold
    // and the whole to 64 characters: the user is recognisable in ActionTrail.
    static QString sessionNameFor(const QString &loginName);
    // sessionNameFor() the OS login name of this process's user.
    static QString defaultSessionName();
};
