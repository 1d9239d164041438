#pragma once

#include "resource/resourceclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace OAuthDesk::DisplayText {

/// "14:05" in local time, with the date in front when `when` is not on the same day as `now`.
QString clockTime(const QDateTime &when, const QDateTime &now);

/// "in 12 min", "in 2 h 5 min", "in less than a minute", "3 min ago".
QString relativeTime(const QDateTime &when, const QDateTime &now);

/// The reason phrase of common HTTP statuses ("OK", "Unauthorized"), empty for others.
QString httpReasonPhrase(int status);

/// One line about a resource response: "200 OK · 35 ms · refreshed once".
QString responseSummary(const ResourceClient::Response &response);

/// A response body for reading: indented JSON when it parses as JSON, else the text as it came.
QString bodyForDisplay(const QByteArray &body);

} // namespace OAuthDesk::DisplayText
