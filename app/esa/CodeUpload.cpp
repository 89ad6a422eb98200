#include "app/esa/CodeUpload.h"

#include "app/decode/RoutineCodeDecoder.h"

#include <QLocale>

CodeUpload::CodeUpload(Context context, QObject *parent)
    : RoutineChange(std::move(context), parent)
{
}

CodeUpload::Check CodeUpload::check(const QByteArray &code)
{
    Check c;
    c.size = code.size();
    if (code.size() > MaxCodeBytes) {
        c.problem = tr("The file is %1; an edge routine's code may be at most %2.")
                            .arg(QLocale().formattedDataSize(code.size()), QLocale().formattedDataSize(MaxCodeBytes));
        return c;
    }
    const DecodedCode decoded = RoutineCodeDecoder::fromBytes(code);
    c.kind = decoded.kind;
    switch (decoded.kind) {
    case DecodedCode::Kind::Empty:
        c.problem = tr("The file is empty.");
        break;
    case DecodedCode::Kind::StorageError:
        c.problem = tr("The file is a storage error document (%1), not code.").arg(decoded.storageErrorCode);
        break;
    case DecodedCode::Kind::JavaScript:
        break;
    case DecodedCode::Kind::TypeScript:
        c.warnings << tr("It looks like TypeScript: the edge runs JavaScript, so compile it first unless your plan builds it.");
        break;
    default:
        c.warnings << tr("It is %1, not a JavaScript module: an edge routine runs JavaScript.").arg(decoded.kindLabel());
        break;
    }
    for (DecodedCode::Warning w : decoded.warnings) {
        if (w == DecodedCode::Warning::EndsMidStructure || w == DecodedCode::Warning::TruncatedCharacter
            || w == DecodedCode::Warning::NotUtf8)
            c.warnings << DecodedCode::warningText(w);
    }
    return c;
}

void CodeUpload::start(const QByteArray &code, const QString &description)
{
    m_code = code;
    m_description = description;
    m_newVersion.clear();
    m_running = true;
    const Check c = check(code);
    if (!c.ok()) {
        endSoon(ChangeRecord::Outcome::NotSent, tr("Nothing was uploaded: %1").arg(c.problem));
        return;
    }
    emit progress(tr("Reading the routine's versions…"), 0, 4);
    readRoutine(
            [this](const RoutineSnapshot &now) {
                m_before.clear();
                for (const CodeVersion &v : now.versions)
                    m_before << v.codeVersion;
                if (m_stopRequested) {
                    end(ChangeRecord::Outcome::NotSent, tr("Stopped before anything was sent."));
                    return;
                }
                m_record = beginRecord(QStringLiteral("upload"), tr("%n version(s)", nullptr, int(m_before.size())),
                                       m_description.isEmpty() ? tr("a new version") : m_description);
                emit progress(tr("Asking where to upload…"), 1, 4);
                m_info = m_context.client->getRoutineStagingCodeUploadInfo(m_context.routine, m_description)
                                 .then(this, [this](const ApiResult<StagingUploadInfo> &r) {
                                     if (!r.ok()) {
                                         // Nothing exists yet that a lost answer could have made.
                                         const ChangeRecord::Outcome o = r.error().kind == ApiError::Kind::NotAllowed ? ChangeRecord::Outcome::NotSent
                                                 : r.error().outcomeUnknown()                                      ? ChangeRecord::Outcome::DidNotHappen
                                                                                                                   : ChangeRecord::Outcome::Refused;
                                         const QString message = tr("Nothing was uploaded: %1").arg(r.error().summary());
                                         finishRecord(m_record, o, {}, r.error().requestId, message);
                                         end(o, message, r.error());
                                         return;
                                     }
                                     upload(r.value());
                                 });
            },
            [this](const ApiError &e) {
                end(ChangeRecord::Outcome::NotSent, tr("Nothing was uploaded: the routine could not be read (%1).").arg(e.summary()), e);
            });
}

void CodeUpload::upload(const StagingUploadInfo &info)
{
    if (const auto max = EsaClient::policyMaxBytes(info); max && m_code.size() > *max) {
        const QString message = tr("Nothing was uploaded: the service accepts at most %1 and the file is %2.")
                                        .arg(QLocale().formattedDataSize(*max), QLocale().formattedDataSize(m_code.size()));
        finishRecord(m_record, ChangeRecord::Outcome::NotSent, {}, info.requestId, message);
        end(ChangeRecord::Outcome::NotSent, message);
        return;
    }
    emit progress(tr("Uploading %1…").arg(QLocale().formattedDataSize(m_code.size())), 2, 4);
    m_post = m_context.client->uploadStagingCode(info, m_code).then(this, [this](const ApiResult<HttpReply> &r) {
        if (!r.ok()) {
            // An upload alone changes nothing the user sees: no version exists until the commit.
            const ChangeRecord::Outcome o = r.error().kind == ApiError::Kind::NotAllowed ? ChangeRecord::Outcome::NotSent
                    : r.error().outcomeUnknown()                                      ? ChangeRecord::Outcome::DidNotHappen
                                                                                      : ChangeRecord::Outcome::Refused;
            const QString message = tr("The upload failed, no version was made: %1").arg(r.error().summary());
            finishRecord(m_record, o, {}, r.error().requestId, message);
            end(o, message, r.error());
            return;
        }
        commit();
    });
}

void CodeUpload::commit()
{
    emit progress(tr("Making the new version…"), 3, 4);
    m_commit = m_context.client->commitRoutineStagingCode(m_context.routine, m_description).then(this, [this](const ApiResult<CommittedVersion> &r) {
        if (r.ok()) {
            committed(r.value().codeVersion, r.value().requestId);
            return;
        }
        if (r.error().code == QLatin1String("CodeVersionNumberExceedQuotaLimit")) {
            const QString message = tr("The routine keeps no more versions (%1).").arg(r.error().summary());
            finishRecord(m_record, ChangeRecord::Outcome::Refused, {}, r.error().requestId, message);
            readRoutine(
                    [this, message, error = r.error()](const RoutineSnapshot &now) {
                        const QList<CodeVersion> candidates = now.undeployedOldestFirst();
                        end(ChangeRecord::Outcome::Refused, message, error);
                        emit quotaFull(candidates);
                    },
                    [this, message, error = r.error()](const ApiError &) { end(ChangeRecord::Outcome::Refused, message, error); });
            return;
        }
        afterFailedWrite(r.error(), m_record, [this](const RoutineSnapshot &now) {
            for (const CodeVersion &v : now.versions) {
                if (!m_before.contains(v.codeVersion)) {
                    m_newVersion = v.codeVersion;
                    return std::pair{ChangeRecord::Outcome::Happened, tr("The answer was lost, but the new version %1 is there.").arg(v.codeVersion)};
                }
            }
            return std::pair{ChangeRecord::Outcome::DidNotHappen, tr("The answer was lost and no new version was made.")};
        });
    });
}

void CodeUpload::committed(const QString &codeVersion, const QString &requestId)
{
    m_newVersion = codeVersion;
    const QString message = tr("The new version %1 is there.").arg(codeVersion);
    finishRecord(m_record, ChangeRecord::Outcome::Done, codeVersion, requestId, message);
    readRoutine([this, message](const RoutineSnapshot &) { end(ChangeRecord::Outcome::Done, message); },
                [this, message](const ApiError &) { end(ChangeRecord::Outcome::Done, message); });
}

void CodeUpload::makeRoomAndCommit(const QList<CodeVersion> &versions)
{
    m_running = true;
    delete m_deletion;
    m_deletion = new VersionDeletion(m_context, this);
    connect(m_deletion, &RoutineChange::progress, this, &RoutineChange::progress);
    connect(m_deletion, &RoutineChange::finished, this, [this](ChangeRecord::Outcome outcome, const QString &message) {
        if (outcome != ChangeRecord::Outcome::Done && outcome != ChangeRecord::Outcome::Happened) {
            end(outcome, tr("No room was made: %1").arg(message), m_deletion->error());
            return;
        }
        // The code is still staged: only the commit goes again, as a change of its own.
        m_record = beginRecord(QStringLiteral("upload"), tr("%n version(s)", nullptr, int(m_before.size() - m_deletion->deleted().size())),
                               m_description.isEmpty() ? tr("a new version") : m_description);
        for (const QString &v : m_deletion->deleted())
            m_before.removeAll(v);
        commit();
    });
    m_deletion->start(versions);
}
