#pragma once

#include "http/exchangelog.h"
#include "http/httpclient.h"

namespace OAuthDesk::TaggedRequest {

/**
 * HttpClient::get() and HttpClient::postForm() with the request tagged for the HTTP exchange log
 * (ExchangeLog::tag()): what the request is for and whose account it serves. The request itself is
 * the same as the untagged one: same factory, headers and body.
 */
inline void get(const HttpClient *http, const QUrl &url, ExchangeLog::Kind kind,
                const QString &accountName, QObject *context, HttpClient::Callback callback)
{
    QNetworkRequest request = http->createRequest(url);
    ExchangeLog::tag(request, kind, accountName);
    http->send("GET", request, {}, context, std::move(callback));
}

inline void postForm(const HttpClient *http, const QUrl &url, const FormFields &form,
                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                     ExchangeLog::Kind kind, const QString &accountName, QObject *context,
                     HttpClient::Callback callback)
{
    QNetworkRequest request = http->createRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    for (const auto &h : extraHeaders)
        request.setRawHeader(h.first, h.second);
    ExchangeLog::tag(request, kind, accountName);
    http->send("POST", request, HttpClient::formEncode(form), context, std::move(callback));
}

} // namespace OAuthDesk::TaggedRequest
