-- Captured mail: resolving addresses, attributing, storing once, queueing for MAIA.

-- name: capture_target
select tenant_id, customer_id, token, enabled from relance_capture_target($1, $2);

-- name: inbox_target
select tenant_id, token, enabled from relance_inbox_target($1);

-- name: tenant_for_intake
select t.slug, t.internal_domains,
       coalesce(array_agg(lower(u.email)) filter (where u.active), '{}') as staff
from tenants t left join users u on u.tenant_id = t.id
where t.id = relance_current_tenant()
group by t.id;

-- name: customer_capture_state
select id, capture_token, capture_enabled from customers where number = $1;

-- name: customers_by_outbound_message_id
select distinct customer_id from outbound_messages
where message_id = any($1::text[]) or reply_key = any($2::text[]);

-- name: customers_by_contact_email
select distinct customer_id from contacts where lower(email) = lower($1);

-- name: customers_by_document_numbers
select distinct customer_id, number from documents
where lower(regexp_replace(number, '[\s]', '', 'g')) = any($1::text[]);

-- name: insert_inbound
insert into inbound_messages (
    tenant_id, customer_id, recipient, attribution_rule, attribution_detail, mail_from,
    from_address, from_name, subject, message_id_header, dedup_key, date_header,
    date_offset_minutes, headers, text_body, html_body, size_bytes, attachment_count,
    attachments, authentication_results, dkim, spf, dmarc, authenticated, kind, auto_submitted,
    forwarded_by, client_address, helo, status
) values (
    relance_current_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
    $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27::inet, $28, $29
)
on conflict (tenant_id, coalesce(customer_id, '00000000-0000-0000-0000-000000000000'::uuid), dedup_key)
do nothing
returning id;

-- name: existing_inbound
select id from inbound_messages
where coalesce(customer_id, '00000000-0000-0000-0000-000000000000'::uuid)
      = coalesce($1::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
  and dedup_key = $2;

-- name: mark_outbound_bounced
update outbound_messages set status = 'bounced', relay_response = $2
where message_id = $1
returning customer_id, contact_id;

-- name: mark_contact_undeliverable
update contacts set undeliverable_at = now(), undeliverable_reason = $2, updated_at = now()
where lower(email) = lower($1) and undeliverable_at is null;

-- name: mark_enqueued
-- Never moves a message back from parsed/failed: the worker may have finished already.
update inbound_messages set status = 'queued', enqueued_at = now()
where id = $1 and status in ('received', 'queued');

-- name: pending_inbound
select tenant_id, id from relance_pending_inbound($1::interval, $2);
