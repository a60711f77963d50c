-- Payments received, as the ERP reports them. A payment is visible to a collector when its
-- customer is theirs.

-- name: list_payments
-- $1 collector scope, $2 customer, $3/$4 cursor (paid_on, id), $5 limit. Newest first.
select p.id, p.customer_id, p.external_ref, p.document_id, p.amount, p.currency, p.paid_on,
       p.method, p.reference, p.created_at, p.updated_at
from payments p join customers c on c.id = p.customer_id
where ($1::uuid is null or c.collector_id = $1)
  and ($2::uuid is null or p.customer_id = $2)
  and ($3::date is null or (p.paid_on, p.id) < ($3::date, $4::uuid))
order by p.paid_on desc, p.id desc
limit $5;

-- name: get_payment
select p.id, p.customer_id, p.external_ref, p.document_id, p.amount, p.currency, p.paid_on,
       p.method, p.reference, p.created_at, p.updated_at
from payments p join customers c on c.id = p.customer_id
where p.id = $1 and ($2::uuid is null or c.collector_id = $2);

-- name: lock_payment
select p.id, p.customer_id, p.external_ref, p.document_id, p.amount, p.currency, p.paid_on,
       p.method, p.reference, p.created_at, p.updated_at
from payments p
where p.id = $1
for update;

-- name: insert_payment
-- The currency defaults to the customer's, then the tenant's.
insert into payments (tenant_id, customer_id, external_ref, document_id, amount, currency,
                      paid_on, method, reference)
values (relance_current_tenant(), $1, $2, $3, $4,
        coalesce($5::text, (select c.currency from customers c where c.id = $1),
                 (select t.default_currency from tenants t where t.id = relance_current_tenant())),
        $6, $7, $8)
on conflict (tenant_id, external_ref) do nothing
returning id, customer_id, external_ref, document_id, amount, currency, paid_on, method,
          reference, created_at, updated_at;

-- name: update_payment
update payments
set document_id = $2, amount = $3, currency = $4, paid_on = $5, method = $6, reference = $7,
    updated_at = now()
where id = $1
returning id, customer_id, external_ref, document_id, amount, currency, paid_on, method,
          reference, created_at, updated_at;

-- name: delete_payment
delete from payments where id = $1 returning id;
