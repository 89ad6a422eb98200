#include "app/emulator/alibaba/OssService.h"

#include "app/emulator/server/MultipartForm.h"
#include "app/emulator/alibaba/OssPostPolicy.h"
#include "app/net/Digest.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QXmlStreamWriter>

namespace {

QByteArray newRequestId()
{
    // OSS request ids: 24 upper-case hex digits.
    return QUuid::createUuid().toRfc4122().toHex().left(24).toUpper();
}

// OSS takes a callback only as base64 JSON naming at least callbackUrl and callbackBody.
bool validCallback(const QString &callback)
{
    const auto decoded = QByteArray::fromBase64Encoding(callback.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    return !o.value(QStringLiteral("callbackUrl")).toString().isEmpty()
            && !o.value(QStringLiteral("callbackBody")).toString().isEmpty();
}

// A PostObject form: the fields but the file, by lower-case name, and the file's bytes.
struct PostForm
{
    QHash<QString, QString> fields;
    QByteArray file;
};

// Why OSS turns a form away, or nothing when it goes on.
using Refusal = std::optional<EmulatorResponse>;

Refusal readBody(const HttpRequestParts &request, MultipartForm *form)
{
    const QByteArray boundary = MultipartForm::boundary(request.header(QByteArrayLiteral("content-type")));
    if (boundary.isEmpty())
        return OssService::error(request, 400, QStringLiteral("RequestIsNotMultiPartContent"),
                                 QStringLiteral("Bucket POST must be of the enclosure-type multipart/form-data."));
    *form = MultipartForm::parse(request.body, boundary);
    if (!form->ok())
        return OssService::error(request, 400, QStringLiteral("MalformedPOSTRequest"),
                                 QStringLiteral("The body of your POST request is not well-formed multipart/form-data: %1.").arg(form->error));
    return std::nullopt;
}

// Field names are case-insensitive; every field but the file is at most 4 KB and appears once.
Refusal readFields(const HttpRequestParts &request, const MultipartForm &form, PostForm *post)
{
    int files = 0;
    qsizetype fileIndex = -1;
    for (qsizetype i = 0; i < form.fields.size(); ++i) {
        const MultipartField &f = form.fields.at(i);
        const QString name = QString::fromUtf8(f.name).toLower();
        if (name == QLatin1String("file")) {
            ++files;
            fileIndex = i;
            continue;
        }
        if (f.data.size() > OssService::MaxFieldBytes)
            return OssService::error(request, 400, QStringLiteral("FieldItemTooLong"),
                                     QStringLiteral("Your POST request fields preceding the upload file were too large: %1 has %2 bytes, at most %3 are allowed.")
                                             .arg(QString::fromUtf8(f.name)).arg(f.data.size()).arg(OssService::MaxFieldBytes));
        if (post->fields.contains(name))
            return OssService::error(request, 400, QStringLiteral("MalformedPOSTRequest"),
                                     QStringLiteral("The body of your POST request is not well-formed multipart/form-data: the field %1 appears twice.")
                                             .arg(QString::fromUtf8(f.name)));
        const QString value = QString::fromUtf8(f.data);
        post->fields.insert(name, value.isNull() ? QStringLiteral("") : value);
    }
    if (files != 1)
        return OssService::error(request, 400, QStringLiteral("IncorrectNumberOfFilesInPOSTRequest"),
                                 QStringLiteral("POST requires exactly one file upload per request (this one has %1).").arg(files));
    if (fileIndex != form.fields.size() - 1)
        return OssService::error(request, 400, QStringLiteral("MalformedPOSTRequest"),
                                 QStringLiteral("The body of your POST request is not well-formed multipart/form-data: the file field must be the last field."));
    post->file = form.fields.at(fileIndex).data;
    return std::nullopt;
}

// The object's key and what a signed upload needs.
Refusal missingFieldRefusal(const HttpRequestParts &request, const PostForm &post)
{
    if (post.fields.value(QStringLiteral("key")).isEmpty())
        return OssService::error(request, 400, QStringLiteral("InvalidArgument"), QStringLiteral("Bucket POST must contain a field named 'key'."),
                                 {{QStringLiteral("ArgumentName"), QStringLiteral("key")}});
    for (const char *name : {"OSSAccessKeyId", "policy", "Signature"}) {
        if (post.fields.value(QString::fromLatin1(name).toLower()).isEmpty())
            return OssService::error(request, 403, QStringLiteral("AccessDenied"),
                                     QStringLiteral("Anonymous access is forbidden for this bucket: the form has no %1 (a signed upload needs OSSAccessKeyId, policy and Signature).")
                                             .arg(QLatin1String(name)));
    }
    return std::nullopt;
}

// The form's key is a staged upload's, and its policy is signed with that key's secret.
Refusal signatureRefusal(const HttpRequestParts &request, const PostForm &post, const StagedUpload *upload)
{
    const QString accessKeyId = post.fields.value(QStringLiteral("ossaccesskeyid"));
    // An STS key without its x-oss-security-token is unknown to OSS: the same answer as a key
    // that never existed (OSS's help page for exactly this mistake shows it).
    const bool tokenSent = post.fields.contains(QStringLiteral("x-oss-security-token"));
    if (!upload || (!upload->securityToken.isEmpty() && !tokenSent))
        return OssService::error(request, 403, QStringLiteral("InvalidAccessKeyId"),
                                 QStringLiteral("The OSS Access Key Id you provided does not exist in our records."),
                                 {{QStringLiteral("OSSAccessKeyId"), accessKeyId}});
    // OSS EC 0002-00000006: the token does not belong to the key.
    const QByteArray token = post.fields.value(QStringLiteral("x-oss-security-token")).toUtf8();
    if (tokenSent && !Digest::constantTimeEquals(token, upload->securityToken.toUtf8()))
        return OssService::error(request, 403, QStringLiteral("InvalidSecurityToken"),
                                 QStringLiteral("The security token you provided is invalid."),
                                 {{QStringLiteral("OSSAccessKeyId"), accessKeyId}});
    const QByteArray policyText = post.fields.value(QStringLiteral("policy")).toUtf8();
    const QByteArray signature = post.fields.value(QStringLiteral("signature")).toUtf8();
    if (!Digest::constantTimeEquals(OssPostPolicy::sign(upload->accessKeySecret, policyText), signature))
        return OssService::error(request, 403, QStringLiteral("SignatureDoesNotMatch"),
                                 QStringLiteral("The request signature we calculated does not match the signature you provided. Check your key and signing method."),
                                 {{QStringLiteral("OSSAccessKeyId"), accessKeyId},
                                  {QStringLiteral("SignatureProvided"), QString::fromUtf8(signature)},
                                  {QStringLiteral("StringToSign"), QString::fromUtf8(policyText)}});
    return std::nullopt;
}

// The policy parses, has not expired, and the form and the file meet its conditions.
Refusal policyRefusal(const HttpRequestParts &request, const PostForm &post, const QByteArray &bucket, const QDateTime &now)
{
    QString why;
    const std::optional<OssPostPolicy> policy = OssPostPolicy::parse(post.fields.value(QStringLiteral("policy")).toUtf8(), &why);
    if (!policy)
        return OssService::error(request, 400, QStringLiteral("InvalidPolicyDocument"), why);
    if (policy->expiredAt(now))
        return OssService::error(request, 403, QStringLiteral("AccessDenied"), QStringLiteral("Invalid according to Policy: Policy expired."));
    const qsizetype size = post.file.size();
    QString failed;
    const auto field = [&](const QString &name) {
        if (name == QLatin1String("bucket"))
            return QString::fromUtf8(bucket);
        return post.fields.contains(name) ? post.fields.value(name) : QString();
    };
    switch (policy->check(field, size, &failed)) {
    case OssPostPolicy::Verdict::TooLarge:
        return OssService::error(request, 400, QStringLiteral("EntityTooLarge"),
                                 QStringLiteral("Your proposed upload exceeds the maximum allowed size: %1 bytes against %2.").arg(size).arg(failed));
    case OssPostPolicy::Verdict::TooSmall:
        return OssService::error(request, 400, QStringLiteral("EntityTooSmall"),
                                 QStringLiteral("Your proposed upload is smaller than the minimum allowed size: %1 bytes against %2.").arg(size).arg(failed));
    case OssPostPolicy::Verdict::ConditionFailed:
        return OssService::error(request, 403, QStringLiteral("AccessDenied"),
                                 QStringLiteral("Invalid according to Policy: Policy Condition failed: %1").arg(failed));
    case OssPostPolicy::Verdict::Satisfied:
        break;
    }
    return std::nullopt;
}

} // namespace


OssService::OssService(RoutineStore &routines)
    : m_routines(routines)
{
}

bool OssService::accepts(const HttpRequestParts &request)
{
    return request.path.startsWith(PathPrefix);
}

EmulatorResponse OssService::error(const HttpRequestParts &request, int status, const QString &code, const QString &message,
                                   const QList<QPair<QString, QString>> &extra)
{
    const QByteArray requestId = newRequestId();
    QByteArray host = request.header(QByteArrayLiteral("host"));
    if (host.isEmpty())
        host = QByteArrayLiteral("oss-cn-hangzhou.aliyuncs.com");
    EmulatorResponse r;
    r.status = status;
    QXmlStreamWriter xml(&r.body);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(QStringLiteral("Code"), code);
    xml.writeTextElement(QStringLiteral("Message"), message);
    xml.writeTextElement(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
    xml.writeTextElement(QStringLiteral("HostId"), QString::fromUtf8(host));
    for (const auto &e : extra)
        xml.writeTextElement(e.first, e.second);
    xml.writeEndElement();
    xml.writeEndDocument();
    r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")},
                 {QByteArrayLiteral("x-oss-request-id"), requestId}};
    return r;
}

EmulatorResponse OssService::faultResponse(FaultKind kind, const HttpRequestParts &request) const
{
    if (kind == FaultKind::ServerError)
        return error(request, 500, QStringLiteral("InternalError"), QStringLiteral("We encountered an internal error. Please try again."));
    return error(request, 503, QStringLiteral("ServiceUnavailable"), QStringLiteral("Please reduce your request rate."));
}

EmulatorResponse OssService::handle(const HttpRequestParts &request, const QDateTime &now)
{
    QByteArray bucket = request.path.mid(qsizetype(qstrlen(PathPrefix)));
    while (bucket.endsWith('/'))
        bucket.chop(1);
    if (bucket != RoutineStore::StagingBucket)
        return error(request, 404, QStringLiteral("NoSuchBucket"), QStringLiteral("The specified bucket does not exist."),
                     {{QStringLiteral("BucketName"), QString::fromUtf8(bucket)}});
    if (request.method != "POST")
        return error(request, 405, QStringLiteral("MethodNotAllowed"),
                     QStringLiteral("The specified method is not allowed against this resource."),
                     {{QStringLiteral("Method"), QString::fromLatin1(request.method)}, {QStringLiteral("ResourceType"), QStringLiteral("Bucket")}});

    MultipartForm form;
    if (Refusal refusal = readBody(request, &form))
        return *refusal;
    PostForm post;
    if (Refusal refusal = readFields(request, form, &post))
        return *refusal;
    if (Refusal refusal = missingFieldRefusal(request, post))
        return *refusal;
    StagedUpload *upload = m_routines.stagedUploadFor(post.fields.value(QStringLiteral("ossaccesskeyid")));
    if (Refusal refusal = signatureRefusal(request, post, upload))
        return *refusal;
    if (Refusal refusal = policyRefusal(request, post, bucket, now))
        return *refusal;
    const QString callback = post.fields.value(QStringLiteral("callback"));
    if (!callback.isEmpty() && !validCallback(callback))
        return error(request, 400, QStringLiteral("InvalidArgument"), QStringLiteral("The callback configuration is not json format."),
                     {{QStringLiteral("ArgumentName"), QStringLiteral("callback")}});

    const QByteArray requestId = newRequestId();
    const HeaderList headers{{QByteArrayLiteral("x-oss-request-id"), requestId},
                             {QByteArrayLiteral("ETag"), '"' + QCryptographicHash::hash(post.file, QCryptographicHash::Md5).toHex().toUpper() + '"'}};
    if (upload->assets) {
        // The assets way has no commit: the build starts once the zip is in the bucket.
        m_routines.assetsZipArrived(*upload, post.file);
    } else {
        upload->uploaded = true;
        upload->object = post.file;
        upload->postedDescription = post.fields.value(QStringLiteral("x:codedescription"));
    }
    if (!callback.isEmpty()) // the callback reached the edge-routine service (in-process here)
        return EmulatorResponse::json(200, {{QStringLiteral("Status"), QStringLiteral("OK")}}, headers);
    EmulatorResponse r;
    r.status = 204;
    r.headers = headers;
    return r;
}
