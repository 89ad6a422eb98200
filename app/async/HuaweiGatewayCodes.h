// What the error codes of Huawei's gateways mean to a client. One table for the dedicated APIG
// (APIG.*), the API gateway in front of every Huawei Cloud API (APIGW.*) and ROMA Connect
// (APIC.*, the same numbers): which say "the token is dead, get a new one" and which say "slow
// down". From the gateways' "API error codes" appendices:
//   0301 (401) Incorrect IAM authentication information (e.g. "decrypt token fail": expired, revoked)
//   0307 (401) The token must be updated / The token expires
//   1002 (401) Incorrect token or token resolution failed (APIG's management API)
//   0308 (429) The throttling threshold has been reached
#pragma once

#include <QString>

namespace HuaweiGatewayCodes {

// A 401 that refuses the IAM token itself: the request was not carried out, and a fresh token
// may succeed. Never true for other statuses (a 403 APIG.1005 is a missing permission).
bool isTokenRefusal(int httpStatus, const QString &code);
// Throttled, whatever the status says: APIG.0308, APIGW.0308, APIC.0308.
bool isThrottling(const QString &code);
// "APIG.0304", "APIGW.0304" or ROMA Connect's "APIC.0304" → "0304"; empty for any other code.
QString numberOf(const QString &code);

} // namespace HuaweiGatewayCodes
