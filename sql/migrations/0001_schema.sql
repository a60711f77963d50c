-- The whole data model of the brief. Every tenant-owned table carries tenant_id, has row-level
-- security enabled AND forced, and one policy: rows are visible and writable only when
-- tenant_id equals the tenant set for the transaction (app.tenant_id). With no tenant set,
-- every table reads empty. The application connects as relance_app, which owns nothing and
-- cannot bypass RLS; cross-tenant lookups (an address at RCPT time, an API key) go through
-- the few SECURITY DEFINER functions at the end, each returning one narrow row.

create function relance_current_tenant() returns uuid
language sql stable parallel safe
as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Tenants ------------------------------------------------------------------------------------
create table tenants (
    id uuid primary key,
    slug text not null unique check (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    name text not null check (length(name) between 1 and 200),
    capture_enabled boolean not null default true,
    inbox_token text not null check (inbox_token ~ '^[a-z2-7]{16}$'),
    -- Senders from these domains are the tenant's staff: their mail is a forward, not a reply.
    internal_domains text[] not null default '{}',
    default_currency char(3) not null default 'EUR' check (default_currency ~ '^[A-Z]{3}$'),
    default_language text not null default 'en',
    timezone text not null default 'UTC',
    created_at timestamptz not null default now()
);

create table users (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    email text not null check (position('@' in email) > 1),
    name text not null default '',
    role text not null check (role in ('admin', 'collector')),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    unique (tenant_id, email),
    unique (tenant_id, id)
);

-- Only a SHA-256 of each key is kept: keys carry 256 random bits, so a slow hash adds nothing.
create table api_keys (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    user_id uuid not null,
    prefix text not null,
    key_hash bytea not null unique check (length(key_hash) = 32),
    created_at timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at timestamptz,
    foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);

-- Customers and their data from the ERP ------------------------------------------------------
create table custom_field_definitions (
    tenant_id uuid not null references tenants (id) on delete cascade,
    key text not null check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
    label text not null,
    type text not null default 'text' check (type in ('text', 'number', 'date', 'boolean')),
    primary key (tenant_id, key)
);

create table templates (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    name text not null,
    channel text not null check (channel in ('email', 'sms', 'letter', 'call', 'task')),
    language text not null default 'en',
    subject text not null default '',
    body text not null default '',
    interactive boolean not null default false,
    created_at timestamptz not null default now(),
    unique (tenant_id, name, language),
    unique (tenant_id, id)
);

create table scenarios (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    name text not null,
    is_default boolean not null default false,
    created_at timestamptz not null default now(),
    unique (tenant_id, name),
    unique (tenant_id, id)
);
create unique index scenarios_one_default on scenarios (tenant_id) where is_default;

create table scenario_steps (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    scenario_id uuid not null,
    position integer not null check (position >= 0),
    -- Days relative to the document's due date (negative: before it).
    day_offset integer not null check (day_offset between -365 and 3650),
    channel text not null check (channel in ('email', 'sms', 'letter', 'call', 'task')),
    mode text not null check (mode in ('manual', 'automatic', 'automatic_confirm')),
    template_id uuid,
    -- A step addressed to a colleague (internal interactive email), never to the customer.
    internal_interactive boolean not null default false,
    interactive boolean not null default false,
    unique (tenant_id, scenario_id, position),
    unique (tenant_id, id),
    foreign key (tenant_id, scenario_id) references scenarios (tenant_id, id) on delete cascade,
    foreign key (tenant_id, template_id) references templates (tenant_id, id)
);

create table customers (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    -- The ERP's customer number: its external reference, unique per tenant.
    number text not null check (length(number) between 1 and 64),
    name text not null check (length(name) between 1 and 300),
    collector_id uuid,
    scenario_id uuid,
    capture_enabled boolean not null default true,
    capture_token text not null check (capture_token ~ '^[a-z2-7]{16}$'),
    capture_token_rotated_at timestamptz,
    interactive_enabled boolean not null default true,
    language text not null default 'en',
    currency char(3) check (currency ~ '^[A-Z]{3}$'),
    vat_number text,
    custom_fields jsonb not null default '{}' check (jsonb_typeof(custom_fields) = 'object'),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (tenant_id, number),
    unique (tenant_id, id),
    foreign key (tenant_id, collector_id) references users (tenant_id, id) on delete set null (collector_id),
    foreign key (tenant_id, scenario_id) references scenarios (tenant_id, id) on delete set null (scenario_id)
);
create index customers_collector on customers (tenant_id, collector_id);

create table contacts (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    customer_id uuid not null,
    external_ref text not null check (length(external_ref) between 1 and 128),
    name text not null default '',
    email text,
    phone text,
    postal_address text,
    -- The contact reminders go to.
    is_collection_contact boolean not null default false,
    language text,
    -- Set from bounces: the relay refused this address (with its answer).
    undeliverable_at timestamptz,
    undeliverable_reason text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (tenant_id, external_ref),
    unique (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
create index contacts_customer on contacts (tenant_id, customer_id);
create index contacts_email on contacts (tenant_id, lower(email));

create table documents (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    customer_id uuid not null,
    external_ref text not null check (length(external_ref) between 1 and 128),
    kind text not null default 'invoice' check (kind in ('invoice', 'credit_note', 'debit_note')),
    number text not null check (length(number) between 1 and 64),
    issue_date date,
    due_date date,
    currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
    amount numeric(20, 4) not null,
    open_amount numeric(20, 4) not null,
    -- The collector's qualification of the document.
    status text not null default 'open'
        check (status in ('open', 'promise_to_pay', 'processing', 'disputed', 'paid', 'closed')),
    promise_date date,
    pdf_url text,
    custom_fields jsonb not null default '{}' check (jsonb_typeof(custom_fields) = 'object'),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (tenant_id, external_ref),
    unique (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
create index documents_customer on documents (tenant_id, customer_id);
-- Invoice numbers written in replies are matched on a normalised form (no spaces, case folded).
create index documents_number on documents (tenant_id, lower(regexp_replace(number, '[\s]', '', 'g')));

create table payments (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    customer_id uuid not null,
    external_ref text not null check (length(external_ref) between 1 and 128),
    document_id uuid,
    amount numeric(20, 4) not null,
    currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
    paid_on date not null,
    method text,
    reference text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (tenant_id, external_ref),
    unique (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade,
    foreign key (tenant_id, document_id) references documents (tenant_id, id) on delete set null (document_id)
);
create index payments_customer on payments (tenant_id, customer_id);

-- Collection work ---------------------------------------------------------------------------
create table actions (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    customer_id uuid not null,
    -- Null for an action out of scenario.
    step_id uuid,
    channel text not null check (channel in ('email', 'sms', 'letter', 'call', 'task')),
    mode text not null check (mode in ('manual', 'automatic', 'automatic_confirm')),
    internal_interactive boolean not null default false,
    scheduled_on date not null,
    status text not null default 'planned'
        check (status in ('planned', 'confirmed', 'sent', 'done', 'error', 'cancelled')),
    -- Why an action could not be sent: no_contact, no_email, no_phone, no_address, relay_refused.
    error_code text,
    error_detail text,
    assigned_to uuid,
    confirmed_by uuid,
    confirmed_at timestamptz,
    completed_at timestamptz,
    note text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade,
    foreign key (tenant_id, step_id) references scenario_steps (tenant_id, id) on delete set null (step_id)
);
create index actions_agenda on actions (tenant_id, status, scheduled_on);

create table action_documents (
    tenant_id uuid not null references tenants (id) on delete cascade,
    action_id uuid not null,
    document_id uuid not null,
    primary key (tenant_id, action_id, document_id),
    foreign key (tenant_id, action_id) references actions (tenant_id, id) on delete cascade,
    foreign key (tenant_id, document_id) references documents (tenant_id, id) on delete cascade
);

create table outbound_messages (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    customer_id uuid not null,
    action_id uuid,
    contact_id uuid,
    -- Our Message-ID; replies point at it through In-Reply-To/References.
    message_id text not null unique,
    reply_key text not null unique,
    recipients text[] not null,
    subject text not null default '',
    status text not null default 'queued' check (status in ('queued', 'sent', 'failed', 'bounced')),
    relay_response text,
    sent_at timestamptz,
    created_at timestamptz not null default now(),
    unique (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade,
    foreign key (tenant_id, action_id) references actions (tenant_id, id) on delete set null (action_id),
    foreign key (tenant_id, contact_id) references contacts (tenant_id, id) on delete set null (contact_id)
);

-- Captured mail -------------------------------------------------------------------------------
create table inbound_messages (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    -- Null while unassigned (nothing in the attribution chain placed it, or several did).
    customer_id uuid,
    recipient text not null,
    attribution_rule text not null
        check (attribution_rule in ('capture_address', 'reply_key', 'known_contact', 'document_number',
                                    'manual', 'unassigned', 'ambiguous')),
    attribution_detail text,
    mail_from text not null default '',
    from_address text not null default '',
    from_name text not null default '',
    subject text not null default '',
    message_id_header text,
    -- Message-ID, or a content hash without one: the same message for the same customer is stored once.
    dedup_key text not null,
    date_header timestamptz,
    date_offset_minutes integer,
    headers jsonb not null default '[]',
    text_body text,
    html_body text,
    size_bytes integer not null check (size_bytes >= 0),
    attachment_count integer not null default 0,
    attachments jsonb not null default '[]',
    authentication_results text not null default '',
    dkim jsonb not null default '[]',
    spf text,
    dmarc text,
    -- False when the From domain fails DMARC: what MAIA proposes needs a collector's confirmation.
    authenticated boolean not null default false,
    kind text not null default 'reply' check (kind in ('reply', 'auto_reply', 'bounce', 'forward')),
    auto_submitted boolean not null default false,
    forwarded_by text,
    client_address inet,
    helo text,
    status text not null default 'received' check (status in ('received', 'queued', 'parsed', 'failed')),
    error text,
    enqueued_at timestamptz,
    received_at timestamptz not null default now(),
    unique (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete set null (customer_id)
);
create unique index inbound_dedup on inbound_messages
    (tenant_id, coalesce(customer_id, '00000000-0000-0000-0000-000000000000'::uuid), dedup_key);
create index inbound_unassigned on inbound_messages (tenant_id, received_at desc) where customer_id is null;
create index inbound_pending on inbound_messages (received_at) where status in ('received', 'queued');

-- Replies & Comments: email replies, interactive-page comments, internal comments.
create table replies (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    customer_id uuid,
    source text not null check (source in ('email', 'interactive', 'internal')),
    inbound_message_id uuid unique,
    -- Collector workflow: pending until validated, saved to history, or deleted.
    state text not null default 'pending' check (state in ('pending', 'validated', 'saved', 'deleted')),
    -- Reader outcome: parsed, or failed with the reason (the raw text stays visible).
    status text not null default 'parsed' check (status in ('parsed', 'failed')),
    error text,
    author_name text not null default '',
    author_email text not null default '',
    reply_text text not null default '',
    summary text not null default '',
    language text,
    intents text[] not null default '{}',
    promise_date date,
    amount numeric(20, 4),
    currency char(3),
    return_date date,
    alternative_contact jsonb,
    auto_submitted boolean not null default false,
    authenticated boolean not null default true,
    attachment_count integer not null default 0,
    engine text,
    engine_note text,
    received_at timestamptz not null default now(),
    processed_by uuid,
    processed_at timestamptz,
    created_at timestamptz not null default now(),
    unique (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade,
    foreign key (tenant_id, inbound_message_id) references inbound_messages (tenant_id, id) on delete cascade
);
create index replies_pending on replies (tenant_id, received_at desc) where state = 'pending';

create table reply_documents (
    tenant_id uuid not null references tenants (id) on delete cascade,
    reply_id uuid not null,
    position integer not null,
    number text not null,
    document_id uuid,
    proposed_status text,
    proposed_promise_date date,
    proposed_comment text not null default '',
    confidence real not null default 0 check (confidence between 0 and 1),
    primary key (tenant_id, reply_id, position),
    foreign key (tenant_id, reply_id) references replies (tenant_id, id) on delete cascade,
    foreign key (tenant_id, document_id) references documents (tenant_id, id) on delete set null (document_id)
);

-- Files a customer attaches on the interactive page (proof of payment, photos). Email
-- attachments are never stored: only their count and metadata on inbound_messages.
create table reply_files (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    reply_id uuid not null,
    file_name text not null,
    content_type text not null,
    size_bytes integer not null check (size_bytes >= 0),
    content bytea not null,
    created_at timestamptz not null default now(),
    foreign key (tenant_id, reply_id) references replies (tenant_id, id) on delete cascade
);

-- History of customers and documents: every qualification, comment, reply and import.
create table history_events (
    id bigint generated always as identity primary key,
    tenant_id uuid not null references tenants (id) on delete cascade,
    customer_id uuid not null,
    document_id uuid,
    kind text not null,
    status text,
    promise_date date,
    comment text,
    source text,
    reply_id uuid,
    action_id uuid,
    actor_user_id uuid,
    data jsonb not null default '{}',
    created_at timestamptz not null default now(),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade,
    foreign key (tenant_id, document_id) references documents (tenant_id, id) on delete cascade
);
create index history_customer on history_events (tenant_id, customer_id, created_at desc);
create index history_document on history_events (tenant_id, document_id, created_at desc) where document_id is not null;

create table alerts (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references tenants (id) on delete cascade,
    name text not null,
    owner_id uuid,
    criteria jsonb not null default '{}',
    active boolean not null default true,
    created_at timestamptz not null default now(),
    unique (tenant_id, name)
);

create table alert_hits (
    tenant_id uuid not null references tenants (id) on delete cascade,
    alert_id uuid not null references alerts (id) on delete cascade,
    customer_id uuid not null,
    first_seen_at timestamptz not null default now(),
    acknowledged_at timestamptz,
    primary key (tenant_id, alert_id, customer_id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);

-- Row-level security ---------------------------------------------------------------------------
do $$
declare
    t text;
begin
    foreach t in array array[
        'users', 'api_keys', 'custom_field_definitions', 'templates', 'scenarios', 'scenario_steps',
        'customers', 'contacts', 'documents', 'payments', 'actions', 'action_documents',
        'outbound_messages', 'inbound_messages', 'replies', 'reply_documents', 'reply_files',
        'history_events', 'alerts', 'alert_hits'
    ] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format(
            'create policy tenant_isolation on %I using (tenant_id = relance_current_tenant()) '
            'with check (tenant_id = relance_current_tenant())', t);
        execute format('grant select, insert, update, delete on %I to relance_app', t);
    end loop;
end
$$;

alter table tenants enable row level security;
alter table tenants force row level security;
create policy tenant_isolation on tenants
    using (id = relance_current_tenant()) with check (id = relance_current_tenant());
grant select, insert, update, delete on tenants to relance_app;
grant usage on all sequences in schema public to relance_app;

-- Cross-tenant lookups, each as narrow as its caller needs ------------------------------------
-- The gateway at RCPT time: one customer's capture state. The token is compared by the caller
-- in constant time; this returns the same shape whether or not anything matched.
create function relance_capture_target(p_slug text, p_number text)
returns table (tenant_id uuid, customer_id uuid, token text, enabled boolean)
language sql stable security definer set search_path = public
as $$
    select t.id, c.id, c.capture_token, t.capture_enabled and c.capture_enabled
    from tenants t join customers c on c.tenant_id = t.id and c.number = p_number
    where t.slug = p_slug
$$;

create function relance_inbox_target(p_slug text)
returns table (tenant_id uuid, token text, enabled boolean)
language sql stable security definer set search_path = public
as $$ select t.id, t.inbox_token, t.capture_enabled from tenants t where t.slug = p_slug $$;

-- The API: who holds this key hash.
create function relance_authenticate(p_key_hash bytea)
returns table (tenant_id uuid, user_id uuid, role text, tenant_slug text)
language sql stable security definer set search_path = public
as $$
    select k.tenant_id, u.id, u.role, t.slug
    from api_keys k
    join users u on u.id = k.user_id and u.tenant_id = k.tenant_id
    join tenants t on t.id = k.tenant_id
    where k.key_hash = p_key_hash and k.revoked_at is null and u.active
$$;

-- Commands and jobs that name a tenant by its slug.
create function relance_tenant_id(p_slug text) returns uuid
language sql stable security definer set search_path = public
as $$ select id from tenants where slug = p_slug $$;

-- The sweeper: stored messages whose job was never enqueued (Redis was down).
create function relance_pending_inbound(p_older_than interval, p_limit integer)
returns table (tenant_id uuid, id uuid)
language sql stable security definer set search_path = public
as $$
    select m.tenant_id, m.id from inbound_messages m
    where m.status = 'received' and m.received_at < now() - p_older_than
    order by m.received_at limit p_limit
$$;

revoke all on function relance_capture_target(text, text) from public;
revoke all on function relance_inbox_target(text) from public;
revoke all on function relance_authenticate(bytea) from public;
revoke all on function relance_tenant_id(text) from public;
revoke all on function relance_pending_inbound(interval, integer) from public;
grant execute on function relance_capture_target(text, text) to relance_app;
grant execute on function relance_inbox_target(text) to relance_app;
grant execute on function relance_authenticate(bytea) to relance_app;
grant execute on function relance_tenant_id(text) to relance_app;
grant execute on function relance_pending_inbound(interval, integer) to relance_app;
