#pragma once

#include <QImage>
#include <QString>

namespace tandem {

// A QR code (libqrencode, error correction M) as a black-on-white image with
// the standard four-module quiet zone, `moduleSize` pixels per module; null
// when the text cannot be encoded.
QImage roomQrImage(const QString& text, int moduleSize);

} // namespace tandem
