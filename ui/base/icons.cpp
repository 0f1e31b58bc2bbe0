#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace tandem {

namespace {

const QString iconDir = QStringLiteral(":/icons/actions/");

QByteArray readIcon(const QString& name) {
    QFile file(iconDir + name + QStringLiteral(".svg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray tint(QByteArray source, const QColor& color) {
    source.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    return source;
}

QColor colorFor(QIcon::Mode mode) {
    const QPalette palette = QApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

// Draws the SVG in the palette colour of the moment, so a theme change
// needs no reloading; pixmaps are cached by size, scale and colour.
class TintedIconEngine : public QIconEngine {
public:
    explicit TintedIconEngine(QString name, QByteArray source)
        : m_name(std::move(name))
        , m_source(std::move(source)) {}

    QIconEngine* clone() const override { return new TintedIconEngine(m_name, m_source); }
    QString key() const override { return QStringLiteral("TandemTintedIcon"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_source.isEmpty(); }
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // Qt 6.4's QIcon::pixmap(size, ratio) passes the size in device pixels
    // already; the ratio only labels the result.
    QPixmap scaledPixmap(const QSize& pixels, QIcon::Mode mode, QIcon::State,
                         qreal scale) override {
        const QColor color = colorFor(mode);
        const QString cacheKey = QStringLiteral("tandem-icon:%1:%2x%3:%4")
                                     .arg(m_name)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(color.rgba(), 8, 16);
        QPixmap result;
        if (!QPixmapCache::find(cacheKey, &result)) {
            QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QSvgRenderer renderer(tint(m_source, color));
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            // Square icons keep their proportions in a non-square request.
            const int side = std::min(pixels.width(), pixels.height());
            renderer.render(&painter, QRectF((pixels.width() - side) / 2.0,
                                             (pixels.height() - side) / 2.0, side, side));
            painter.end();
            result = QPixmap::fromImage(std::move(image));
            QPixmapCache::insert(cacheKey, result);
        }
        result.setDevicePixelRatio(scale);
        return result;
    }

private:
    QString m_name;
    QByteArray m_source;
};

} // namespace

QIcon Icons::icon(const QString& name) {
    QByteArray source = readIcon(name);
    if (source.isEmpty())
        return QIcon();
    return QIcon(new TintedIconEngine(name, std::move(source)));
}

QStringList Icons::names() {
    QStringList result;
    for (const QString& file : QDir(iconDir).entryList({QStringLiteral("*.svg")}, QDir::Files))
        result.append(file.chopped(4));
    return result;
}

QByteArray Icons::svg(const QString& name, const QColor& color) {
    return tint(readIcon(name), color);
}

QIcon Icons::dot(const QColor& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

} // namespace tandem
