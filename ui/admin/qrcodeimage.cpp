#include "qrcodeimage.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace OmniCrm {

QImage qrCodeImage(const QString &text, int moduleSize, int margin)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    const int side = (code->width + 2 * margin) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + margin) * moduleSize, (y + margin) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
    return image;
}

} // namespace OmniCrm
