// The records pages main.cpp adds to the navigation, one per kind: the same RecordListPage over
// its own kind. LeadsPage's detail and menu also convert (RecordEditor::convertLead);
// ActivitiesPage's mark an activity done.
#pragma once

#include "recordlistpage.h"

namespace OmniCrm {

class ContactsPage : public RecordListPage
{
    Q_OBJECT
public:
    ContactsPage(CrmStore &store, BackgroundStore &reader, RecordEditor &editor, QWidget *parent = nullptr)
        : RecordListPage(RecordKind::Contact, store, reader, editor, parent)
    {
    }
};

class CompaniesPage : public RecordListPage
{
    Q_OBJECT
public:
    CompaniesPage(CrmStore &store, BackgroundStore &reader, RecordEditor &editor, QWidget *parent = nullptr)
        : RecordListPage(RecordKind::Company, store, reader, editor, parent)
    {
    }
};

class LeadsPage : public RecordListPage
{
    Q_OBJECT
public:
    LeadsPage(CrmStore &store, BackgroundStore &reader, RecordEditor &editor, QWidget *parent = nullptr)
        : RecordListPage(RecordKind::Lead, store, reader, editor, parent)
    {
    }
};

class ProductsPage : public RecordListPage
{
    Q_OBJECT
public:
    ProductsPage(CrmStore &store, BackgroundStore &reader, RecordEditor &editor, QWidget *parent = nullptr)
        : RecordListPage(RecordKind::Product, store, reader, editor, parent)
    {
    }
};

class ActivitiesPage : public RecordListPage
{
    Q_OBJECT
public:
    ActivitiesPage(CrmStore &store, BackgroundStore &reader, RecordEditor &editor, QWidget *parent = nullptr)
        : RecordListPage(RecordKind::Activity, store, reader, editor, parent)
    {
    }
};

} // namespace OmniCrm
