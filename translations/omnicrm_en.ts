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
    <name>OmniCrm::AiProviderText</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Name: “offline” is the built-in engine; choose another name.</source>
        <translation>Name: “offline” is the built-in engine; choose another name.</translation>
    </message>
    <message>
        <source>Name of %1: use 1–40 lower-case letters, digits, “.”, “_” or “-”.</source>
        <translation>Name of %1: use 1–40 lower-case letters, digits, “.”, “_” or “-”.</translation>
    </message>
    <message>
        <source>Base URL of %1: enter a full address starting with http:// or https:// (no query or password in it).</source>
        <translation>Base URL of %1: enter a full address starting with http:// or https:// (no query or password in it).</translation>
    </message>
    <message>
        <source>Model of %1: enter the model name the server expects.</source>
        <translation>Model of %1: enter the model name the server expects.</translation>
    </message>
    <message>
        <source>Timeout of %1 is out of range.</source>
        <translation>Timeout of %1 is out of range.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Is the server running? Raise the timeout for slow local models.</source>
        <translation>
            <numerusform>No answer from %1 within %n second(s). Is the server running? Raise the timeout for slow local models.</numerusform>
            <numerusform>No answer from %1 within %n second(s). Is the server running? Raise the timeout for slow local models.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1). Check the key and type it again.</source>
        <translation>The server refused the API key (HTTP %1). Check the key and type it again.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): check the base URL (it usually ends in /v1) and the model name.</source>
        <translation>Not found (HTTP 404): check the base URL (it usually ends in /v1) and the model name.</translation>
    </message>
    <message>
        <source>The provider is limiting requests (HTTP 429). Try again later.</source>
        <translation>The provider is limiting requests (HTTP 429). Try again later.</translation>
    </message>
    <message>
        <source>The provider had an error (HTTP %1). Try again later.</source>
        <translation>The provider had an error (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1: %2</source>
        <translation>The provider answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>The test failed: %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::AiProvidersPanel</name>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>A provider in the list: "1. groq — llama-3.1-8b-instant".</extracomment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(off)</translation>
    </message>
    <message>
        <source>Offline engine (built in, always last)</source>
        <translation>Offline engine (built in, always last)</translation>
    </message>
    <message>
        <source>A key is stored. Type a new one to replace it.</source>
        <translation>A key is stored. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>No key stored (local servers need none).</source>
        <translation>No key stored (local servers need none).</translation>
    </message>
    <message>
        <source>Name: two providers are called %1; names must differ.</source>
        <translation>Name: two providers are called %1; names must differ.</translation>
    </message>
    <message>
        <source>AI providers saved.</source>
        <translation>AI providers saved.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <source>Connected: %1 answered.</source>
        <translation>Connected: %1 answered.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Spend so far this month against the monthly cap: "1.20 USD of 10.00 USD".</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>AI providers</translation>
    </message>
    <message>
        <source>Remote AI is optional: providers are tried from the top, and the offline engine on this computer always answers last. API keys are kept in the system keychain.</source>
        <translation>Remote AI is optional: providers are tried from the top, and the offline engine on this computer always answers last. API keys are kept in the system keychain.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Groq</source>
        <translation>Groq</translation>
    </message>
    <message>
        <source>Ollama (OpenAI-compatible)</source>
        <translation>Ollama (OpenAI-compatible)</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp server</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible service</source>
        <translation>Other OpenAI-compatible service</translation>
    </message>
    <message>
        <source>Ollama (native API)</source>
        <translation>Ollama (native API)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Privacy mode: replace names, phones and e-mails before sending</source>
        <translation>Privacy mode: replace names, phones and e-mails before sending</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>Use this provider</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Monthly spend cap</source>
        <translation>Monthly spend cap</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Spent this month</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>No cap</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
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
    <name>OmniCrm::CaptureFields</name>
    <message>
        <source>Unit in the message: %1</source>
        <extracomment>Under the quantity: the count unit as the message wrote it (كرتون، pcs …).</extracomment>
        <translation>Unit in the message: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number we can dial. Use a Saudi or Gulf number such as 05x xxx xxxx, or an international one starting with +.</source>
        <translation>“%1” is not a phone number we can dial. Use a Saudi or Gulf number such as 05x xxx xxxx, or an international one starting with +.</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Stored as %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (name@example.com).</source>
        <translation>“%1” is not a valid e-mail address (name@example.com).</translation>
    </message>
    <message>
        <source>Enter how many the customer wants, as a number such as 20.</source>
        <translation>Enter how many the customer wants, as a number such as 20.</translation>
    </message>
    <message>
        <source>Enter the customer's name or company: the lead and the contact need one.</source>
        <translation>Enter the customer's name or company: the lead and the contact need one.</translation>
    </message>
    <message>
        <source>Not found in the message</source>
        <translation>Not found in the message</translation>
    </message>
    <message>
        <source>the whole message</source>
        <translation>the whole message</translation>
    </message>
    <message>
        <source>its wording</source>
        <translation>its wording</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <extracomment>Beside a field: the words it was read from, then who read them ("«محمد» · Offline engine").</extracomment>
        <translation>From %1 · %2</translation>
    </message>
    <message>
        <source>Customer &amp;name</source>
        <translation>Customer &amp;name</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>Co&amp;mpany</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-mails</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>Pro&amp;ducts</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>&amp;Budget or price</source>
        <translation>&amp;Budget or price</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Cit&amp;y</translation>
    </message>
    <message>
        <source>Lead &amp;type</source>
        <translation>Lead &amp;type</translation>
    </message>
    <message>
        <source>Pri&amp;ority</source>
        <translation>Pri&amp;ority</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>Products from the catalog that the message names; untick a wrong match.</source>
        <translation>Products from the catalog that the message names; untick a wrong match.</translation>
    </message>
    <message>
        <source>Pasted message</source>
        <translation>Pasted message</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>Quantity: %1 %2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Message the lead came from</source>
        <translation>Message the lead came from</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CaptureText</name>
    <message>
        <source>Quote request</source>
        <translation>Quote request</translation>
    </message>
    <message>
        <source>Bulk order</source>
        <translation>Bulk order</translation>
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
        <source>General enquiry</source>
        <translation>General enquiry</translation>
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
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic and English</source>
        <translation>Arabic and English</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>Offline engine</translation>
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
    <name>OmniCrm::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(binary data)</source>
        <translation>(binary data)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Another device (%1)</source>
        <translation>Another device (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Who wrote a value and when: "Another device (1a2b3c4d) · 14:05".</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A record in the conflict list: "Contact: Ahmed Al-Harbi".</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept, written by %1</source>
        <translation>Kept, written by %1</translation>
    </message>
    <message>
        <source>Replaced, written by %1</source>
        <translation>Replaced, written by %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation>Value replaced</translation>
    </message>
    <message>
        <source>Replaced value from</source>
        <translation>Replaced value from</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ConflictsPanel</name>
    <message>
        <source>Restored "%1"; it syncs to your team like an edit.</source>
        <translation>Restored "%1"; it syncs to your team like an edit.</translation>
    </message>
    <message>
        <source>No conflicts were logged.</source>
        <translation>No conflicts were logged.</translation>
    </message>
    <message>
        <source>No conflicts to review. When a teammate and you change the same field at the same time, the value that was replaced appears here and can be restored.</source>
        <translation>No conflicts to review. When a teammate and you change the same field at the same time, the value that was replaced appears here and can be restored.</translation>
    </message>
    <message>
        <source>No conflict matches "%1".</source>
        <translation>No conflict matches "%1".</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>When two people change the same field before syncing, the newer change is kept everywhere. The values it replaced are listed here: restore one to make it the current value again, or dismiss it.</source>
        <translation>When two people change the same field before syncing, the newer change is kept everywhere. The values it replaced are listed here: restore one to make it the current value again, or dismiss it.</translation>
    </message>
    <message>
        <source>Filter by record, field or value</source>
        <translation>Filter by record, field or value</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation>Restore this value</translation>
    </message>
    <message>
        <source>Makes the replaced value current again and syncs it to your team (Enter)</source>
        <translation>Makes the replaced value current again and syncs it to your team (Enter)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Keeps the current value and removes this entry from the list</source>
        <translation>Keeps the current value and removes this entry from the list</translation>
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
    <name>OmniCrm::DedupeText</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similar</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>Missing on one side</source>
        <translation>Missing on one side</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One reason of a duplicate's score: "Phone: Same (+9.3)". %3 is the weight of evidence.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Only in one</source>
        <translation>Only in one</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>Father's name</translation>
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
    <name>OmniCrm::DuplicatesPage</name>
    <message>
        <source>Merge automatically?</source>
        <translation>Merge automatically?</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <source>Search cancelled. Pairs found before stopping stay in the queue.</source>
        <translation>Search cancelled. Pairs found before stopping stay in the queue.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) checked.</source>
        <translation>
            <numerusform>%n contact(s) checked.</numerusform>
            <numerusform>%n contact(s) checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) checked.</source>
        <translation>
            <numerusform>%n company(ies) checked.</numerusform>
            <numerusform>%n company(ies) checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n pair(s) to review.</numerusform>
            <numerusform>%n pair(s) to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) merged automatically.</source>
        <translation>
            <numerusform>%n pair(s) merged automatically.</numerusform>
            <numerusform>%n pair(s) merged automatically.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged automatically</source>
        <translation>Merged automatically</translation>
    </message>
    <message>
        <source>%1 ↔ %2 · %3%</source>
        <extracomment>A pair in the duplicates queue: "Name A ↔ Name B · 97%".</extracomment>
        <translation>%1 ↔ %2 · %3%</translation>
    </message>
    <message>
        <source>No pairs waiting for review. Use “Find duplicates” to look for them.</source>
        <translation>No pairs waiting for review. Use “Find duplicates” to look for them.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <extracomment>%1 is the record merged away, %2 the one that stays.</extracomment>
        <translation>Merged “%1” into “%2”.</translation>
    </message>
    <message>
        <source>Marked as not a duplicate; it will not be proposed again.</source>
        <translation>Marked as not a duplicate; it will not be proposed again.</translation>
    </message>
    <message>
        <source>Merge undone: both records are back.</source>
        <translation>Merge undone: both records are back.</translation>
    </message>
    <message>
        <source>Pairs at least %1% likely the same will be merged without asking the next time you look for duplicates. Each merge can be undone. Switch it on?</source>
        <translation>Pairs at least %1% likely the same will be merged without asking the next time you look for duplicates. Each merge can be undone. Switch it on?</translation>
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
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Merge pairs above %1% automatically</source>
        <translation>Merge pairs above %1% automatically</translation>
    </message>
    <message>
        <source>Merge (M)</source>
        <extracomment>Button; the letter in brackets is its keyboard shortcut.</extracomment>
        <translation>Merge (M)</translation>
    </message>
    <message>
        <source>Not a duplicate (N)</source>
        <translation>Not a duplicate (N)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Skip (S)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Arrow keys move through the queue.</source>
        <translation>Arrow keys move through the queue.</translation>
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
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
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
    <name>OmniCrm::LeadCapturePage</name>
    <message>
        <source>Reply copied</source>
        <translation>Reply copied</translation>
    </message>
    <message>
        <source>Minimum margin saved</source>
        <translation>Minimum margin saved</translation>
    </message>
    <message>
        <source>Capture lead</source>
        <translation>Capture lead</translation>
    </message>
    <message>
        <source>Paste a message from the customer first, then read it.</source>
        <translation>Paste a message from the customer first, then read it.</translation>
    </message>
    <message>
        <source>Loading the product catalog…</source>
        <translation>Loading the product catalog…</translation>
    </message>
    <message>
        <source>Read a message first (Ctrl+Enter), then check the fields.</source>
        <translation>Read a message first (Ctrl+Enter), then check the fields.</translation>
    </message>
    <message>
        <source>A lead was already created from this message. Read it again to create another.</source>
        <translation>A lead was already created from this message. Read it again to create another.</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix %1: %2</source>
        <translation>Nothing was saved. Fix %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>Lead and contact “%1” created</source>
        <translation>Lead and contact “%1” created</translation>
    </message>
    <message>
        <source>Lead created for the existing contact “%1”</source>
        <translation>Lead created for the existing contact “%1”</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead created</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Could not undo: %1</translation>
    </message>
    <message>
        <source>Lead removed again</source>
        <translation>Lead removed again</translation>
    </message>
    <message>
        <source>Capture a lead from a message</source>
        <translation>Capture a lead from a message</translation>
    </message>
    <message>
        <source>Paste an e-mail, WhatsApp or chat message in Arabic or English. Read it, check the fields against the highlighted words, then create the lead and its contact.</source>
        <translation>Paste an e-mail, WhatsApp or chat message in Arabic or English. Read it, check the fields against the highlighted words, then create the lead and its contact.</translation>
    </message>
    <message>
        <source>Customer's mess&amp;age:</source>
        <translation>Customer's mess&amp;age:</translation>
    </message>
    <message>
        <source>Paste the message here…</source>
        <translation>Paste the message here…</translation>
    </message>
    <message>
        <source>&amp;Read message</source>
        <translation>&amp;Read message</translation>
    </message>
    <message>
        <source>Read the fields out of the message (Ctrl+Enter)</source>
        <translation>Read the fields out of the message (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Reads offline on this computer; nothing leaves it.</source>
        <translation>Reads offline on this computer; nothing leaves it.</translation>
    </message>
    <message>
        <source>The message changed: read it again (Ctrl+Enter) to update the fields.</source>
        <translation>The message changed: read it again (Ctrl+Enter) to update the fields.</translation>
    </message>
    <message>
        <source>Read by: %1</source>
        <translation>Read by: %1</translation>
    </message>
    <message>
        <source>%1 already has this phone or e-mail.</source>
        <translation>%1 already has this phone or e-mail.</translation>
    </message>
    <message>
        <source>Attach the lead to this contact instead of creating a duplicate</source>
        <translation>Attach the lead to this contact instead of creating a duplicate</translation>
    </message>
    <message>
        <source>&amp;Create lead for this contact</source>
        <translation>&amp;Create lead for this contact</translation>
    </message>
    <message>
        <source>&amp;Create lead and contact</source>
        <translation>&amp;Create lead and contact</translation>
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
    <name>OmniCrm::PairReviewPanel</name>
    <message>
        <source>Choose a pair in the queue to compare its records.</source>
        <translation>Choose a pair in the queue to compare its records.</translation>
    </message>
    <message>
        <source>%1 and %2: %3% likely the same</source>
        <extracomment>%1 and %2 are the two records' names, %3 the match probability in percent.</extracomment>
        <translation>%1 and %2: %3% likely the same</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>After merge</source>
        <translation>After merge</translation>
    </message>
    <message>
        <source>(other value kept as alternate)</source>
        <extracomment>After a merged field's value: the value that lost is kept as an alternate.</extracomment>
        <translation>(other value kept as alternate)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stays; the other record is merged into it, its activities, deals and tags move over, and %n differing value(s) are kept as alternates.</source>
        <extracomment>%1 is the record that stays; %n how many values are kept as alternates.</extracomment>
        <translation>
            <numerusform>“%1” stays; the other record is merged into it, its activities, deals and tags move over, and %n differing value(s) are kept as alternates.</numerusform>
            <numerusform>“%1” stays; the other record is merged into it, its activities, deals and tags move over, and %n differing value(s) are kept as alternates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “Find duplicates” again to see the comparison behind this score.</source>
        <translation>Run “Find duplicates” again to see the comparison behind this score.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Why the engine matched them</source>
        <translation>Why the engine matched them</translation>
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
    <name>OmniCrm::ReplyPanel</name>
    <message>
        <source>Read a message to see what kind of buyer wrote it.</source>
        <translation>Read a message to see what kind of buyer wrote it.</translation>
    </message>
    <message>
        <source>%1 buyer · %2% sure (next: %3, %4%)</source>
        <translation>%1 buyer · %2% sure (next: %3, %4%)</translation>
    </message>
    <message>
        <source>Cues: none found; the reading rests on the message's shape.</source>
        <translation>Cues: none found; the reading rests on the message's shape.</translation>
    </message>
    <message>
        <source>Cues: %1</source>
        <translation>Cues: %1</translation>
    </message>
    <message>
        <source>Approach: %1</source>
        <translation>Approach: %1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>Tick a catalog product in the fields to get a price suggestion.</source>
        <translation>Tick a catalog product in the fields to get a price suggestion.</translation>
    </message>
    <message>
        <source>%1 has no list price in the catalog; set one on the product to get a price suggestion.</source>
        <translation>%1 has no list price in the catalog; set one on the product to get a price suggestion.</translation>
    </message>
    <message>
        <source>No price suggestion: %1</source>
        <translation>No price suggestion: %1</translation>
    </message>
    <message>
        <source>List price %1 · never below %2 (cost plus %3% minimum margin)</source>
        <translation>List price %1 · never below %2 (cost plus %3% minimum margin)</translation>
    </message>
    <message>
        <source>Extras: %1</source>
        <translation>Extras: %1</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Suggested replies</source>
        <translation>Suggested replies</translation>
    </message>
    <message>
        <source>Price strategy</source>
        <translation>Price strategy</translation>
    </message>
    <message>
        <source>Minimum margin o&amp;ver cost:</source>
        <translation>Minimum margin o&amp;ver cost:</translation>
    </message>
    <message>
        <source>Set by the admin: no suggested price goes below cost plus this margin.</source>
        <translation>Set by the admin: no suggested price goes below cost plus this margin.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy reply %1 to the clipboard</source>
        <translation>Copy reply %1 to the clipboard</translation>
    </message>
    <message>
        <source>Suggested reply %1</source>
        <translation>Suggested reply %1</translation>
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
    <name>OmniCrm::SyncController</name>
    <message>
        <source>Enter the server's address, for example wss://sync.example.com:8443.</source>
        <translation>Enter the server's address, for example wss://sync.example.com:8443.</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss:// and name a server, for example wss://sync.example.com:8443.</source>
        <translation>The address must start with ws:// or wss:// and name a server, for example wss://sync.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your team's name on the server (the tenant).</source>
        <translation>Enter your team's name on the server (the tenant).</translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Enter the e-mail address you sign in with.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SyncPanel</name>
    <message>
        <source>Signed in as %1, team %2, on %3</source>
        <extracomment>"Signed in as rep@example.com, team Riyadh Sales, on wss://sync.example.com".</extracomment>
        <translation>Signed in as %1, team %2, on %3</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>This device: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <source>Review conflicts (%1)…</source>
        <translation>Review conflicts (%1)…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sign in to your team's OmniCRM server to share contacts, deals and activities. You keep working offline; changes are exchanged whenever the server can be reached.</source>
        <translation>Sign in to your team's OmniCRM server to share contacts, deals and activities. You keep working offline; changes are exchanged whenever the server can be reached.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>The team name your administrator gave you</source>
        <translation>The team name your administrator gave you</translation>
    </message>
    <message>
        <source>The six-digit code from your authenticator app.</source>
        <translation>The six-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SyncStatusText</name>
    <message>
        <source>Sync: sign in to sync</source>
        <translation>Sync: sign in to sync</translation>
    </message>
    <message>
        <source>Sync: connecting…</source>
        <translation>Sync: connecting…</translation>
    </message>
    <message>
        <source>Offline · last synced %1</source>
        <translation>Offline · last synced %1</translation>
    </message>
    <message>
        <source>Offline · not synced yet</source>
        <translation>Offline · not synced yet</translation>
    </message>
    <message>
        <source>Syncing: first download, part %1 (records: %2)</source>
        <extracomment>The first download of the team's data, in parts ("chunks").</extracomment>
        <translation>Syncing: first download, part %1 (records: %2)</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 changes</source>
        <translation>Syncing: %1 of %2 changes</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Sync stopped: sign in again</source>
        <translation>Sync stopped: sign in again</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>Sync is not set up. Open Settings → Sync to sign in to your team's server.</source>
        <translation>Sync is not set up. Open Settings → Sync to sign in to your team's server.</translation>
    </message>
    <message>
        <source>This device is not signed in. Open Settings → Sync and sign in.</source>
        <translation>This device is not signed in. Open Settings → Sync and sign in.</translation>
    </message>
    <message>
        <source>Connecting to the sync server…</source>
        <translation>Connecting to the sync server…</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Your changes are kept on this computer and are sent when the connection is back.</source>
        <translation>The sync server cannot be reached. Your changes are kept on this computer and are sent when the connection is back.</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team's.</source>
        <translation>Sending your changes and receiving your team's.</translation>
    </message>
    <message>
        <source>Everything is up to date (last synced %1).</source>
        <translation>Everything is up to date (last synced %1).</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>Everything is up to date.</translation>
    </message>
    <message>
        <source>The server asks for the one-time code from your authenticator app.</source>
        <translation>The server asks for the one-time code from your authenticator app.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device's sign-in (the password may have changed or the session expired). Sign in again in Settings → Sync.</source>
        <translation>The server no longer accepts this device's sign-in (the password may have changed or the session expired). Sign in again in Settings → Sync.</translation>
    </message>
    <message>
        <source>This device was removed from the team by an administrator. Sign in again in Settings → Sync.</source>
        <translation>This device was removed from the team by an administrator. Sign in again in Settings → Sync.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>Too many sign-in attempts. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>The server needs a newer version of OmniCRM. Update the app to keep syncing.</source>
        <translation>The server needs a newer version of OmniCRM. Update the app to keep syncing.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Check the address and your connection.</source>
        <translation>The sync server cannot be reached. Check the address and your connection.</translation>
    </message>
    <message>
        <source>The server refused one of your changes (%1). Sync stopped so nothing is lost; contact your administrator.</source>
        <translation>The server refused one of your changes (%1). Sync stopped so nothing is lost; contact your administrator.</translation>
    </message>
    <message>
        <source>This computer could not store the team's changes (%1). Sync stopped; nothing was lost.</source>
        <translation>This computer could not store the team's changes (%1). Sync stopped; nothing was lost.</translation>
    </message>
    <message>
        <source>The first download arrived damaged. Sync will start it again.</source>
        <translation>The first download arrived damaged. Sync will start it again.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::TeamAdminPage</name>
    <message>
        <source>This computer is not signed in to a sync server. Set up sync and sign in first.</source>
        <translation>This computer is not signed in to a sync server. Set up sync and sign in first.</translation>
    </message>
    <message>
        <source>Team admin</source>
        <translation>Team admin</translation>
    </message>
    <message>
        <source>This computer is not signed in to a sync server.</source>
        <translation>This computer is not signed in to a sync server.</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Loading the team…</translation>
    </message>
    <message>
        <source>You are signed in as %1. Only the team's admin can see and manage its members and devices; ask your admin if you need a change. You can still switch on two-factor sign-in for yourself.</source>
        <translation>You are signed in as %1. Only the team's admin can see and manage its members and devices; ask your admin if you need a change. You can still switch on two-factor sign-in for yourself.</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin).</source>
        <translation>Signed in as %1 (admin).</translation>
    </message>
    <message>
        <source>Signed in as %1 (manager): you can look at the team, but only an admin can change it.</source>
        <translation>Signed in as %1 (manager): you can look at the team, but only an admin can change it.</translation>
    </message>
    <message>
        <source>Added %1 to the team.</source>
        <translation>Added %1 to the team.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>%1 is disabled and was signed out.</source>
        <translation>%1 is disabled and was signed out.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
    <message>
        <source>The device was revoked.</source>
        <translation>The device was revoked.</translation>
    </message>
    <message>
        <source>Only the team's admin can do this.</source>
        <translation>Only the team's admin can do this.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server: %1</source>
        <translation>Cannot reach the sync server: %1</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer's sign-in (%1). Sign in to sync again.</source>
        <translation>The server no longer accepts this computer's sign-in (%1). Sign in to sync again.</translation>
    </message>
    <message>
        <source>A member with this email address already exists.</source>
        <translation>A member with this email address already exists.</translation>
    </message>
    <message>
        <source>That member or device is no longer in the team; the lists were reloaded.</source>
        <translation>That member or device is no longer in the team; the lists were reloaded.</translation>
    </message>
    <message>
        <source>The sync server is too old for team administration; ask whoever runs it to update it.</source>
        <translation>The sync server is too old for team administration; ask whoever runs it to update it.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>May sync</source>
        <translation>May sync</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Disable %1?</translation>
    </message>
    <message>
        <source>%1 is signed out of every device at once and cannot sign in until you enable the account again. Their records stay in the team.</source>
        <translation>%1 is signed out of every device at once and cannot sign in until you enable the account again. Their records stay in the team.</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>Revoke this device?</translation>
    </message>
    <message>
        <source>The device “%1” of %2 stops syncing at once. This cannot be undone: to sync again, they sign in from a new store.</source>
        <translation>The device “%1” of %2 stops syncing at once. This cannot be undone: to sync again, they sign in from a new store.</translation>
    </message>
    <message>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Two-factor sign-in…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation>Re&amp;voke device…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Two-factor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
</context>
<context>
    <name>OmniCrm::TranslationPanel</name>
    <message>
        <source>Paste a message to translate first.</source>
        <translation>Paste a message to translate first.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Translating…</translation>
    </message>
    <message>
        <source>The translation could not be saved: %1</source>
        <translation>The translation could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved beside the message.</source>
        <translation>Saved beside the message.</translation>
    </message>
    <message>
        <source>Translation needs an AI provider: the offline engine reads leads and suggests replies, but it cannot translate. Add a provider under Settings → AI.</source>
        <translation>Translation needs an AI provider: the offline engine reads leads and suggests replies, but it cannot translate. Add a provider under Settings → AI.</translation>
    </message>
    <message>
        <source>The translation was refused: it changed or dropped “%1” of the original (phones, numbers, e-mails and product codes must come back unchanged). Nothing was saved.</source>
        <translation>The translation was refused: it changed or dropped “%1” of the original (phones, numbers, e-mails and product codes must come back unchanged). Nothing was saved.</translation>
    </message>
    <message>
        <source>The translation failed: %1</source>
        <translation>The translation failed: %1</translation>
    </message>
    <message>
        <source>Translated by %1; the message has no phones, numbers, e-mails or product codes to check.</source>
        <translation>Translated by %1; the message has no phones, numbers, e-mails or product codes to check.</translation>
    </message>
    <message>
        <source>Translated by %1. Checked unchanged: %2.</source>
        <translation>Translated by %1. Checked unchanged: %2.</translation>
    </message>
    <message>
        <source>It will be saved beside the message when you create the lead.</source>
        <translation>It will be saved beside the message when you create the lead.</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Translate &amp;into:</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Tran&amp;slate</source>
        <translation>Tran&amp;slate</translation>
    </message>
    <message>
        <source>Translate the message through the AI provider set in Settings</source>
        <translation>Translate the message through the AI provider set in Settings</translation>
    </message>
    <message>
        <source>Open AI settings</source>
        <translation>Open AI settings</translation>
    </message>
</context>
<context>
    <name>OmniCrm::TwoFactorDialog</name>
    <message>
        <source>Two-factor sign-in is on. From your next sign-in, enter the code your app shows after your password.</source>
        <translation>Two-factor sign-in is on. From your next sign-in, enter the code your app shows after your password.</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone's time is correct and type the newest code.</source>
        <translation>That code is not right. Check that the phone's time is correct and type the newest code.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a few minutes and try again.</source>
        <translation>Too many wrong codes. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>The enrolment expired. Close this window and start again.</source>
        <translation>The enrolment expired. Close this window and start again.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server: %1</source>
        <translation>Cannot reach the sync server: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>This computer is not signed in to a sync server.</source>
        <translation>This computer is not signed in to a sync server.</translation>
    </message>
    <message>
        <source>Asking the server for a new secret…</source>
        <translation>Asking the server for a new secret…</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR code for your authenticator app</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP). Then type the six-digit code it shows to switch two-factor sign-in on.</source>
        <translation>Scan this code with an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP). Then type the six-digit code it shows to switch two-factor sign-in on.</translation>
    </message>
    <message>
        <source>Cannot scan? Type this key into the app instead:</source>
        <translation>Cannot scan? Type this key into the app instead:</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Code from the app:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <name>OmniCrm::UserDialog</name>
    <message>
        <source>Add a team member</source>
        <translation>Add a team member</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Manager (can look at the team)</source>
        <translation>Manager (can look at the team)</translation>
    </message>
    <message>
        <source>Admin (can change the team)</source>
        <translation>Admin (can change the team)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>New password for %1. Tell it to them in person; they can sign in with it at once.</source>
        <translation>New password for %1. Tell it to them in person; they can sign in with it at once.</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Re&amp;peat password:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>This is not an email address.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
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
