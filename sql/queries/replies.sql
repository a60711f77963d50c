-- MAIA's reading of stored messages, and the Replies & Comments agenda.

-- name: inbound_for_maia
select id, customer_id, subject, from_address, from_name, date_header, date_offset_minutes,
       headers, text_body, html_body, attachment_count, authenticated, auto_submitted, kind,
       received_at, status
from inbound_messages where id = $1;

-- name: reply_exists_for_inbound
select id from replies where inbound_message_id = $1;

-- name: open_documents_of_customer
select id, number, kind from documents
where customer_id = $1 and status <> 'closed' and open_amount <> 0
order by due_date nulls last, number;

-- name: insert_reply
insert into replies (
    tenant_id, customer_id, source, inbound_message_id, status, error, author_name, author_email,
    reply_text, summary, language, intents, promise_date, amount, currency, return_date,
    alternative_contact, auto_submitted, authenticated, attachment_count, engine, engine_note,
    received_at
) values (
    relance_current_tenant(), $1, 'email', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
    $14, $15, $16, $17, $18, $19, $20, $21
)
on conflict (inbound_message_id) do nothing
returning id;

-- name: insert_reply_document
insert into reply_documents (tenant_id, reply_id, position, number, document_id, proposed_status,
                             proposed_promise_date, proposed_comment, confidence)
values (relance_current_tenant(), $1, $2, $3, $4, $5, $6, $7, $8);

-- name: mark_inbound_read
update inbound_messages set status = $2, error = $3 where id = $1;

-- name: insert_history_reply
insert into history_events (tenant_id, customer_id, kind, source, reply_id, comment, data)
values (relance_current_tenant(), $1, 'reply_received', $2, $3, $4, $5);

-- name: agenda_replies
-- Pending replies, newest first; $1 restricts to a collector's customers (null: everyone).
select r.id, r.source, c.number as customer, r.customer_id, r.received_at, r.summary,
       r.reply_text, r.intents, r.promise_date, r.amount, r.currency, r.attachment_count,
       r.auto_submitted, r.authenticated, r.status, r.error, r.language, r.return_date,
       r.alternative_contact, r.author_name, r.author_email, r.engine, r.engine_note,
       coalesce((
           select json_agg(json_build_object(
               'number', d.number, 'document_id', d.document_id,
               'status', d.proposed_status, 'promise_date', d.proposed_promise_date,
               'comment', d.proposed_comment, 'confidence', d.confidence) order by d.position)
           from reply_documents d where d.reply_id = r.id), '[]'::json) as documents
from replies r join customers c on c.id = r.customer_id
where r.state = 'pending'
  and ($1::uuid is null or c.collector_id = $1)
  and ($2::timestamptz is null or (r.received_at, r.id) < ($2::timestamptz, $3::uuid))
order by r.received_at desc, r.id desc
limit $4;

-- name: agenda_unassigned
-- Captured messages the attribution chain could not place (admins and collectors alike).
select m.id, m.received_at, m.from_address, m.from_name, m.subject, m.attribution_rule,
       m.attribution_detail, m.attachment_count, m.kind, m.authenticated,
       left(coalesce(r.reply_text, m.text_body, ''), 2000) as text, r.summary, r.intents
from inbound_messages m left join replies r on r.inbound_message_id = m.id
where m.customer_id is null
  and ($1::timestamptz is null or (m.received_at, m.id) < ($1::timestamptz, $2::uuid))
order by m.received_at desc, m.id desc
limit $3;

-- name: assign_inbound
update inbound_messages set customer_id = $2, attribution_rule = 'manual',
       attribution_detail = 'assigned by ' || $3
where id = $1 and customer_id is null
returning id;

-- name: assign_reply
update replies set customer_id = $2 where inbound_message_id = $1 and customer_id is null;

-- name: customer_visible
select id from customers where id = $1 and ($2::uuid is null or collector_id = $2);

-- name: rematch_reply_documents
-- After a manual assignment, link the numbers the reply named to that customer's documents.
update reply_documents rd set document_id = d.id
from replies r, documents d
where r.inbound_message_id = $1 and rd.reply_id = r.id and rd.document_id is null
  and d.customer_id = $2
  and lower(regexp_replace(d.number, '[\s]', '', 'g')) = lower(regexp_replace(rd.number, '[\s]', '', 'g'));
