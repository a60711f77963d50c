-- Contacts of customers. A contact is visible to a collector when its customer is theirs
-- (`$2` collector scope, null for an admin).

-- name: list_contacts
-- $1 customer, $2 cursor (last external_ref seen), $3 limit.
select id, customer_id, external_ref, name, email, phone, postal_address,
       is_collection_contact, language, undeliverable_at, undeliverable_reason,
       created_at, updated_at
from contacts
where customer_id = $1 and ($2::text is null or external_ref > $2)
order by external_ref
limit $3;

-- name: get_contact
select k.id, k.customer_id, k.external_ref, k.name, k.email, k.phone, k.postal_address,
       k.is_collection_contact, k.language, k.undeliverable_at, k.undeliverable_reason,
       k.created_at, k.updated_at
from contacts k join customers c on c.id = k.customer_id
where k.id = $1 and ($2::uuid is null or c.collector_id = $2);

-- name: lock_contact
select k.id, k.customer_id, k.external_ref, k.name, k.email, k.phone, k.postal_address,
       k.is_collection_contact, k.language, k.undeliverable_at, k.undeliverable_reason,
       k.created_at, k.updated_at
from contacts k join customers c on c.id = k.customer_id
where k.id = $1 and ($2::uuid is null or c.collector_id = $2)
for update of k;

-- name: insert_contact
insert into contacts (tenant_id, customer_id, external_ref, name, email, phone, postal_address,
                      is_collection_contact, language)
values (relance_current_tenant(), $1, $2, $3, $4, $5, $6, $7, $8)
on conflict (tenant_id, external_ref) do nothing
returning id, customer_id, external_ref, name, email, phone, postal_address,
          is_collection_contact, language, undeliverable_at, undeliverable_reason,
          created_at, updated_at;

-- name: update_contact
-- A changed email clears the undeliverable mark: the bounce was about the old address.
update contacts
set name = $2, email = $3, phone = $4, postal_address = $5, is_collection_contact = $6,
    language = $7,
    undeliverable_at = case when email is distinct from $3 then null else undeliverable_at end,
    undeliverable_reason = case when email is distinct from $3 then null
                                else undeliverable_reason end,
    updated_at = now()
where id = $1
returning id, customer_id, external_ref, name, email, phone, postal_address,
          is_collection_contact, language, undeliverable_at, undeliverable_reason,
          created_at, updated_at;

-- name: delete_contact
delete from contacts where id = $1 returning id;
