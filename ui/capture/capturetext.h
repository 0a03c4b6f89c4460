// CaptureText: the words of the lead-capture page that several of its widgets share: lead types,
// priorities and languages with their stored keys, who produced a value, and the buyer types'
// texts in the interface's language.
#pragma once

#include "buyertype.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace OmniCrm {

struct CaptureText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::CaptureText)
public:
    /// (stored key, name) in menu order.
    static QList<std::pair<QString, QString>> leadTypes();
    static QList<std::pair<QString, QString>> priorities();
    static QList<std::pair<QString, QString>> languages();
    /// The extractor's priority (high medium low) as the lead stores it (high normal low).
    static QString leadPriority(const QString &extracted);
    /// "Offline engine" for the built-in one, else "provider · model".
    static QString producer(const QString &producer);
    /// Arabic unless the interface is in another language.
    static bool arabic();
    static QString buyerTypeName(BuyerType type);
    static QString approach(BuyerType type);
    static QString risk(BuyerType type);
};

} // namespace OmniCrm
