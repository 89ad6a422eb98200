#include "app/changes/ChangeRecord.h"

QString ChangeRecord::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QStringLiteral("pending");
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::NotSent: return QStringLiteral("not-sent");
    case Outcome::Happened: return QStringLiteral("happened");
    case Outcome::DidNotHappen: return QStringLiteral("did-not-happen");
    case Outcome::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

ChangeRecord::Outcome ChangeRecord::outcomeFromKey(const QString &key)
{
    for (Outcome o : {Outcome::Pending, Outcome::Done, Outcome::Refused, Outcome::NotSent, Outcome::Happened,
                      Outcome::DidNotHappen, Outcome::Unknown}) {
        if (outcomeKey(o) == key)
            return o;
    }
    return Outcome::Unknown;
}

QString ChangeRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return tr("no answer");
    case Outcome::Done: return tr("done");
    case Outcome::Refused: return tr("refused");
    case Outcome::NotSent: return tr("not sent");
    case Outcome::Happened: return tr("done (answer lost, state read back)");
    case Outcome::DidNotHappen: return tr("not done (answer lost, state read back)");
    case Outcome::Unknown: return tr("unknown (answer lost, state unreadable)");
    }
    return {};
}

QString ChangeRecord::actionName(const QString &action)
{
    if (action == QLatin1String("deploy"))
        return tr("Deploy");
    if (action == QLatin1String("canary"))
        return tr("Canary");
    if (action == QLatin1String("rollback"))
        return tr("Roll back");
    if (action == QLatin1String("promote"))
        return tr("Promote canary");
    if (action == QLatin1String("abort-canary"))
        return tr("Abort canary");
    if (action == QLatin1String("delete-version"))
        return tr("Delete version");
    if (action == QLatin1String("upload"))
        return tr("New version");
    if (action == QLatin1String("create-appcode"))
        return tr("Create AppCode");
    if (action == QLatin1String("delete-appcode"))
        return tr("Delete AppCode");
    if (action == QLatin1String("reset-app-secret"))
        return tr("Reset AppSecret");
    if (action == QLatin1String("add-route"))
        return tr("Add route");
    if (action == QLatin1String("edit-route"))
        return tr("Edit route");
    if (action == QLatin1String("delete-route"))
        return tr("Delete route");
    if (action == QLatin1String("add-domain"))
        return tr("Add custom domain");
    if (action == QLatin1String("delete-domain"))
        return tr("Delete custom domain");
    return action;
}

QJsonObject ChangeRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("accountId"), accountId},
                       {QStringLiteral("accountName"), accountName},
                       {QStringLiteral("cloud"), cloud},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("before"), before},
                       {QStringLiteral("after"), after},
                       {QStringLiteral("requestId"), requestId},
                       {QStringLiteral("outcome"), outcomeKey(outcome)},
                       {QStringLiteral("detail"), detail}};
}

ChangeRecord ChangeRecord::fromJson(const QJsonObject &o)
{
    ChangeRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    r.accountId = o.value(QStringLiteral("accountId")).toString();
    r.accountName = o.value(QStringLiteral("accountName")).toString();
    r.cloud = o.value(QStringLiteral("cloud")).toString();
    r.target = o.value(QStringLiteral("target")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.before = o.value(QStringLiteral("before")).toString();
    r.after = o.value(QStringLiteral("after")).toString();
    r.requestId = o.value(QStringLiteral("requestId")).toString();
    r.outcome = outcomeFromKey(o.value(QStringLiteral("outcome")).toString());
    r.detail = o.value(QStringLiteral("detail")).toString();
    return r;
}
