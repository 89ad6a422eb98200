// libFuzzer target: the ESA answer parsers. The input is an HTTP body: it goes through
// HttpTransport::parseJsonObject (what the client does) and QJsonDocument::fromJson; when it is
// an object, through every EsaClient static parser; and always through ApiError::fromHttp.
#include "tests/fuzz/FuzzCommon.h"

#include "app/esa/EsaClient.h"
#include "app/async/ApiError.h"
#include "app/net/CloudTime.h"
#include "app/net/HttpTransport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

void touch(const ApiError &e)
{
    (void)e.summary();
    (void)e.details();
    (void)ApiError::kindName(e.kind);
    FUZZ_CHECK(e.rawBody.size() <= ApiError::MaxRawBody, "ApiError.rawBody of %lld bytes exceeds MaxRawBody",
               (long long)e.rawBody.size());
}

template <typename T>
void touch(const ApiResult<T> &r)
{
    if (!r.ok())
        touch(r.error());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    HttpReply reply;
    reply.status = 200;
    reply.body = body;
    reply.headers = {{QByteArrayLiteral("x-acs-request-id"), QByteArrayLiteral("EDBD3EB3-97DA-5465-AEF5-8DCA5DC5E395")}};
    const ApiResult<QJsonObject> parsed = HttpTransport::parseJsonObject(ApiError::Service::Esa, reply);
    touch(parsed);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    FUZZ_CHECK(parsed.ok() == doc.isObject(), "parseJsonObject and QJsonDocument disagree on whether it is an object");
    if (doc.isObject()) {
        const QJsonObject obj = doc.object();
        touch(EsaClient::parseRoutinePage(HttpReply{}, obj));
        touch(EsaClient::parseRoutinePage(reply, obj));
        touch(EsaClient::parseRoutineDetail(QStringLiteral("test-routine1"), obj));
        touch(EsaClient::parseCodeVersionPage(obj));
        touch(EsaClient::parseRoutineCodeVersion(QStringLiteral("test-routine1"), QStringLiteral("1710120201067203242"), obj));
        touch(EsaClient::parseRoutineUserInfo(obj));
    }

    touch(ApiError::fromHttp(ApiError::Service::Esa, 400, body, {}));
    touch(ApiError::fromHttp(ApiError::Service::Esa, 503, body, reply.headers));

    // The small string parsers the client applies to fields.
    const QString text = QString::fromUtf8(body.left(256));
    (void)EsaClient::decodeDescription(text);
    (void)CloudTime::parse(text);
    return 0;
}
