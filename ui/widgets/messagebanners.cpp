#include "messagebanners.h"

#include "widgets/theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace OAuthDesk {

namespace {

QLabel *makeBanner(const char *name, Theme::Style style, const QString &accessibleName)
{
    auto *banner = new QLabel;
    banner->setObjectName(QLatin1String(name));
    Theme::apply(banner, style);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setAccessibleName(accessibleName);
    banner->hide();
    return banner;
}

} // namespace

MessageBanners::MessageBanners(QWidget *parent)
    : QWidget(parent),
      m_errorBanner(makeBanner("errorBanner", Theme::Style::ErrorBanner, tr("Error"))),
      m_warningBanner(makeBanner("warningBanner", Theme::Style::WarningBanner, tr("Warning")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_warningBanner);
    hide();
}

MessageBanners::~MessageBanners() = default;

QString MessageBanners::errorText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorBanner->text();
}

QString MessageBanners::warningText() const
{
    return m_warningBanner->isHidden() ? QString() : m_warningBanner->text();
}

void MessageBanners::setError(const QString &accountId, const QString &text)
{
    if (text.isEmpty())
        m_errors.remove(accountId);
    else
        m_errors.insert(accountId, text);
}

void MessageBanners::setWarning(const QString &accountId, const QString &text)
{
    if (text.isEmpty())
        m_warnings.remove(accountId);
    else
        m_warnings.insert(accountId, text);
}

void MessageBanners::forget(const QString &accountId)
{
    m_errors.remove(accountId);
    m_warnings.remove(accountId);
}

void MessageBanners::showFor(const QString &accountId)
{
    QString error = m_errors.value(QString());
    QString warning;
    if (!accountId.isEmpty()) {
        if (m_errors.contains(accountId))
            error = m_errors.value(accountId);
        warning = m_warnings.value(accountId);
    }
    if (warning.isEmpty())
        warning = m_warnings.value(QString()); // e.g. the request history could not be read
    m_errorBanner->setText(error);
    m_errorBanner->setVisible(!error.isEmpty());
    m_warningBanner->setText(warning);
    m_warningBanner->setVisible(!warning.isEmpty());
    setVisible(!error.isEmpty() || !warning.isEmpty());
}

} // namespace OAuthDesk
