#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace docket {
class DocketError;
}

// The gateway's view of HTTP: a request as the server thread read it and a
// response as a handler returns it. Plain values, so a request can travel to a
// worker thread and its response back (see httpserver.h).
namespace docket::gateway {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    HeaderList headers; // names in lower case, in the order they came
    QByteArray body;
    QHostAddress remote;   // the peer (or, behind a trusted proxy, X-Forwarded-For)
    bool secure = false;   // arrived over TLS
    quint64 id = 0;        // this process's request number, for the access log
    qint64 receivedNs = 0; // steady clock, when the server thread had the whole request

    // Path parameters ("{channel}") filled in by the router.
    QHash<QString, QString> params;

    // The first header `name` (lower case), or an empty array.
    QByteArray header(QByteArrayView name) const;
    QString param(const QString& name) const { return params.value(name); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    HeaderList headers;
    QByteArray body;
    bool closeConnection = false;

    // For the access log: who called (an API key's name) and the error code.
    QString principal;
    qint64 keyId = 0;
    QString errorCode;

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(QPair<QByteArray, QByteArray>(name, value));
    }

    static HttpResponse json(int status, const QJsonValue& value);
    static HttpResponse html(int status, const QByteArray& page);
    // {"error": {"code": ..., "message": ..., "field": ...}}; `field` only when set.
    static HttpResponse error(int status, const QString& code, const QString& message,
                              const QString& field = {});
    // A store's error with the status that fits its code (404, 422, 403, 409, 503).
    static HttpResponse fromError(const DocketError& e);
};

// "OK", "Not Found", ... for the status line.
QByteArray reasonPhrase(int status);
// The status that fits a store error, and its code word ("not_found", ...).
int statusFor(const DocketError& e);
QString codeFor(const DocketError& e);

} // namespace docket::gateway
