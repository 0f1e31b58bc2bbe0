#include "roomqr.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace tandem {

QImage roomQrImage(const QString& text, int moduleSize) {
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || moduleSize < 1)
        return {};
    constexpr int quiet = 4;
    const int modules = code->width;
    const int side = (modules + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte: a dark module.
            if (code->data[y * modules + x] & 1)
                painter.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize,
                                 moduleSize, Qt::black);
        }
    }
    return image;
}

} // namespace tandem
