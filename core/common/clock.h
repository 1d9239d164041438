#pragma once

#include <QDateTime>

#include <functional>

namespace OAuthDesk {

/**
 * Time as the core sees it. Expiry and refresh decisions read this clock, never the system clock
 * directly, so that tests can move time without sleeping.
 */
class Clock
{
public:
    using Source = std::function<QDateTime()>;

    Clock() = default;
    explicit Clock(Source source) : m_source(std::move(source)) { }

    QDateTime now() const { return m_source ? m_source() : QDateTime::currentDateTimeUtc(); }

private:
    Source m_source;
};

} // namespace OAuthDesk
