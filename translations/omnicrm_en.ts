<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OmniCrm::ActivityForm</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Search contacts, companies, leads and deals</source>
        <translation>Search contacts, companies, leads and deals</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done already</source>
        <translation>Done already</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <source>Enter a subject, such as “Call about the quote”.</source>
        <translation>Enter a subject, such as “Call about the quote”.</translation>
    </message>
    <message>
        <source>Choose the contact, company, lead or deal this is about.</source>
        <translation>Choose the contact, company, lead or deal this is about.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::BoardColumn</name>
    <message>
        <source>Deals in this stage</source>
        <translation>Deals in this stage</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>No deals</translation>
    </message>
    <message>
        <source>Total value of the deals in this stage</source>
        <translation>Total value of the deals in this stage</translation>
    </message>
    <message>
        <source>Deals here are marked stale after %1 days</source>
        <translation>Deals here are marked stale after %1 days</translation>
    </message>
    <message>
        <source>Show more (%1 left)</source>
        <translation>Show more (%1 left)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
</context>
<context>
    <name>OmniCrm::BrandText</name>
    <message>
        <source>Give the brand a name.</source>
        <translation>Give the brand a name.</translation>
    </message>
    <message>
        <source>Another brand already has this name.</source>
        <translation>Another brand already has this name.</translation>
    </message>
    <message>
        <source>The name is too long; use at most %1 characters.</source>
        <translation>The name is too long; use at most %1 characters.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>The logo must be a PNG or SVG image.</translation>
    </message>
    <message>
        <source>The logo is too large; use an image under %1 KB.</source>
        <translation>The logo is too large; use an image under %1 KB.</translation>
    </message>
    <message>
        <source>Enter the colour as # and six hexadecimal digits, such as %1, or pick one.</source>
        <translation>Enter the colour as # and six hexadecimal digits, such as %1, or pick one.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Choose a currency from the list.</translation>
    </message>
    <message>
        <source>Choose Arabic or English.</source>
        <translation>Choose Arabic or English.</translation>
    </message>
    <message>
        <source>Choose the time zone the brand works in.</source>
        <translation>Choose the time zone the brand works in.</translation>
    </message>
    <message>
        <source>This is not a time zone. Pick one from the list, such as %1.</source>
        <translation>This is not a time zone. Pick one from the list, such as %1.</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>Saudi riyal</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>UAE dirham</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Kuwaiti dinar</translation>
    </message>
    <message>
        <source>Qatari riyal</source>
        <translation>Qatari riyal</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Bahraini dinar</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>Omani rial</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>US dollar</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Pound sterling</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>Egyptian pound</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>Jordanian dinar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A currency's name and its ISO code, e.g. "Saudi riyal (SAR)".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OmniCrm::BrandsPanel</name>
    <message>
        <source>%1 (active)</source>
        <extracomment>A brand in the list that is the one in use, e.g. "Elite Trading (active)".</extracomment>
        <translation>%1 (active)</translation>
    </message>
    <message>
        <source>This brand is in use on this computer.</source>
        <translation>This brand is in use on this computer.</translation>
    </message>
    <message>
        <source>New brand</source>
        <translation>New brand</translation>
    </message>
    <message>
        <source>Edit brand</source>
        <translation>Edit brand</translation>
    </message>
    <message>
        <source>Brand “%1” saved.</source>
        <translation>Brand “%1” saved.</translation>
    </message>
    <message>
        <source>Remove brand</source>
        <translation>Remove brand</translation>
    </message>
    <message>
        <source>Remove the brand “%1”? Records keep their data; the brand's name, logo and colours are no longer used.</source>
        <translation>Remove the brand “%1”? Records keep their data; the brand's name, logo and colours are no longer used.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Brand removed.</source>
        <translation>Brand removed.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.svg *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>The file could not be opened.</translation>
    </message>
    <message>
        <source>This file is not an image OmniCRM can read.</source>
        <translation>This file is not an image OmniCRM can read.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Add brand</source>
        <translation>Add brand</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Your business name as customers know it</source>
        <translation>Your business name as customers know it</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Pick a colour</translation>
    </message>
    <message>
        <source>Type to search, e.g. Riyadh</source>
        <translation>Type to search, e.g. Riyadh</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Use this brand</source>
        <translation>Use this brand</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CardDelegate</name>
    <message>
        <source>Stale: %1 d</source>
        <extracomment>Days a deal has been in its stage, on a card; keep it short ("12 d")</extracomment>
        <translation>Stale: %1 d</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ChartPanel</name>
    <message>
        <source>%1 (millions)</source>
        <translation>%1 (millions)</translation>
    </message>
    <message>
        <source>%1 (thousands)</source>
        <translation>%1 (thousands)</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ColumnMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave a column out. The preview below checks the rows again with your choice.</source>
        <translation>Choose the field each column goes into, or leave a column out. The preview below checks the rows again with your choice.</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change any that are wrong.</source>
        <translation>Columns were matched by their headers. Change any that are wrong.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CommandPalette</name>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>Enter opens · ↑↓ move · Esc closes</source>
        <translation>Enter opens · ↑↓ move · Esc closes</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Search contacts, companies, leads, deals, products…</source>
        <translation>Search contacts, companies, leads, deals, products…</translation>
    </message>
    <message>
        <source>Type a name, phone, e-mail or company · Esc closes</source>
        <translation>Type a name, phone, e-mail or company · Esc closes</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CompanyForm</name>
    <message>
        <source>Edit company</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address and notes</source>
        <translation>Address and notes</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit company: %1</source>
        <translation>Edit company: %1</translation>
    </message>
    <message>
        <source>Enter the company's name.</source>
        <translation>Enter the company's name.</translation>
    </message>
    <message>
        <source>%1 has the same name, phone or e-mail.</source>
        <translation>%1 has the same name, phone or e-mail.</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>Open the company</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ContactForm</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>As the contact writes it</source>
        <translation>As the contact writes it</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Search, or type a new company</source>
        <translation>Search, or type a new company</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phones and e-mails</source>
        <translation>Phones and e-mails</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Add phone</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Add e-mail</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Where the contact came from</source>
        <translation>Where the contact came from</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Remove this phone</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Remove this e-mail</translation>
    </message>
    <message>
        <source>Edit contact: %1</source>
        <translation>Edit contact: %1</translation>
    </message>
    <message>
        <source>%1 already has this e-mail.</source>
        <translation>%1 already has this e-mail.</translation>
    </message>
    <message>
        <source>%1 already has this number.</source>
        <translation>%1 already has this number.</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Open the contact</translation>
    </message>
    <message>
        <source>Enter the contact's full name, or a first and last name.</source>
        <translation>Enter the contact's full name, or a first and last name.</translation>
    </message>
    <message>
        <source>A new company, %1, will be added when you save.</source>
        <translation>A new company, %1, will be added when you save.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1 open deals in every pipeline</source>
        <translation>%1 open deals in every pipeline</translation>
    </message>
    <message>
        <source>Last month: %1</source>
        <translation>Last month: %1</translation>
    </message>
    <message>
        <source>%1 (%2 against last month)</source>
        <translation>%1 (%2 against last month)</translation>
    </message>
    <message>
        <source>%1 of %2 leads created in the last %3 days became deals</source>
        <translation>%1 of %2 leads created in the last %3 days became deals</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Other or unknown</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Open pipeline value</source>
        <translation>Open pipeline value</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>Won this month</translation>
    </message>
    <message>
        <source>Lead to deal conversion (90 days)</source>
        <translation>Lead to deal conversion (90 days)</translation>
    </message>
    <message>
        <source>Activities due today</source>
        <translation>Activities due today</translation>
    </message>
    <message>
        <source>Open pipeline value by stage</source>
        <translation>Open pipeline value by stage</translation>
    </message>
    <message>
        <source>Won revenue per month, last 12 months</source>
        <translation>Won revenue per month, last 12 months</translation>
    </message>
    <message>
        <source>Leads by source, last 90 days</source>
        <translation>Leads by source, last 90 days</translation>
    </message>
    <message>
        <source>No leads in the last 90 days.</source>
        <translation>No leads in the last 90 days.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DealForm</name>
    <message>
        <source>Edit deal</source>
        <translation>Edit deal</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Search companies</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Price, timing, a competitor…</source>
        <translation>Price, timing, a competitor…</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>Lost because</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Expected on</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Line items</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>Add line item</translation>
    </message>
    <message>
        <source>Search products, or describe the item</source>
        <translation>Search products, or describe the item</translation>
    </message>
    <message>
        <source>Remove this line item</source>
        <translation>Remove this line item</translation>
    </message>
    <message>
        <source>Edit deal: %1</source>
        <translation>Edit deal: %1</translation>
    </message>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>Enter a title for the deal.</translation>
    </message>
    <message>
        <source>Pick a contact from the list, or leave this empty.</source>
        <translation>Pick a contact from the list, or leave this empty.</translation>
    </message>
    <message>
        <source>Pick a company from the list, or leave this empty.</source>
        <translation>Pick a company from the list, or leave this empty.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>Say why the deal was lost.</translation>
    </message>
    <message>
        <source>The pipeline has no stages.</source>
        <translation>The pipeline has no stages.</translation>
    </message>
    <message>
        <source>Enter the unit price.</source>
        <translation>Enter the unit price.</translation>
    </message>
    <message>
        <source>The total of the line items</source>
        <translation>The total of the line items</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DealListSource</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DesktopSession</name>
    <message>
        <source>OmniCRM cannot open the store</source>
        <translation>OmniCRM cannot open the store</translation>
    </message>
    <message>
        <source>Import contacts or companies…</source>
        <translation>Import contacts or companies…</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ErrorText</name>
    <message>
        <source>A required field is empty.</source>
        <translation>A required field is empty.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>This is not a phone number we can dial. Use a Saudi or Gulf mobile such as 05x xxx xxxx, or an international number starting with +.</source>
        <translation>This is not a phone number we can dial. Use a Saudi or Gulf mobile such as 05x xxx xxxx, or an international number starting with +.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (name@example.com).</source>
        <translation>This is not a valid e-mail address (name@example.com).</translation>
    </message>
    <message>
        <source>Enter an amount such as 1500 or 1,500.50, and a three-letter currency such as SAR.</source>
        <translation>Enter an amount such as 1500 or 1,500.50, and a three-letter currency such as SAR.</translation>
    </message>
    <message>
        <source>This date is not valid.</source>
        <translation>This date is not valid.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>This record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A record with the same phone or e-mail already exists.</source>
        <translation>A record with the same phone or e-mail already exists.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Nothing was changed; try again.</source>
        <translation>The passphrase is wrong. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>The store's key is not available: the system keychain did not answer and no passphrase was given.</source>
        <translation>The store's key is not available: the system keychain did not answer and no passphrase was given.</translation>
    </message>
    <message>
        <source>No store was found in this folder.</source>
        <translation>No store was found in this folder.</translation>
    </message>
    <message>
        <source>A store already exists in this folder.</source>
        <translation>A store already exists in this folder.</translation>
    </message>
    <message>
        <source>The store is damaged or was written by a newer OmniCRM.</source>
        <translation>The store is damaged or was written by a newer OmniCRM.</translation>
    </message>
    <message>
        <source>The store could not complete the operation; nothing was changed.</source>
        <translation>The store could not complete the operation; nothing was changed.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>The file could not be read or written.</translation>
    </message>
    <message>
        <source>The file is not in the format it claims to be.</source>
        <translation>The file is not in the format it claims to be.</translation>
    </message>
    <message>
        <source>The file's text encoding could not be read.</source>
        <translation>The file's text encoding could not be read.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Someone changed this record at the same time; reload it and try again.</source>
        <translation>Someone changed this record at the same time; reload it and try again.</translation>
    </message>
    <message>
        <source>This is not supported here.</source>
        <translation>This is not supported here.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 is not valid.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>Related record</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>OmniCrm::FormText</name>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportFilePage</name>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Contacts files (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)</source>
        <translation>Contacts files (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>%1. Columns found: %2.</source>
        <translation>%1. Columns found: %2.</translation>
    </message>
    <message>
        <source>No column was recognised from its header; you can choose a field for each column on the next pages.</source>
        <translation>No column was recognised from its header; you can choose a field for each column on the next pages.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Contacts or companies from a CSV file (Excel, Google Contacts, Outlook) or a vCard address book.</source>
        <translation>Contacts or companies from a CSV file (Excel, Google Contacts, Outlook) or a vCard address book.</translation>
    </message>
    <message>
        <source>Headers in Arabic or English are recognised, and the file's encoding and delimiter are detected. Nothing is stored until you start the import.</source>
        <translation>Headers in Arabic or English are recognised, and the file's encoding and delimiter are detected. Nothing is stored until you start the import.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Path of a .csv or .vcf file</source>
        <translation>Path of a .csv or .vcf file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Or drop a file here</source>
        <translation>Or drop a file here</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>The rows are:</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>C&amp;ompanies</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportPreviewModel</name>
    <message>
        <source>Ready to import.</source>
        <translation>Ready to import.</translation>
    </message>
    <message>
        <source>This row has a problem in a highlighted cell and will not be imported.</source>
        <translation>This row has a problem in a highlighted cell and will not be imported.</translation>
    </message>
    <message>
        <source>This row will be skipped; see the highlighted cell.</source>
        <translation>This row will be skipped; see the highlighted cell.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>The row's line in the file</source>
        <translation>The row's line in the file</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Column “%1” is not imported.</source>
        <translation>Column “%1” is not imported.</translation>
    </message>
    <message>
        <source>Column “%1” is imported as %2.</source>
        <translation>Column “%1” is imported as %2.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportPreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation>Check the preview</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Cells with a problem are highlighted; point at one to read why.</source>
        <translation>The first rows as they will be imported. Cells with a problem are highlighted; point at one to read why.</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Delimiter: %1</translation>
    </message>
    <message>
        <source>Records in the file: %1</source>
        <translation>Records in the file: %1</translation>
    </message>
    <message>
        <source>Records in the file: counting…</source>
        <translation>Records in the file: counting…</translation>
    </message>
    <message>
        <source>No problems found in these rows.</source>
        <translation>No problems found in these rows.</translation>
    </message>
    <message>
        <source>Problems in these rows: %1</source>
        <translation>Problems in these rows: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportSummaryPage</name>
    <message>
        <source>Import summary</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <source>What was stored, what was skipped, and why.</source>
        <translation>What was stored, what was skipped, and why.</translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation>Copy problems</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Undo this import</translation>
    </message>
    <message>
        <source>Contacts imported: %1</source>
        <translation>Contacts imported: %1</translation>
    </message>
    <message>
        <source>Companies imported: %1</source>
        <translation>Companies imported: %1</translation>
    </message>
    <message>
        <source>Nothing was stored: strict mode found problems in the file. Fix the rows below and import again, or import without strict mode.</source>
        <translation>Nothing was stored: strict mode found problems in the file. Fix the rows below and import again, or import without strict mode.</translation>
    </message>
    <message>
        <source>Nothing was stored: the file had no new records to import.</source>
        <translation>Nothing was stored: the file had no new records to import.</translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1</source>
        <translation>Skipped as duplicates: %1</translation>
    </message>
    <message>
        <source>Not imported because of problems: %1</source>
        <translation>Not imported because of problems: %1</translation>
    </message>
    <message>
        <source>Records read: %1</source>
        <translation>Records read: %1</translation>
    </message>
    <message>
        <source>The whole file had been read before Cancel arrived, so the import was kept. Use Undo if you do not want it.</source>
        <translation>The whole file had been read before Cancel arrived, so the import was kept. Use Undo if you do not want it.</translation>
    </message>
    <message>
        <source>Import batch: %1</source>
        <translation>Import batch: %1</translation>
    </message>
    <message>
        <source>Problems by line: %1</source>
        <translation>Problems by line: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import undone: %1 records removed.</source>
        <translation>Import undone: %1 records removed.</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Undo this import?</translation>
    </message>
    <message>
        <source>This deletes the %1 records this import added (and the companies it created for them). Records that were already in OmniCRM are not touched.</source>
        <translation>This deletes the %1 records this import added (and the companies it created for them). Records that were already in OmniCRM are not touched.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>The import could not be undone. %1</source>
        <translation>The import could not be undone. %1</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Save the problems as CSV</source>
        <translation>Save the problems as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportText</name>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>OmniCRM ID</source>
        <translation>OmniCRM ID</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Commercial registration</source>
        <translation>Commercial registration</translation>
    </message>
    <message>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (spreadsheet text)</translation>
    </message>
    <message>
        <source>vCard (address book)</source>
        <translation>vCard (address book)</translation>
    </message>
    <message>
        <source>OmniCRM JSON export</source>
        <translation>OmniCRM JSON export</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>UTF-8 with byte order mark (Excel)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (Excel Unicode text)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic Windows)</source>
        <translation>Windows-1256 (Arabic Windows)</translation>
    </message>
    <message>
        <source>As each card declares (UTF-8 when it does not)</source>
        <translation>As each card declares (UTF-8 when it does not)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>No company name: this row will not be imported.</source>
        <translation>No company name: this row will not be imported.</translation>
    </message>
    <message>
        <source>No name: a contact needs a full name, or a first or last name. This row will not be imported.</source>
        <translation>No name: a contact needs a full name, or a first or last name. This row will not be imported.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number we can dial. Use a Saudi or Gulf number such as 05x xxx xxxx, or an international number starting with +. This row will not be imported.</source>
        <translation>“%1” is not a phone number we can dial. Use a Saudi or Gulf number such as 05x xxx xxxx, or an international number starting with +. This row will not be imported.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (name@example.com). This row will not be imported.</source>
        <translation>“%1” is not a valid e-mail address (name@example.com). This row will not be imported.</translation>
    </message>
    <message>
        <source>%1 This row will not be imported.</source>
        <translation>%1 This row will not be imported.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2. It will not be imported; check for a missing or extra delimiter.</source>
        <translation>This row has %1 cells but the header has %2. It will not be imported; check for a missing or extra delimiter.</translation>
    </message>
    <message>
        <source>This card has no name, organisation, phone or e-mail. It will not be imported.</source>
        <translation>This card has no name, organisation, phone or e-mail. It will not be imported.</translation>
    </message>
    <message>
        <source>This row could not be read. It will not be imported.</source>
        <translation>This row could not be read. It will not be imported.</translation>
    </message>
    <message>
        <source>Already in OmniCRM as “%1”. This row will be skipped.</source>
        <translation>Already in OmniCRM as “%1”. This row will be skipped.</translation>
    </message>
    <message>
        <source>Duplicate of “%1”, already in OmniCRM (same %2). This row will be skipped.</source>
        <translation>Duplicate of “%1”, already in OmniCRM (same %2). This row will be skipped.</translation>
    </message>
    <message>
        <source>Duplicate of line %1 of this file (same %2). This row will be skipped.</source>
        <translation>Duplicate of line %1 of this file (same %2). This row will be skipped.</translation>
    </message>
    <message>
        <source>None of the imported columns has a value in this row; it will be left out.</source>
        <translation>None of the imported columns has a value in this row; it will be left out.</translation>
    </message>
    <message>
        <source>This is an Excel workbook (or another ZIP file), not a CSV file. In Excel choose File › Save As › CSV UTF-8, then pick the saved file.</source>
        <translation>This is an Excel workbook (or another ZIP file), not a CSV file. In Excel choose File › Save As › CSV UTF-8, then pick the saved file.</translation>
    </message>
    <message>
        <source>This is a PDF document. Export the contacts as CSV or vCard and pick that file.</source>
        <translation>This is a PDF document. Export the contacts as CSV or vCard and pick that file.</translation>
    </message>
    <message>
        <source>This file is not text: it looks like a program, an image or a database. Pick a CSV or vCard file.</source>
        <translation>This file is not text: it looks like a program, an image or a database. Pick a CSV or vCard file.</translation>
    </message>
    <message>
        <source>The text in this file is not in an encoding OmniCRM reads (UTF-8, UTF-16 or Windows-1256). Save it again as CSV UTF-8.</source>
        <translation>The text in this file is not in an encoding OmniCRM reads (UTF-8, UTF-16 or Windows-1256). Save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 never ends. Check that line in a text editor.</source>
        <translation>A quoted cell that starts on line %1 never ends. Check that line in a text editor.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 never ends (END:VCARD is missing).</source>
        <translation>The card that starts on line %1 never ends (END:VCARD is missing).</translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no card in it.</source>
        <translation>This is not a vCard file: it has no card in it.</translation>
    </message>
    <message>
        <source>No column is imported. Choose a field for at least one column.</source>
        <translation>No column is imported. Choose a field for at least one column.</translation>
    </message>
    <message>
        <source>The file is not in the format it claims to be.</source>
        <translation>The file is not in the format it claims to be.</translation>
    </message>
    <message>
        <source>The file could not be opened. Check that it exists and that you may read it.</source>
        <translation>The file could not be opened. Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>The name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>No company name.</source>
        <translation>No company name.</translation>
    </message>
    <message>
        <source>No name: a contact needs a full name, or a first or last name.</source>
        <translation>No name: a contact needs a full name, or a first or last name.</translation>
    </message>
    <message>
        <source>More than %1 phone numbers in one row.</source>
        <translation>More than %1 phone numbers in one row.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2.</source>
        <translation>This row has %1 cells but the header has %2.</translation>
    </message>
    <message>
        <source>This card has no name, organisation, phone or e-mail.</source>
        <translation>This card has no name, organisation, phone or e-mail.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportWizard</name>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>The file has no rows below its header.</translation>
    </message>
    <message>
        <source>No column is imported yet, so the rows cannot be checked.</source>
        <translation>No column is imported yet, so the rows cannot be checked.</translation>
    </message>
    <message>
        <source>In the first %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.</source>
        <translation>In the first %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.</translation>
    </message>
    <message>
        <source>In all %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.</source>
        <translation>In all %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.</translation>
    </message>
    <message>
        <source>Records in the file: %1</source>
        <translation>Records in the file: %1</translation>
    </message>
    <message>
        <source>Records in the file: counting…</source>
        <translation>Records in the file: counting…</translation>
    </message>
    <message>
        <source>Import contacts from “%1”.</source>
        <translation>Import contacts from “%1”.</translation>
    </message>
    <message>
        <source>Import companies from “%1”.</source>
        <translation>Import companies from “%1”.</translation>
    </message>
    <message>
        <source>You can cancel while the import runs: nothing is stored until the whole file has been read, so a cancelled import leaves no trace.</source>
        <translation>You can cancel while the import runs: nothing is stored until the whole file has been read, so a cancelled import leaves no trace.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>%1 of %2 records read</source>
        <translation>%1 of %2 records read</translation>
    </message>
    <message>
        <source>%1 records read</source>
        <translation>%1 records read</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be stored.</source>
        <translation>Cancelling… nothing will be stored.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was stored: the whole file was rolled back.</source>
        <translation>Import cancelled. Nothing was stored: the whole file was rolled back.</translation>
    </message>
    <message>
        <source>The import stopped. %1 Nothing was stored.</source>
        <translation>The import stopped. %1 Nothing was stored.</translation>
    </message>
    <message>
        <source>Import contacts or companies</source>
        <translation>Import contacts or companies</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Start import</source>
        <translation>Start import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The whole file is imported as one unit: if the import is cancelled or fails, nothing is stored.</source>
        <translation>The whole file is imported as one unit: if the import is cancelled or fails, nothing is stored.</translation>
    </message>
    <message>
        <source>&amp;Strict: if any row has a problem, import nothing</source>
        <translation>&amp;Strict: if any row has a problem, import nothing</translation>
    </message>
    <message>
        <source>Without strict mode, rows with problems are left out and listed in the summary, and the rest is imported.</source>
        <translation>Without strict mode, rows with problems are left out and listed in the summary, and the rest is imported.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
</context>
<context>
    <name>OmniCrm::KindText</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OmniCrm::LeadConversionDialog</name>
    <message>
        <source>Convert lead</source>
        <translation>Convert lead</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <source>The lead</source>
        <translation>The lead</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>Estimated amount</translation>
    </message>
    <message>
        <source>Converting will</source>
        <translation>Converting will</translation>
    </message>
    <message>
        <source>Open a deal</source>
        <translation>Open a deal</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Deal title</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>The lead will be marked converted, and its activities will move to the contact.</source>
        <translation>The lead will be marked converted, and its activities will move to the contact.</translation>
    </message>
    <message>
        <source>No contact: the lead names no person, phone or e-mail.</source>
        <translation>No contact: the lead names no person, phone or e-mail.</translation>
    </message>
    <message>
        <source>Link to the existing contact %1, who has the same phone or e-mail.</source>
        <translation>Link to the existing contact %1, who has the same phone or e-mail.</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Open the contact</translation>
    </message>
    <message>
        <source>Create the contact %1.</source>
        <translation>Create the contact %1.</translation>
    </message>
    <message>
        <source>No company: the lead names none.</source>
        <translation>No company: the lead names none.</translation>
    </message>
    <message>
        <source>Use the existing company %1.</source>
        <translation>Use the existing company %1.</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>Open the company</translation>
    </message>
    <message>
        <source>Create the company %1.</source>
        <translation>Create the company %1.</translation>
    </message>
    <message>
        <source>This lead no longer exists; it may have been deleted.</source>
        <translation>This lead no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>This lead was converted already.</source>
        <translation>This lead was converted already.</translation>
    </message>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>Enter a title for the deal.</translation>
    </message>
    <message>
        <source>The default pipeline has no stages.</source>
        <translation>The default pipeline has no stages.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::LeadForm</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Search, or type a new company</source>
        <translation>Search, or type a new company</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>The opportunity</source>
        <translation>The opportunity</translation>
    </message>
    <message>
        <source>The name or the company when empty</source>
        <translation>The name or the company when empty</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Where the lead came from</source>
        <translation>Where the lead came from</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>Estimated amount</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Enter the person's name or the company's name.</source>
        <translation>Enter the person's name or the company's name.</translation>
    </message>
    <message>
        <source>This lead was converted; it can no longer change.</source>
        <translation>This lead was converted; it can no longer change.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::MainWindow</name>
    <message>
        <source>Offline: no sync server configured</source>
        <translation>Offline: no sync server configured</translation>
    </message>
</context>
<context>
    <name>OmniCrm::PipelinePage</name>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Won: %1</translation>
    </message>
    <message>
        <source>The deal was marked as won, but its reason could not be saved: %1</source>
        <translation>The deal was marked as won, but its reason could not be saved: %1</translation>
    </message>
    <message>
        <source>“%1” moved to %2</source>
        <translation>“%1” moved to %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Open deals: %1 — %2</source>
        <translation>Open deals: %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>New deal (%1)</source>
        <translation>New deal (%1)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Show the deals as a board of stages (Ctrl+B)</source>
        <translation>Show the deals as a board of stages (Ctrl+B)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the deals as a table (Ctrl+L)</source>
        <translation>Show the deals as a table (Ctrl+L)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Filter deals…</source>
        <translation>Filter deals…</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ProductForm</name>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Edit product: %1</source>
        <translation>Edit product: %1</translation>
    </message>
    <message>
        <source>Enter the product's SKU, the code it is sold under.</source>
        <translation>Enter the product's SKU, the code it is sold under.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by %2.</source>
        <translation>The SKU %1 is already used by %2.</translation>
    </message>
    <message>
        <source>Enter the product's name in Arabic or English.</source>
        <translation>Enter the product's name in Arabic or English.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordDetailPane</name>
    <message>
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Schedule a meeting</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Log an e-mail</translation>
    </message>
    <message>
        <source>Log a WhatsApp message</source>
        <translation>Log a WhatsApp message</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Select a contact to see its details, tags and activity here.</source>
        <translation>Select a contact to see its details, tags and activity here.</translation>
    </message>
    <message>
        <source>Select a company to see its details, tags and activity here.</source>
        <translation>Select a company to see its details, tags and activity here.</translation>
    </message>
    <message>
        <source>Select a lead to see its details and activity here.</source>
        <translation>Select a lead to see its details and activity here.</translation>
    </message>
    <message>
        <source>Select a product to see its details here.</source>
        <translation>Select a product to see its details here.</translation>
    </message>
    <message>
        <source>Select an activity to see its details here.</source>
        <translation>Select an activity to see its details here.</translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation>This contact was deleted.</translation>
    </message>
    <message>
        <source>This company was deleted.</source>
        <translation>This company was deleted.</translation>
    </message>
    <message>
        <source>This lead was deleted.</source>
        <translation>This lead was deleted.</translation>
    </message>
    <message>
        <source>This product was deleted.</source>
        <translation>This product was deleted.</translation>
    </message>
    <message>
        <source>This activity was deleted.</source>
        <translation>This activity was deleted.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete (Del); you can undo</source>
        <translation>Delete (Del); you can undo</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <source>Convert this lead into a contact, a company and a deal</source>
        <translation>Convert this lead into a contact, a company and a deal</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Log:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>Phone (%1)</translation>
    </message>
    <message>
        <source>E-mail (%1)</source>
        <translation>E-mail (%1)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Became contact</source>
        <translation>Became contact</translation>
    </message>
    <message>
        <source>Became company</source>
        <translation>Became company</translation>
    </message>
    <message>
        <source>Became deal</source>
        <translation>Became deal</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Name (Arabic)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Related to</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Activity (%1)</source>
        <translation>Activity (%1)</translation>
    </message>
    <message>
        <source>Nothing logged yet. Use the buttons above to log a call, a meeting or a note.</source>
        <translation>Nothing logged yet. Use the buttons above to log a call, a meeting or a note.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Will be saved as %1</translation>
    </message>
    <message>
        <source>This amount is in %1, but the currency chosen is %2.</source>
        <translation>This amount is in %1, but the currency chosen is %2.</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Read as %1</translation>
    </message>
    <message>
        <source>Discard the changes you typed?</source>
        <translation>Discard the changes you typed?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordForms</name>
    <message>
        <source>Cannot open the record</source>
        <translation>Cannot open the record</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordKindOps</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Filter contacts by name, phone, e-mail, company… (Ctrl+F)</source>
        <translation>Filter contacts by name, phone, e-mail, company… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter companies by name, phone, city… (Ctrl+F)</source>
        <translation>Filter companies by name, phone, city… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter leads by title, person, company, phone… (Ctrl+F)</source>
        <translation>Filter leads by title, person, company, phone… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter products by name, SKU, category… (Ctrl+F)</source>
        <translation>Filter products by name, SKU, category… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter activities by subject or notes… (Ctrl+F)</source>
        <translation>Filter activities by subject or notes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>All companies</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>All leads</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>All activities</translation>
    </message>
    <message>
        <source>Contacts deleted: %1</source>
        <translation>Contacts deleted: %1</translation>
    </message>
    <message>
        <source>Companies deleted: %1</source>
        <translation>Companies deleted: %1</translation>
    </message>
    <message>
        <source>Leads deleted: %1</source>
        <translation>Leads deleted: %1</translation>
    </message>
    <message>
        <source>Products deleted: %1</source>
        <translation>Products deleted: %1</translation>
    </message>
    <message>
        <source>Activities deleted: %1</source>
        <translation>Activities deleted: %1</translation>
    </message>
    <message>
        <source>Contact %1 deleted.</source>
        <translation>Contact %1 deleted.</translation>
    </message>
    <message>
        <source>Company %1 deleted.</source>
        <translation>Company %1 deleted.</translation>
    </message>
    <message>
        <source>Lead %1 deleted.</source>
        <translation>Lead %1 deleted.</translation>
    </message>
    <message>
        <source>Product %1 deleted.</source>
        <translation>Product %1 deleted.</translation>
    </message>
    <message>
        <source>Activity %1 deleted.</source>
        <translation>Activity %1 deleted.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordListPage</name>
    <message>
        <source>This column does not sort; sort by name or by date instead.</source>
        <translation>This column does not sort; sort by name or by date instead.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more to narrow the list.</source>
        <translation>Showing the first %1 matches. Type more to narrow the list.</translation>
    </message>
    <message>
        <source>Nothing matches %1.</source>
        <translation>Nothing matches %1.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Convert…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordListSource</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Name (Arabic)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Related to</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordText</name>
    <message>
        <source>Bulk order</source>
        <translation>Bulk order</translation>
    </message>
    <message>
        <source>Quote request</source>
        <translation>Quote request</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SavedViewBar</name>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name this view; it keeps the filter and the order:</source>
        <translation>Name this view; it keeps the filter and the order:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>View %1 saved.</source>
        <translation>View %1 saved.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>Save the filter and order as a view</source>
        <translation>Save the filter and order as a view</translation>
    </message>
    <message>
        <source>Delete this saved view</source>
        <translation>Delete this saved view</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Today is %1 · %2</source>
        <extracomment>A preview of the chosen formats: today's date and an amount of money.</extracomment>
        <translation>Today is %1 · %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>Hijri (Umm al-Qura)</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>Latin (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>Arabic-Indic (%1)</translation>
    </message>
    <message>
        <source>Applies to Arabic; English always uses %1.</source>
        <translation>Applies to Arabic; English always uses %1.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <extracomment>After the number of idle minutes in "Lock after [15] minutes idle".</extracomment>
        <translation> minutes idle</translation>
    </message>
</context>
<context>
    <name>OmniCrm::StageCardModel</name>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Days in this stage: %1</translation>
    </message>
    <message>
        <source>Stale: in this stage longer than %1 days</source>
        <translation>Stale: in this stage longer than %1 days</translation>
    </message>
</context>
<context>
    <name>OmniCrm::StageReasonDialog</name>
    <message>
        <source>Mark deal as lost</source>
        <translation>Mark deal as lost</translation>
    </message>
    <message>
        <source>Mark deal as won</source>
        <translation>Mark deal as won</translation>
    </message>
    <message>
        <source>Why was “%1” lost? The reason is saved with the deal.</source>
        <translation>Why was “%1” lost? The reason is saved with the deal.</translation>
    </message>
    <message>
        <source>What won “%1”? Optional: it is saved as a note on the deal.</source>
        <translation>What won “%1”? Optional: it is saved as a note on the deal.</translation>
    </message>
    <message>
        <source>Price higher than a competitor</source>
        <translation>Price higher than a competitor</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Chose a competitor</translation>
    </message>
    <message>
        <source>Budget postponed or cancelled</source>
        <translation>Budget postponed or cancelled</translation>
    </message>
    <message>
        <source>No response from the customer</source>
        <translation>No response from the customer</translation>
    </message>
    <message>
        <source>Requirements changed</source>
        <translation>Requirements changed</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Best price</source>
        <translation>Best price</translation>
    </message>
    <message>
        <source>Product fits the need</source>
        <translation>Product fits the need</translation>
    </message>
    <message>
        <source>Relationship and trust</source>
        <translation>Relationship and trust</translation>
    </message>
    <message>
        <source>Fast delivery</source>
        <translation>Fast delivery</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Mark as lost</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Mark as won</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A lost deal needs a reason: pick one or type your own.</source>
        <translation>A lost deal needs a reason: pick one or type your own.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::StoreOpener</name>
    <message>
        <source>Creating your encrypted store…</source>
        <translation>Creating your encrypted store…</translation>
    </message>
    <message>
        <source>Adding demo customers, deals and activities…</source>
        <translation>Adding demo customers, deals and activities…</translation>
    </message>
</context>
<context>
    <name>OmniCrm::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Bring it back (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>OmniCrm::UnlockDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>OmniCRM is locked</source>
        <translation>OmniCRM is locked</translation>
    </message>
    <message>
        <source>Unlock OmniCRM</source>
        <translation>Unlock OmniCRM</translation>
    </message>
    <message>
        <source>OmniCRM locked itself after a while without use. Unlock to continue where you were; the system keychain confirms it is you.</source>
        <translation>OmniCRM locked itself after a while without use. Unlock to continue where you were; the system keychain confirms it is you.</translation>
    </message>
    <message>
        <source>OmniCRM locked itself after a while without use. Type your passphrase to continue where you were.</source>
        <translation>OmniCRM locked itself after a while without use. Type your passphrase to continue where you were.</translation>
    </message>
    <message>
        <source>Your data is encrypted. Type the passphrase you chose for this store.</source>
        <translation>Your data is encrypted. Type the passphrase you chose for this store.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quit OmniCRM</source>
        <translation>Quit OmniCRM</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>OmniCrm::WelcomeWizard</name>
    <message numerus="yes">
        <source>Use at least %n characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Use at least %n characters; a short sentence is easy to remember and hard to guess.</numerusform>
            <numerusform>Use at least %n characters; a short sentence is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Welcome to OmniCRM</source>
        <translation>Welcome to OmniCRM</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>OmniCRM keeps your customers, leads and deals on this computer, encrypted, and works without a connection. Choose the language to work in; you can change it later in Settings.</source>
        <translation>OmniCRM keeps your customers, leads and deals on this computer, encrypted, and works without a connection. Choose the language to work in; you can change it later in Settings.</translation>
    </message>
    <message>
        <source>Protect your data</source>
        <translation>Protect your data</translation>
    </message>
    <message>
        <source>Everything is encrypted with a random key. Choose where that key is kept.</source>
        <translation>Everything is encrypted with a random key. Choose where that key is kept.</translation>
    </message>
    <message>
        <source>Keep the key in this computer's keychain (recommended)</source>
        <translation>Keep the key in this computer's keychain (recommended)</translation>
    </message>
    <message>
        <source>OmniCRM opens without asking while you are signed in to this computer.</source>
        <translation>OmniCRM opens without asking while you are signed in to this computer.</translation>
    </message>
    <message>
        <source>No system keychain answered on this computer, so a passphrase is needed.</source>
        <translation>No system keychain answered on this computer, so a passphrase is needed.</translation>
    </message>
    <message>
        <source>Protect the key with a passphrase I type at every start</source>
        <translation>Protect the key with a passphrase I type at every start</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>Shown in the title bar and on reports; an admin can add brands later.</source>
        <translation>Shown in the title bar and on reports; an admin can add brands later.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Start with demo customers, deals and activities to explore</source>
        <translation>Start with demo customers, deals and activities to explore</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Create my store</source>
        <translation>Create my store</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>OmniCRM cannot open the store</source>
        <translation>OmniCRM cannot open the store</translation>
    </message>
</context>
</TS>
