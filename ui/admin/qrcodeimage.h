// A QR code (libqrencode) as a black-on-white image, for the otpauth:// URI of two-factor
// enrolment. Always left-to-right: a QR code is never mirrored.
#pragma once

#include <QImage>
#include <QString>

namespace OmniCrm {

/// The code of `text` (UTF-8, error correction M) with `moduleSize` pixels per module and a quiet
/// zone of `margin` modules; a null image when the text does not fit a QR code.
QImage qrCodeImage(const QString &text, int moduleSize = 6, int margin = 4);

} // namespace OmniCrm
