// libFuzzer target: a GetRoutineCodeVersion answer taken apart by JsonStringMember. The input is
// an HTTP body; EsaClient::parseRoutineCodeVersion(HttpReply&&) (always on its fast path here,
// whatever the size) must give exactly what HttpTransport::parseJsonObject and the QJsonObject
// parser give: the same fields, or the same error. Where JsonStringMember finds a RoutineCode,
// it lies within the body, QJsonDocument reads the same value when it reads the body, and the
// body without the value is a JSON object exactly when the body is.
#include "tests/fuzz/FuzzCommon.h"

#include "app/esa/EsaClient.h"
#include "app/net/HttpTransport.h"
#include "app/net/JsonStringMember.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QLatin1StringView Key("RoutineCode");

HttpReply replyWith(const QByteArray &body)
{
    HttpReply reply;
    reply.status = 200;
    reply.body = body;
    reply.headers = {{QByteArrayLiteral("x-acs-request-id"), QByteArrayLiteral("EDBD3EB3-97DA-5465-AEF5-8DCA5DC5E395")}};
    return reply;
}

bool sameError(const ApiError &a, const ApiError &b)
{
    return a.service == b.service && a.kind == b.kind && a.httpStatus == b.httpStatus && a.code == b.code
            && a.message == b.message && a.requestId == b.requestId && a.rawBody == b.rawBody && a.retryable == b.retryable;
}

bool sameVersion(const RoutineCodeVersion &a, const RoutineCodeVersion &b)
{
    return a.routineName == b.routineName && a.codeVersion == b.codeVersion && a.description == b.description
            && a.createTime == b.createTime && a.routineCode == b.routineCode && a.requestId == b.requestId;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QString name = QStringLiteral("test-routine1");
    const QString version = QStringLiteral("1710120201067203242");

    const ApiResult<QJsonObject> json = HttpTransport::parseJsonObject(ApiError::Service::Esa, replyWith(body));
    const ApiResult<RoutineCodeVersion> whole = json.ok() ? EsaClient::parseRoutineCodeVersion(name, version, json.value())
                                                          : ApiResult<RoutineCodeVersion>(json.error());
    const ApiResult<RoutineCodeVersion> taking = EsaClient::parseRoutineCodeVersion(name, version, replyWith(body), 0);
    FUZZ_CHECK(taking.ok() == whole.ok(), "fast path %s, QJsonDocument path %s", taking.ok() ? "ok" : "failed",
               whole.ok() ? "ok" : "failed");
    if (whole.ok())
        FUZZ_CHECK(sameVersion(taking.value(), whole.value()), "the fast path read other fields (RoutineCode %lld vs %lld bytes)",
                   (long long)taking.value().routineCode.size(), (long long)whole.value().routineCode.size());
    else
        FUZZ_CHECK(sameError(taking.error(), whole.error()), "the fast path failed otherwise: %s / %s",
                   qPrintable(taking.error().summary()), qPrintable(whole.error().summary()));

    if (const std::optional<JsonStringMember> m = JsonStringMember::find(body, Key)) {
        FUZZ_CHECK(m->start > 0 && m->start <= m->end && m->end < body.size() && body.at(m->start - 1) == '"' && body.at(m->end) == '"',
                   "value at [%lld, %lld) of %lld bytes", (long long)m->start, (long long)m->end, (long long)body.size());
        QByteArray copy = body;
        const QByteArray value = m->take(std::move(copy));
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonDocument rest = QJsonDocument::fromJson(m->withoutValue(body));
        FUZZ_CHECK(doc.isObject() == rest.isObject(), "the body %s an object, without the value it %s",
                   doc.isObject() ? "is" : "is not", rest.isObject() ? "is" : "is not");
        if (doc.isObject()) {
            FUZZ_CHECK(doc.object().value(Key).toString().toLatin1() == value, "QJsonDocument reads another RoutineCode");
            FUZZ_CHECK(rest.object().value(Key) == QJsonValue(QString()), "the rest's RoutineCode is not the empty string");
        }
    }
    return 0;
}
