-- Tenants, users and API keys.

-- name: tenant_id_by_slug
select relance_tenant_id($1);

-- name: insert_tenant
insert into tenants (id, slug, name, inbox_token, internal_domains, default_currency)
values ($1, $2, $3, $4, $5, $6)
on conflict (slug) do nothing
returning id;

-- name: get_tenant
select id, slug, name, capture_enabled, inbox_token, internal_domains, default_currency,
       default_language, timezone, created_at
from tenants where id = relance_current_tenant();

-- name: upsert_user
insert into users (tenant_id, email, name, role)
values (relance_current_tenant(), lower($1), $2, $3)
on conflict (tenant_id, email) do update set name = excluded.name, role = excluded.role,
    active = true
returning id;

-- name: insert_api_key
insert into api_keys (tenant_id, user_id, prefix, key_hash)
values (relance_current_tenant(), $1, $2, $3)
returning id;

-- name: authenticate
select tenant_id, user_id, role, tenant_slug from relance_authenticate($1);

-- name: touch_api_key
update api_keys set last_used_at = now()
where key_hash = $1 and (last_used_at is null or last_used_at < now() - interval '5 minutes');
