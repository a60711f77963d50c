-- ERP data import (core/imports). Rows are validated in Python, copied into a temporary
-- stage table dropped at commit, then upserted by the ERP's reference in one statement per
-- kind. `$1` of each upsert is the list of stage columns the file has: a column the file
-- lacks keeps its stored value on existing rows (new rows get the stage's default). `$2` is the
-- list of custom-field keys the file has: those keys are replaced (an empty cell removes one),
-- others are kept. A row whose merged values equal the stored ones is not written at all
-- (`is distinct from`), so `updated_at` only moves on a real change. `xmax = 0` in RETURNING
-- tells a fresh insert from an update. tenant_id always comes from the transaction's tenant.

-- name: import_long_statements
select set_config('statement_timeout', $1::text, true);

-- name: import_tenant_currency
select default_currency::text from tenants where id = relance_current_tenant();

-- name: import_find_customers
select number, id, currency::text as currency from customers where number = any($1::text[]);

-- name: import_find_users
select lower(email) as email, id from users where lower(email) = any($1::text[]) and active;

-- name: import_find_documents
select external_ref, id, customer_id from documents where external_ref = any($1::text[]);

-- name: import_customers_stage
create temporary table import_customers_stage (
    number text not null,
    name text not null,
    collector_id uuid,
    capture_enabled boolean not null,
    interactive_enabled boolean not null,
    language text not null,
    currency text,
    vat_number text,
    custom_fields text not null,
    capture_token text not null
) on commit drop;

-- name: import_customers_analyze
analyze import_customers_stage;

-- name: import_customers_upsert
with merged as (
    select
        s.number,
        s.name,
        case when c.id is null or 'collector_id' = any($1::text[])
             then s.collector_id else c.collector_id end as collector_id,
        case when c.id is null or 'capture_enabled' = any($1::text[])
             then s.capture_enabled else c.capture_enabled end as capture_enabled,
        case when c.id is null or 'interactive_enabled' = any($1::text[])
             then s.interactive_enabled else c.interactive_enabled end as interactive_enabled,
        case when c.id is null or 'language' = any($1::text[])
             then s.language else c.language end as language,
        case when c.id is null or 'currency' = any($1::text[])
             then s.currency else c.currency end as currency,
        case when c.id is null or 'vat_number' = any($1::text[])
             then s.vat_number else c.vat_number end as vat_number,
        case when c.id is null then s.custom_fields::jsonb
             else (c.custom_fields - $2::text[]) || s.custom_fields::jsonb end as custom_fields,
        s.capture_token
    from import_customers_stage s
    left join customers c on c.number = s.number
), upserted as (
    insert into customers as t (tenant_id, number, name, collector_id, capture_enabled,
        interactive_enabled, language, currency, vat_number, custom_fields, capture_token)
    select (select relance_current_tenant()), m.number, m.name, m.collector_id, m.capture_enabled,
        m.interactive_enabled, m.language, m.currency, m.vat_number, m.custom_fields,
        m.capture_token
    from merged m
    on conflict (tenant_id, number) do update set
        name = excluded.name,
        collector_id = excluded.collector_id,
        capture_enabled = excluded.capture_enabled,
        interactive_enabled = excluded.interactive_enabled,
        language = excluded.language,
        currency = excluded.currency,
        vat_number = excluded.vat_number,
        custom_fields = excluded.custom_fields,
        updated_at = now()
    where (t.name, t.collector_id, t.capture_enabled, t.interactive_enabled, t.language,
           t.currency, t.vat_number, t.custom_fields)
        is distinct from
          (excluded.name, excluded.collector_id, excluded.capture_enabled,
           excluded.interactive_enabled, excluded.language, excluded.currency,
           excluded.vat_number, excluded.custom_fields)
    returning (t.xmax = 0) as inserted
)
select count(*) filter (where inserted) as inserted,
       count(*) filter (where not inserted) as updated
from upserted;

-- name: import_contacts_stage
create temporary table import_contacts_stage (
    external_ref text not null,
    customer_id uuid not null,
    name text not null,
    email text,
    phone text,
    postal_address text,
    is_collection_contact boolean not null,
    language text
) on commit drop;

-- name: import_contacts_analyze
analyze import_contacts_stage;

-- name: import_contacts_upsert
with merged as (
    select
        s.external_ref,
        s.customer_id,
        case when c.id is null or 'name' = any($1::text[]) then s.name else c.name end as name,
        case when c.id is null or 'email' = any($1::text[]) then s.email else c.email end as email,
        case when c.id is null or 'phone' = any($1::text[]) then s.phone else c.phone end as phone,
        case when c.id is null or 'postal_address' = any($1::text[])
             then s.postal_address else c.postal_address end as postal_address,
        case when c.id is null or 'is_collection_contact' = any($1::text[])
             then s.is_collection_contact else c.is_collection_contact end
             as is_collection_contact,
        case when c.id is null or 'language' = any($1::text[])
             then s.language else c.language end as language
    from import_contacts_stage s
    left join contacts c on c.external_ref = s.external_ref
), upserted as (
    insert into contacts as t (tenant_id, external_ref, customer_id, name, email, phone,
        postal_address, is_collection_contact, language)
    select (select relance_current_tenant()), m.external_ref, m.customer_id, m.name, m.email, m.phone,
        m.postal_address, m.is_collection_contact, m.language
    from merged m
    on conflict (tenant_id, external_ref) do update set
        customer_id = excluded.customer_id,
        name = excluded.name,
        email = excluded.email,
        phone = excluded.phone,
        postal_address = excluded.postal_address,
        is_collection_contact = excluded.is_collection_contact,
        language = excluded.language,
        updated_at = now()
    where (t.customer_id, t.name, t.email, t.phone, t.postal_address, t.is_collection_contact,
           t.language)
        is distinct from
          (excluded.customer_id, excluded.name, excluded.email, excluded.phone,
           excluded.postal_address, excluded.is_collection_contact, excluded.language)
    returning (t.xmax = 0) as inserted
)
select count(*) filter (where inserted) as inserted,
       count(*) filter (where not inserted) as updated
from upserted;

-- name: import_documents_stage
create temporary table import_documents_stage (
    external_ref text not null,
    customer_id uuid not null,
    kind text not null,
    number text not null,
    issue_date date,
    due_date date,
    currency text not null,
    amount numeric not null,
    open_amount numeric not null,
    pdf_url text,
    custom_fields text not null
) on commit drop;

-- name: import_documents_analyze
analyze import_documents_stage;

-- name: import_documents_upsert
with merged as (
    select
        s.external_ref,
        s.customer_id,
        case when d.id is null or 'kind' = any($1::text[]) then s.kind else d.kind end as kind,
        s.number,
        case when d.id is null or 'issue_date' = any($1::text[])
             then s.issue_date else d.issue_date end as issue_date,
        case when d.id is null or 'due_date' = any($1::text[])
             then s.due_date else d.due_date end as due_date,
        case when d.id is null or 'currency' = any($1::text[])
             then s.currency else d.currency end as currency,
        s.amount,
        case when d.id is null or 'open_amount' = any($1::text[])
             then s.open_amount else d.open_amount end as open_amount,
        case when d.id is null or 'pdf_url' = any($1::text[])
             then s.pdf_url else d.pdf_url end as pdf_url,
        case when d.id is null then s.custom_fields::jsonb
             else (d.custom_fields - $2::text[]) || s.custom_fields::jsonb end as custom_fields
    from import_documents_stage s
    left join documents d on d.external_ref = s.external_ref
), upserted as (
    insert into documents as t (tenant_id, external_ref, customer_id, kind, number, issue_date,
        due_date, currency, amount, open_amount, pdf_url, custom_fields)
    select (select relance_current_tenant()), m.external_ref, m.customer_id, m.kind, m.number,
        m.issue_date, m.due_date, m.currency, m.amount, m.open_amount, m.pdf_url,
        m.custom_fields
    from merged m
    on conflict (tenant_id, external_ref) do update set
        customer_id = excluded.customer_id,
        kind = excluded.kind,
        number = excluded.number,
        issue_date = excluded.issue_date,
        due_date = excluded.due_date,
        currency = excluded.currency,
        amount = excluded.amount,
        open_amount = excluded.open_amount,
        pdf_url = excluded.pdf_url,
        custom_fields = excluded.custom_fields,
        updated_at = now()
    where (t.customer_id, t.kind, t.number, t.issue_date, t.due_date, t.currency, t.amount,
           t.open_amount, t.pdf_url, t.custom_fields)
        is distinct from
          (excluded.customer_id, excluded.kind, excluded.number, excluded.issue_date,
           excluded.due_date, excluded.currency, excluded.amount, excluded.open_amount,
           excluded.pdf_url, excluded.custom_fields)
    returning (t.xmax = 0) as inserted
)
select count(*) filter (where inserted) as inserted,
       count(*) filter (where not inserted) as updated
from upserted;

-- name: import_payments_stage
create temporary table import_payments_stage (
    external_ref text not null,
    customer_id uuid not null,
    document_id uuid,
    amount numeric not null,
    currency text not null,
    paid_on date not null,
    method text,
    reference text
) on commit drop;

-- name: import_payments_analyze
analyze import_payments_stage;

-- name: import_payments_upsert
with merged as (
    select
        s.external_ref,
        s.customer_id,
        case when p.id is null or 'document_id' = any($1::text[])
             then s.document_id else p.document_id end as document_id,
        s.amount,
        case when p.id is null or 'currency' = any($1::text[])
             then s.currency else p.currency end as currency,
        s.paid_on,
        case when p.id is null or 'method' = any($1::text[])
             then s.method else p.method end as method,
        case when p.id is null or 'reference' = any($1::text[])
             then s.reference else p.reference end as reference
    from import_payments_stage s
    left join payments p on p.external_ref = s.external_ref
), upserted as (
    insert into payments as t (tenant_id, external_ref, customer_id, document_id, amount,
        currency, paid_on, method, reference)
    select (select relance_current_tenant()), m.external_ref, m.customer_id, m.document_id, m.amount,
        m.currency, m.paid_on, m.method, m.reference
    from merged m
    on conflict (tenant_id, external_ref) do update set
        customer_id = excluded.customer_id,
        document_id = excluded.document_id,
        amount = excluded.amount,
        currency = excluded.currency,
        paid_on = excluded.paid_on,
        method = excluded.method,
        reference = excluded.reference,
        updated_at = now()
    where (t.customer_id, t.document_id, t.amount, t.currency, t.paid_on, t.method,
           t.reference)
        is distinct from
          (excluded.customer_id, excluded.document_id, excluded.amount, excluded.currency,
           excluded.paid_on, excluded.method, excluded.reference)
    returning (t.xmax = 0) as inserted
)
select count(*) filter (where inserted) as inserted,
       count(*) filter (where not inserted) as updated
from upserted;
