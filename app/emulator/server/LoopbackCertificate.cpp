#include "app/emulator/server/LoopbackCertificate.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

template<typename T, void (*Free)(T *)>
struct Freer
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Freer<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using BigNum = std::unique_ptr<BIGNUM, Freer<BIGNUM, BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Freer<X509_EXTENSION, X509_EXTENSION_free>>;

// What OpenSSL said last, for the one line the emulator prints when it cannot start TLS.
QString openSslError(const char *step)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1String(step), QLatin1String(text));
}

// A random positive 127-bit serial: certificates of two runs never share issuer and serial,
// which clients that cache certificates would take for the same certificate.
bool setRandomSerial(X509 *cert)
{
    const BigNum serial(BN_new());
    return serial && BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1
            && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool setSubject(X509 *cert, const char *commonName)
{
    X509_NAME *name = X509_get_subject_name(cert);
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("CloudCodes emulator"), -1, -1, 0) == 1
            && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0) == 1;
}

// One X.509v3 extension in OpenSSL's configuration syntax ("critical,CA:TRUE").
bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

struct Extensions
{
    const char *basicConstraints;
    const char *keyUsage;
    const char *extendedKeyUsage; // null: none
    const char *subjectAltName;   // null: none
};

bool addExtensions(X509 *cert, X509 *issuer, const Extensions &e)
{
    bool ok = addExtension(cert, issuer, NID_basic_constraints, e.basicConstraints)
            && addExtension(cert, issuer, NID_key_usage, e.keyUsage)
            && addExtension(cert, issuer, NID_subject_key_identifier, "hash");
    if (ok && issuer != cert)
        ok = addExtension(cert, issuer, NID_authority_key_identifier, "keyid:always");
    if (ok && e.extendedKeyUsage)
        ok = addExtension(cert, issuer, NID_ext_key_usage, e.extendedKeyUsage);
    if (ok && e.subjectAltName)
        ok = addExtension(cert, issuer, NID_subject_alt_name, e.subjectAltName);
    return ok;
}

// A certificate for `key`, signed by `issuerKey` as `issuer` (null: self-signed).
Cert makeCertificate(const char *commonName, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey, int days,
                     const Extensions &extensions, QString *error)
{
    Cert cert(X509_new());
    const bool made = cert && X509_set_version(cert.get(), 2) == 1 // X.509 v3
            && setRandomSerial(cert.get())
            && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
            && X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 86400)
            && X509_set_pubkey(cert.get(), key) == 1
            && setSubject(cert.get(), commonName);
    X509 *signer = issuer ? issuer : cert.get();
    if (!made || X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1
        || !addExtensions(cert.get(), signer, extensions)
        || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0) {
        *error = openSslError("cannot make the certificate");
        return nullptr;
    }
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

// The traditional "EC PRIVATE KEY" PEM, the one every Qt TLS backend reads.
QByteArray privateKeyPem(EVP_PKEY *key)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

} // namespace

LoopbackCertificate LoopbackCertificate::make(int days, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    // EC P-256: generated in a millisecond (RSA 2048 takes a noticeable part of a second).
    const Key caKey(EVP_EC_gen("P-256"));
    const Key serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey) {
        why = openSslError("cannot make a key");
        return LoopbackCertificate();
    }
    const Cert ca = makeCertificate("CloudCodes emulator CA (this run only)", caKey.get(), nullptr, caKey.get(), days,
                                    {"critical,CA:TRUE,pathlen:0", "critical,keyCertSign,cRLSign", nullptr, nullptr}, &why);
    if (!ca)
        return LoopbackCertificate();
    const Cert server = makeCertificate("127.0.0.1", serverKey.get(), ca.get(), caKey.get(), days,
                                        {"critical,CA:FALSE", "critical,digitalSignature", "serverAuth",
                                         "IP:127.0.0.1,DNS:localhost"}, &why);
    if (!server)
        return LoopbackCertificate();
    LoopbackCertificate made;
    made.authority = QSslCertificate(certificatePem(ca.get()), QSsl::Pem);
    made.server = QSslCertificate(certificatePem(server.get()), QSsl::Pem);
    made.serverKey = QSslKey(privateKeyPem(serverKey.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (made.isNull()) {
        why = QStringLiteral("Qt cannot read the certificate OpenSSL made");
        return LoopbackCertificate();
    }
    return made;
}

QSslConfiguration LoopbackCertificate::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(server);
    configuration.setPrivateKey(serverKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    return configuration;
}
