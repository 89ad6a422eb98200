// libFuzzer target: the APIG and IAM answer parsers. The input is an HTTP body: it goes through
// HttpTransport::parseJsonObject and QJsonDocument::fromJson; when it is an object, through
// ApigClient's page and credential-context parsers and IamTokenProvider::parse; and always through ApiError::fromHttp.
#include "tests/fuzz/FuzzCommon.h"

#include "app/apig/ApigClient.h"
#include "app/apig/IamTokenProvider.h"
#include "app/async/ApiError.h"
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

template <typename Page>
void checkPage(const ApiResult<Page> &r)
{
    touch(r);
    if (r.ok())
        FUZZ_CHECK(r.value().page.size >= 0 && r.value().page.limit >= 1 && r.value().page.limit <= 500
                       && r.value().page.offset >= 0,
                   "page info out of range: size %d offset %lld limit %lld", r.value().page.size,
                   (long long)r.value().page.offset, (long long)r.value().page.limit);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    HttpReply reply;
    reply.status = 200;
    reply.body = body;
    reply.headers = {{QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("6ff4ec4a1b5c0f00b9f0b8c6b1a0f2e1")}};
    const ApiResult<QJsonObject> parsed = HttpTransport::parseJsonObject(ApiError::Service::Apig, reply);
    touch(parsed);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    FUZZ_CHECK(parsed.ok() == doc.isObject(), "parseJsonObject and QJsonDocument disagree on whether it is an object");
    if (doc.isObject()) {
        const QJsonObject obj = doc.object();
        const ApigPageInfo sent{};
        ApigPageInfo odd;
        odd.offsetSent = -5;
        odd.limitSent = 100000;
        odd.offset = ApigPageInfo::normaliseOffset(odd.offsetSent);
        odd.limit = ApigPageInfo::normaliseLimit(odd.limitSent);
        for (const ApigPageInfo &info : {sent, odd}) {
            checkPage(ApigClient::parseInstancePage(info, reply, obj));
            checkPage(ApigClient::parseAppPage(info, reply, obj));
            checkPage(ApigClient::parseAppCodePage(info, HttpReply{}, obj));
            checkPage(ApigClient::parseEnvPage(info, reply, obj));
            checkPage(ApigClient::parseAuthorizedApiPage(info, reply, obj));
        }
        // The credential context's single objects (issue #25).
        touch(ApigClient::parseApiDetail(obj));
        touch(ApigClient::parseGroupDetail(obj));
        touch(ApigClient::parseAppAcl(obj));
        touch(ApigClient::parseAppDetail(obj));
        const ApiResult<ApigBoundQuota> quota = ApigClient::parseBoundQuota(obj);
        touch(quota);
        if (quota.ok() && quota.value().bound)
            FUZZ_CHECK(quota.value().callLimits >= 0 && quota.value().timeInterval >= 0, "a quota with a negative count was accepted");

        touch(IamTokenProvider::parse(HttpReply{}, obj));
        HttpReply issued;
        issued.status = 201;
        issued.headers = {{QByteArrayLiteral("X-Subject-Token"), QByteArrayLiteral("MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEw")}};
        const ApiResult<IamToken> token = IamTokenProvider::parse(issued, obj);
        touch(token);
        if (token.ok())
            FUZZ_CHECK(!token.value().token.isEmpty() && token.value().expiresAt.isValid(),
                       "IamTokenProvider::parse accepted a token without value or expiry");
    }

    touch(ApiError::fromHttp(ApiError::Service::Apig, 400, body, {}));
    touch(ApiError::fromHttp(ApiError::Service::Apig, 401, body, reply.headers));
    touch(ApiError::fromHttp(ApiError::Service::Iam, 401, body, {}));
    return 0;
}
