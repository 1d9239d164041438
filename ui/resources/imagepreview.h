#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace OAuthDesk {

/**
 * The Image tab of the ResponseView: a decoded image scaled down to fit (never up, and again as the
 * view is resized), under a line with its size and media type.
 */
class ImagePreview : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePreview(QWidget *parent = nullptr);

    /// Shows `image` (nothing when it is null) as an image of `mediaType`.
    void setImage(const QImage &image, const QByteArray &mediaType);
    QImage image() const { return m_image; }
    void clear();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePreview();

    QImage m_image;
    QScrollArea *m_area;
    QLabel *m_label;
    QLabel *m_info;
};

} // namespace OAuthDesk
