#include "http.h"

#include "domain/errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace docket::gateway {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers)
        if (key == name)
            return value;
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonValue& value)
{
    HttpResponse r;
    r.status = status;
    if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    r.body += '\n';
    return r;
}

HttpResponse HttpResponse::html(int status, const QByteArray& page)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message,
                                 const QString& field)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    HttpResponse r = json(status, QJsonObject{{QStringLiteral("error"), e}});
    r.errorCode = code;
    return r;
}

int statusFor(const DocketError& e)
{
    switch (e.code()) {
    case DocketError::Code::NotFound:
        return 404;
    case DocketError::Code::Invalid:
        return 422;
    case DocketError::Code::Forbidden:
        return 403;
    case DocketError::Code::Conflict:
        return 409;
    case DocketError::Code::Database:
        return 503;
    case DocketError::Code::Cancelled:
        return 500;
    }
    return 500;
}

QString codeFor(const DocketError& e)
{
    switch (e.code()) {
    case DocketError::Code::NotFound:
        return QStringLiteral("not_found");
    case DocketError::Code::Invalid:
        return QStringLiteral("invalid");
    case DocketError::Code::Forbidden:
        return QStringLiteral("forbidden");
    case DocketError::Code::Conflict:
        return QStringLiteral("conflict");
    case DocketError::Code::Database:
        return QStringLiteral("unavailable");
    case DocketError::Code::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

HttpResponse HttpResponse::fromError(const DocketError& e)
{
    HttpResponse r = error(statusFor(e), codeFor(e), e.message(), e.field());
    if (r.status == 503)
        r.addHeader("Retry-After", "5");
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

} // namespace docket::gateway
