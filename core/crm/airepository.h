// AiRepository: the only code that knows the AI tables of migration 7: what each provider and
// model cost per month (ai_spend) and translations saved beside the text they translate.
// Neither is synced: spend is this machine's, and a translation can be made again.
#pragma once

#include "database.h"

#include <QList>

namespace OmniCrm {

/// One translation kept beside its original (an activity, a message…).
struct SavedTranslation
{
    QString id;
    QString sourceKind; // "activity", "message", …
    QString sourceId;
    QString language; // "ar", "en"
    QString text;
    QString provider;
    QString model;
    qint64 createdAt = 0; // Unix ms
};

class AiRepository
{
public:
    explicit AiRepository(Database &db);

    /// Adds one call's cost and tokens to the month's row for that provider and model.
    Status addSpend(const QString &month, const QString &provider, const QString &model, qint64 costMicros,
                    qint64 promptTokens, qint64 completionTokens);
    /// The month's spend over every provider, in micro-units of the cap currency.
    Result<qint64> spendMicros(const QString &month) const;

    Status insertTranslation(const SavedTranslation &translation);
    /// Translations of one source, newest first.
    Result<QList<SavedTranslation>> translationsOf(const QString &sourceKind, const QString &sourceId) const;

private:
    Database &m_db;
};

} // namespace OmniCrm
