-- Invoices, credit and debit notes. A document is visible to a collector when its customer
-- is theirs. "Open" means money is still expected (open amount not zero and the document
-- not marked paid or closed); "overdue" means open and past its due date in the tenant's
-- own time zone.

-- name: list_documents
-- $1 collector scope, $2 customer, $3 statuses, $4 overdue, $5 open, $6/$7 cursor (due date
-- or 'infinity', id), $8 limit. Ordered by due date (undated last), then id.
select d.id, d.customer_id, d.external_ref, d.kind, d.number, d.issue_date, d.due_date,
       d.currency, d.amount, d.open_amount, d.status, d.promise_date, d.pdf_url,
       d.custom_fields, d.created_at, d.updated_at,
       (d.open_amount <> 0 and d.status not in ('paid', 'closed')) as is_open,
       coalesce(d.open_amount <> 0 and d.status not in ('paid', 'closed')
                and d.due_date < (now() at time zone t.timezone)::date, false) as overdue
from documents d
join customers c on c.id = d.customer_id
join tenants t on t.id = d.tenant_id
where ($1::uuid is null or c.collector_id = $1)
  and ($2::uuid is null or d.customer_id = $2)
  and ($3::text[] is null or d.status = any ($3))
  and ($4::boolean is null or $4 = coalesce(d.open_amount <> 0
        and d.status not in ('paid', 'closed')
        and d.due_date < (now() at time zone t.timezone)::date, false))
  and ($5::boolean is null or $5 = (d.open_amount <> 0 and d.status not in ('paid', 'closed')))
  and ($6::date is null or (coalesce(d.due_date, 'infinity'::date), d.id) > ($6::date, $7::uuid))
order by coalesce(d.due_date, 'infinity'::date), d.id
limit $8;

-- name: get_document
select d.id, d.customer_id, d.external_ref, d.kind, d.number, d.issue_date, d.due_date,
       d.currency, d.amount, d.open_amount, d.status, d.promise_date, d.pdf_url,
       d.custom_fields, d.created_at, d.updated_at,
       (d.open_amount <> 0 and d.status not in ('paid', 'closed')) as is_open,
       coalesce(d.open_amount <> 0 and d.status not in ('paid', 'closed')
                and d.due_date < (now() at time zone t.timezone)::date, false) as overdue
from documents d
join customers c on c.id = d.customer_id
join tenants t on t.id = d.tenant_id
where d.id = $1 and ($2::uuid is null or c.collector_id = $2);

-- name: lock_document
select d.id, d.customer_id, d.external_ref, d.kind, d.number, d.issue_date, d.due_date,
       d.currency, d.amount, d.open_amount, d.status, d.promise_date, d.pdf_url,
       d.custom_fields
from documents d join customers c on c.id = d.customer_id
where d.id = $1 and ($2::uuid is null or c.collector_id = $2)
for update of d;

-- name: insert_document
-- The currency defaults to the customer's, then the tenant's.
insert into documents (tenant_id, customer_id, external_ref, kind, number, issue_date, due_date,
                       currency, amount, open_amount, status, promise_date, pdf_url,
                       custom_fields)
values (relance_current_tenant(), $1, $2, $3, $4, $5, $6,
        coalesce($7::text, (select c.currency from customers c where c.id = $1),
                 (select t.default_currency from tenants t where t.id = relance_current_tenant())),
        $8, $9, $10, $11, $12, $13)
on conflict (tenant_id, external_ref) do nothing
returning id;

-- name: update_document
update documents
set kind = $2, number = $3, issue_date = $4, due_date = $5, currency = $6, amount = $7,
    open_amount = $8, status = $9, promise_date = $10, pdf_url = $11, custom_fields = $12,
    updated_at = now()
where id = $1
returning id;

-- name: delete_document
delete from documents where id = $1 returning id;

-- name: insert_document_history
-- A qualification change made through the API, in the customer's and the document's history.
insert into history_events (tenant_id, customer_id, document_id, kind, status, promise_date,
                            source, actor_user_id, data)
values (relance_current_tenant(), $1, $2, 'document_updated', $3, $4, 'api', $5, $6);

-- name: document_of_customer
select exists (select 1 from documents where id = $1 and customer_id = $2);
