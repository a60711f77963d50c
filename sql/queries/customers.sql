-- Customers as the API reads and writes them. Row-level security limits every statement to
-- the transaction's tenant; `$collector` parameters (null for an admin) limit a collector to
-- the customers assigned to them.

-- name: list_customers
-- $1 collector scope, $2 collector filter, $3 search pattern (ILIKE, escaped), $4 custom-field
-- equalities as a jsonb object of text values, $5 cursor (last number seen), $6 limit.
select id, number, name, collector_id, scenario_id, capture_enabled, interactive_enabled,
       language, currency, vat_number, custom_fields, created_at, updated_at
from customers c
where ($1::uuid is null or c.collector_id = $1)
  and ($2::uuid is null or c.collector_id = $2)
  and ($3::text is null or c.number ilike $3 or c.name ilike $3)
  and not exists (
      select 1 from jsonb_each_text($4::jsonb) wanted
      where c.custom_fields ->> wanted.key is distinct from wanted.value
  )
  and ($5::text is null or c.number > $5)
order by c.number
limit $6;

-- name: get_customer
select id, number, name, collector_id, scenario_id, capture_enabled, interactive_enabled,
       language, currency, vat_number, custom_fields, created_at, updated_at
from customers c
where c.id = $1 and ($2::uuid is null or c.collector_id = $2);

-- name: lock_customer
select id, number, name, collector_id, scenario_id, capture_enabled, interactive_enabled,
       language, currency, vat_number, custom_fields, created_at, updated_at
from customers c
where c.id = $1 and ($2::uuid is null or c.collector_id = $2)
for update;

-- name: insert_customer
insert into customers (tenant_id, number, name, collector_id, scenario_id, capture_enabled,
                       capture_token, interactive_enabled, language, currency, vat_number,
                       custom_fields)
values (relance_current_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
on conflict (tenant_id, number) do nothing
returning id, number, name, collector_id, scenario_id, capture_enabled, interactive_enabled,
          language, currency, vat_number, custom_fields, created_at, updated_at;

-- name: update_customer
update customers
set name = $2, collector_id = $3, scenario_id = $4, capture_enabled = $5,
    interactive_enabled = $6, language = $7, currency = $8, vat_number = $9,
    custom_fields = $10, updated_at = now()
where id = $1
returning id, number, name, collector_id, scenario_id, capture_enabled, interactive_enabled,
          language, currency, vat_number, custom_fields, created_at, updated_at;

-- name: delete_customer
delete from customers where id = $1 returning id;

-- name: customer_capture
select c.number, c.capture_token, c.capture_enabled, c.capture_token_rotated_at,
       t.capture_enabled as tenant_capture_enabled
from customers c join tenants t on t.id = c.tenant_id
where c.id = $1 and ($2::uuid is null or c.collector_id = $2);

-- name: rotate_capture_token
update customers set capture_token = $2, capture_token_rotated_at = now(), updated_at = now()
where id = $1
returning id;

-- name: scenario_exists
select exists (select 1 from scenarios where id = $1);
