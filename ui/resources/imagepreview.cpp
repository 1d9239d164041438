#include "imagepreview.h"

#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace OAuthDesk {

ImagePreview::ImagePreview(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("imagePreview"));
    m_label->setAlignment(Qt::AlignCenter);
    m_area = new QScrollArea;
    m_area->setObjectName(QStringLiteral("imageArea"));
    m_area->setAccessibleName(tr("Image preview"));
    m_area->setWidgetResizable(true);
    m_area->setWidget(m_label);
    m_area->viewport()->installEventFilter(this);
    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("imageInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_area, 1);
}

void ImagePreview::setImage(const QImage &image, const QByteArray &mediaType)
{
    m_image = image;
    updatePreview();
    if (!m_image.isNull())
        m_info->setText(tr("%1 \u00d7 %2 pixels, %3")
                                .arg(m_image.width())
                                .arg(m_image.height())
                                .arg(QString::fromLatin1(mediaType)));
}

void ImagePreview::clear()
{
    m_image = QImage();
    m_label->clear();
    m_info->clear();
}

bool ImagePreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area->viewport() && event->type() == QEvent::Resize)
        updatePreview();
    return QWidget::eventFilter(watched, event);
}

void ImagePreview::updatePreview()
{
    if (m_image.isNull())
        return;
    const QSize available = m_area->viewport()->size();
    const bool fits =
            m_image.width() <= available.width() && m_image.height() <= available.height();
    const QImage shown = fits || available.isEmpty()
            ? m_image
            : m_image.scaled(available, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_label->setPixmap(QPixmap::fromImage(shown));
}

} // namespace OAuthDesk
